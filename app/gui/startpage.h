#pragma once

#include <QWidget>

class QTableWidget;

namespace nianbao {

class ReportStore;

// The reports in the store (agency, year, status, errors, warnings, last change), with the
// actions that start work: new, open, duplicate, delete, import a file.
class StartPage : public QWidget {
    Q_OBJECT

public:
    StartPage(ReportStore* store, QWidget* parent = nullptr);

    void refresh();
    qint64 selectedReport() const;
    void selectReport(qint64 id);
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void openRequested(qint64 id);
    void newRequested();
    void importRequested();
    void duplicateRequested(qint64 id);
    void deleteRequested(qint64 id);
    void trashRequested();
    void boardRequested();

private:
    ReportStore* m_store;
    QTableWidget* m_table;
};

} // namespace nianbao
