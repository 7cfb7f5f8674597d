#pragma once

#include "model/core/requestregister.h"
#include "model/core/workcalendar.h"

#include <QAbstractTableModel>
#include <QDate>

#include <memory>
#include <optional>
#include <vector>

namespace nianbao {

// The register's entries as the register view shows them: 编号, 收到日期, 申请人类型, 申请内容,
// 办理结果, 截止日期, 剩余工作日. Rows are computed when the view asks for them (a deadline in
// working days is counted the first time its row is painted or sorted by), so that opening
// 10 000 entries costs what the screen shows. Overdue requests are red, those due within
// kDueSoonWorkingDays working days highlighted.
class RegisterTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Received, ApplicantType, Subject, Outcome, Due, WorkingDaysLeft, Count };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // the entry's id in the store
        SortRole,                       // dates as dates, working days as numbers
        UrgencyRole,                    // Urgency as int
    };
    enum class Urgency { None, DueSoon, Overdue };
    static constexpr int kDueSoonWorkingDays = 5;

    explicit RegisterTableModel(std::shared_ptr<const WorkCalendar> calendar,
                                QDate today = QDate::currentDate(), QObject* parent = nullptr);

    void setEntries(std::vector<RegisterEntry> entries);
    // The day the working days left are counted to.
    void setToday(QDate today);
    const std::vector<RegisterEntry>& entries() const { return m_entries; }
    const RegisterEntry& entry(int row) const { return m_entries[size_t(row)]; }
    // -1 when no row holds it.
    int rowOf(qint64 entryId) const;
    Urgency urgency(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The official labels of table three's columns and result rows.
    static QString applicantTypeLabel(const QString& type);
    static QString outcomeLabel(const QString& outcome);
    // A result row as the form prints it, under its heading: 「不予公开 · 1.属于国家秘密」.
    static QString outcomeOfficialLabel(const QString& outcome);

private:
    struct Deadline {
        std::optional<RequestDeadline> deadline;
        QString description; // or why it cannot be counted
    };
    const Deadline& deadlineOf(int row) const;
    QVariant display(const RegisterEntry& e, int row, int column) const;
    QVariant sortKey(const RegisterEntry& e, int row, int column) const;

    std::shared_ptr<const WorkCalendar> m_calendar;
    QDate m_today;
    std::vector<RegisterEntry> m_entries;
    mutable std::vector<std::optional<Deadline>> m_deadlines; // counted when first asked for
};

} // namespace nianbao
