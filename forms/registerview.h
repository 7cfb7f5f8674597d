#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace nianbao {

class RegisterTableModel;

// The register's entries in a sortable table with a filter box, the agency and year shown,
// and the actions on them: add, edit, delete, paste rows from a spreadsheet (Ctrl+V). Widgets
// only: the entries come from the model, what the actions do is the owner's.
class RegisterView : public QWidget {
    Q_OBJECT

public:
    explicit RegisterView(RegisterTableModel* model, QWidget* parent = nullptr);

    RegisterTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* filterBox() const { return m_filter; }
    QComboBox* agencyBox() const { return m_agency; }
    QComboBox* yearBox() const { return m_year; }

    // The agencies and years to choose from; an empty agency is every agency, no year every year.
    void setChoices(const QStringList& agencies, const QList<int>& years, const QString& agency,
                    std::optional<int> year);
    QString agency() const;
    std::optional<int> year() const;
    // The entry of the current row, 0 when none.
    qint64 currentEntry() const;
    void selectEntry(qint64 id);
    void setSummary(const QString& text);

Q_SIGNALS:
    void choiceChanged();
    void addRequested();
    void editRequested(qint64 id);
    void deleteRequested(qint64 id);
    void pasteRequested(const QString& text);

private:
    RegisterTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QComboBox* m_agency;
    QComboBox* m_year;
    QLabel* m_summary;
};

} // namespace nianbao
