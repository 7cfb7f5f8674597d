#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace nianbao {

class ReportStore;

// The reports in the store (agency, year, status, errors, warnings, last change), with the
// actions that start work: new, open, duplicate, delete, import a file; and the register's
// open requests overdue or due within five working days, across the agencies in the store.
class StartPage : public QWidget {
    Q_OBJECT

public:
    StartPage(ReportStore* store, QWidget* parent = nullptr);

    void refresh();
    qint64 selectedReport() const;
    void selectReport(qint64 id);
    QTableWidget* table() const { return m_table; }
    QTableWidget* dueTable() const { return m_due; }
    // The day deadlines are counted to (tests and screenshots fix it).
    void setToday(QDate today) { m_today = today; }

Q_SIGNALS:
    void openRequested(qint64 id);
    void newRequested();
    void importRequested();
    void duplicateRequested(qint64 id);
    void deleteRequested(qint64 id);
    void trashRequested();
    void boardRequested();
    void registerRequested();
    // A line of the due list: the register entry to open.
    void requestOpenRequested(qint64 entryId);

private:
    void refreshDue();

    ReportStore* m_store;
    QTableWidget* m_table;
    QLabel* m_dueTitle;
    QTableWidget* m_due;
    QDate m_today = QDate::currentDate();
};

} // namespace nianbao
