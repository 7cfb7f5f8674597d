#pragma once

#include "model/board/summary.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace nianbao {

class BoardFilter;
class BoardModel;
class PrintController;
class ReportStore;

// The county office's board (汇总): every unit's report of a year with its status, filtered
// and sorted in the model; a report opened read-only, sent back with a reason, and tables two
// to four of the chosen units added up, previewed, printed and exported. Wiring only: the
// board and the sum are model/board's, the SQL the store's.
class BoardWindow : public QMainWindow {
    Q_OBJECT
public:
    BoardWindow(ReportStore* store, QWidget* parent = nullptr);
    ~BoardWindow() override;

    void setYear(int year);
    int year() const;
    void refresh();
    QTableView* table() const { return m_table; }
    BoardModel* model() const { return m_model; }
    BoardFilter* filter() const { return m_filter; }
    QLineEdit* filterBox() const { return m_filterBox; }
    QComboBox* statusBox() const { return m_statusBox; }
    PrintController& printing() { return *m_printing; }

    // The units the 汇总 adds up: those selected, else every shown unit with a report.
    QStringList chosenUnits() const;
    // The 汇总 of the chosen units, its findings shown under the table; nullopt after an error
    // (shown).
    std::optional<Summary> makeSummary();
    bool previewSummary();
    bool printSummary();
    bool exportSummary();         // asks for a .xlsx, .csv or .pdf name
    bool returnSelected();        // asks for the reason
    bool markSelectedPublished(); // asks for the date
    QString summaryText() const;

    // Seams: how the window asks and tells; tests replace them.
    std::function<void(const QString& message)> showError;
    std::function<std::optional<QString>(const QString& unit)> askReturnReason;
    std::function<QString(const QString& proposed)> askSavePath;
    std::function<std::optional<QDate>(const QString& unit)> askPublishedDate;
    QString county; // named in the 汇总's title

Q_SIGNALS:
    // Open this report, read-only, in the editor.
    void openRequested(qint64 reportId);
    // The office changed this report's status (returned, published): an editor showing it
    // takes the store's state in.
    void reportChanged(qint64 reportId);

private:
    qint64 selectedReport() const;
    // The year's counts by status, and how many of the units the filter shows.
    void showCounts();

    ReportStore* m_store;
    BoardModel* m_model;
    BoardFilter* m_filter;
    QTableView* m_table;
    QSpinBox* m_year;
    QLineEdit* m_filterBox;
    QComboBox* m_statusBox;
    QComboBox* m_levelBox;
    QLabel* m_counts;
    QPlainTextEdit* m_summary;
    std::unique_ptr<PrintController> m_printing;
};

} // namespace nianbao
