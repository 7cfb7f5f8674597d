#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace nianbao {

// Working days as the State Council's holiday notices (国务院办公厅关于部分节假日安排的通知)
// make them: Monday to Friday, less the holidays, plus the weekend days worked in exchange
// (调休上班). One data file per year (resources/calendars/cn-YYYY.json); a date in a year
// without one is an error, never a guess: a deadline counted with last year's holidays would
// be wrong by days.
class WorkCalendar {
public:
    // The calendars built into the program (Qt resources, :/calendars/cn-YYYY.json).
    static std::shared_ptr<const WorkCalendar> official();
    // One or more year files; on failure nullptr and a message naming the file and the key.
    static std::shared_ptr<const WorkCalendar> fromJson(const QList<QByteArray>& files,
                                                        QString* error);

    QList<int> years() const; // ascending
    bool covers(int year) const { return m_years.contains(year); }

    // nullopt with the message when the date's year has no calendar.
    std::optional<bool> isWorkingDay(QDate date, QString* error) const;
    // The date `days` working days after `start` (the day of `start` itself is not counted,
    // as the 条例 counts periods), skipping the working days in [pausedFrom, pausedTo] (a
    // third-party consultation, 第三十二条) when given.
    std::optional<QDate> addWorkingDays(QDate start, int days, QString* error,
                                        QDate pausedFrom = {}, QDate pausedTo = {}) const;
    // Working days in (from, to]; negative, counting (to, from], when `to` is before `from`.
    std::optional<int> workingDaysBetween(QDate from, QDate to, QString* error) const;
    // The holiday a date falls in (春节), or empty.
    QString holidayName(QDate date) const;

    static QString missingYearMessage(int year);

private:
    QSet<int> m_years;
    QHash<QDate, QString> m_holidays; // date → name
    QHash<QDate, QString> m_workdays; // weekend day worked → the holiday it makes up for
};

} // namespace nianbao
