#include "model/core/workcalendar.h"

#include "model/core/json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::WorkCalendar)
};

// A period longer than this is a mistake in the input, not a deadline: refused rather than
// walked day by day.
constexpr int kMaxWorkingDays = 1000;

QDate parseDate(const JsonValue* value) {
    if (!value || !value->isString())
        return {};
    return QDate::fromString(value->text, Qt::ISODate);
}

} // namespace

QString WorkCalendar::missingYearMessage(int year) {
    return Tr::tr("there is no holiday calendar for %1: working days cannot be counted (add "
                  "resources/calendars/cn-%1.json from the State Council's notice)")
        .arg(year);
}

std::shared_ptr<const WorkCalendar> WorkCalendar::official() {
    static const std::shared_ptr<const WorkCalendar> calendar = [] {
        QList<QByteArray> files;
        const QDir dir(u":/calendars"_s);
        for (const QString& name : dir.entryList({u"cn-*.json"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                files << file.readAll();
        }
        QString error;
        auto loaded = fromJson(files, &error);
        // The built-in files are tested; an empty calendar only makes every date an error.
        return loaded ? loaded : std::make_shared<const WorkCalendar>();
    }();
    return calendar;
}

std::shared_ptr<const WorkCalendar> WorkCalendar::fromJson(const QList<QByteArray>& files,
                                                           QString* error) {
    auto calendar = std::make_shared<WorkCalendar>();
    for (const QByteArray& bytes : files) {
        JsonError jsonError;
        const auto root = parseJson(bytes, &jsonError);
        if (!root || !root->isObject()) {
            *error = Tr::tr("holiday calendar: not a JSON object (%1)").arg(jsonError.message);
            return nullptr;
        }
        const JsonValue* yearValue = root->member(u"year");
        const int year = yearValue ? yearValue->text.toInt() : 0;
        if (year < 1990 || year > 2200) {
            *error = Tr::tr("holiday calendar: \"year\" is missing or not a year");
            return nullptr;
        }
        if (calendar->m_years.contains(year)) {
            *error = Tr::tr("holiday calendar: %1 is given twice").arg(year);
            return nullptr;
        }
        calendar->m_years.insert(year);
        auto inYear = [&](QDate d) {
            return d.isValid() && d.year() == year;
        };
        if (const JsonValue* holidays = root->member(u"holidays")) {
            for (const JsonValue& h : holidays->elements) {
                const QDate from = parseDate(h.member(u"from"));
                const QDate to = parseDate(h.member(u"to"));
                const JsonValue* name = h.member(u"name");
                // A holiday may reach into the next year only through that year's own file.
                if (!inYear(from) || !inYear(to) || to < from || to.daysTo(from) < -15 || !name) {
                    *error = Tr::tr("holiday calendar %1: a holiday needs \"name\" and \"from\", "
                                    "\"to\" dates (YYYY-MM-DD) in that year, at most 16 days "
                                    "apart")
                                 .arg(year);
                    return nullptr;
                }
                for (QDate d = from; d <= to; d = d.addDays(1))
                    calendar->m_holidays.insert(d, name->text);
            }
        }
        if (const JsonValue* workdays = root->member(u"workdays")) {
            for (const JsonValue& w : workdays->elements) {
                const QDate date = parseDate(w.member(u"date"));
                const JsonValue* name = w.member(u"name");
                if (!inYear(date) || date.dayOfWeek() < 6 || !name) {
                    *error = Tr::tr("holiday calendar %1: a workday needs \"name\" and a "
                                    "\"date\" in that year falling on a Saturday or Sunday")
                                 .arg(year);
                    return nullptr;
                }
                calendar->m_workdays.insert(date, name->text);
            }
        }
    }
    return calendar;
}

QList<int> WorkCalendar::years() const {
    QList<int> years(m_years.begin(), m_years.end());
    std::sort(years.begin(), years.end());
    return years;
}

std::optional<bool> WorkCalendar::isWorkingDay(QDate date, QString* error) const {
    if (!date.isValid() || !m_years.contains(date.year())) {
        if (error)
            *error = date.isValid() ? missingYearMessage(date.year()) : Tr::tr("no date given");
        return std::nullopt;
    }
    if (m_holidays.contains(date))
        return false;
    if (m_workdays.contains(date))
        return true;
    return date.dayOfWeek() <= 5;
}

std::optional<QDate> WorkCalendar::addWorkingDays(QDate start, int days, QString* error,
                                                  QDate pausedFrom, QDate pausedTo) const {
    if (days < 0 || days > kMaxWorkingDays) {
        if (error)
            *error = Tr::tr("%1 working days is not a period that can be counted").arg(days);
        return std::nullopt;
    }
    QDate day = start;
    int remaining = days;
    while (remaining > 0) {
        day = day.addDays(1);
        const auto working = isWorkingDay(day, error);
        if (!working)
            return std::nullopt;
        const bool paused =
            pausedFrom.isValid() && day >= pausedFrom && (!pausedTo.isValid() || day <= pausedTo);
        if (*working && !paused)
            --remaining;
    }
    return day;
}

std::optional<int> WorkCalendar::workingDaysBetween(QDate from, QDate to, QString* error) const {
    if (!from.isValid() || !to.isValid()) {
        if (error)
            *error = Tr::tr("no date given");
        return std::nullopt;
    }
    const int sign = to < from ? -1 : 1;
    const QDate first = std::min(from, to);
    const QDate last = std::max(from, to);
    if (first.daysTo(last) > 3 * 366) {
        if (error)
            *error = Tr::tr("%1 and %2 are too far apart to count working days")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        return std::nullopt;
    }
    int count = 0;
    for (QDate d = first.addDays(1); d <= last; d = d.addDays(1)) {
        const auto working = isWorkingDay(d, error);
        if (!working)
            return std::nullopt;
        count += *working ? 1 : 0;
    }
    return sign * count;
}

QString WorkCalendar::holidayName(QDate date) const {
    return m_holidays.value(date);
}

} // namespace nianbao
