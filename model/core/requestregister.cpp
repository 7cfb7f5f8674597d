#include "model/core/requestregister.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::RequestRegister)
};

struct ChannelName {
    RequestChannel channel;
    QStringView code;
    QStringView name;
};
constexpr std::array<ChannelName, 6> kChannels = {{
    {RequestChannel::InPerson, u"in_person", u"当面"},
    {RequestChannel::Mail, u"mail", u"邮寄"},
    {RequestChannel::Online, u"online", u"网络"},
    {RequestChannel::Fax, u"fax", u"传真"},
    {RequestChannel::Email, u"email", u"电子邮件"},
    {RequestChannel::Other, u"other", u"其他"},
}};

constexpr int kTotalColumn = 6;

int columnIndex(const QString& type) {
    const auto& types = applicantTypes();
    const auto it = std::find(types.begin(), types.end(), type);
    return it == types.end() ? -1 : int(it - types.begin());
}

bool isOutcome(const QString& row) {
    const auto& rows = outcomeRows();
    return std::find(rows.begin(), rows.end(), row) != rows.end();
}

} // namespace

QString requestChannelCode(RequestChannel channel) {
    return kChannels[int(channel)].code.toString();
}

QString requestChannelName(RequestChannel channel) {
    return kChannels[int(channel)].name.toString();
}

std::optional<RequestChannel> requestChannelFromCode(QStringView code) {
    for (const auto& c : kChannels) {
        if (c.code == code || c.name == code)
            return c.channel;
    }
    return std::nullopt;
}

const std::array<QString, 6>& applicantTypes() {
    static const std::array<QString, 6> types = {u"natural"_s,   u"business"_s, u"research"_s,
                                                 u"nonprofit"_s, u"legal"_s,    u"other_org"_s};
    return types;
}

const std::vector<QString>& outcomeRows() {
    static const std::vector<QString> rows = [] {
        std::vector<QString> r = {u"granted"_s, u"partial"_s};
        for (int i = 1; i <= 8; ++i)
            r.push_back(u"denied_%1"_s.arg(i));
        for (int i = 1; i <= 3; ++i)
            r.push_back(u"unable_%1"_s.arg(i));
        for (int i = 1; i <= 5; ++i)
            r.push_back(u"rejected_%1"_s.arg(i));
        for (int i = 1; i <= 3; ++i)
            r.push_back(u"other_%1"_s.arg(i));
        return r;
    }();
    return rows;
}

qint64 RegisterTable3::count(const QString& row, const QString& column) const {
    const auto it = counts.find(row);
    if (it == counts.end())
        return 0;
    const int c = column == u"total" ? kTotalColumn : columnIndex(column);
    return c < 0 ? 0 : it->second[c];
}

void RegisterTable3::applyTo(Report& report) const {
    const auto& form = report.form();
    QStringList rows = {u"new"_s, u"carried_in"_s};
    for (const QString& r : outcomeRows())
        rows << r;
    rows << u"result_total"_s << u"carried_over"_s;
    for (const QString& row : rows) {
        for (int c = 0; c <= kTotalColumn; ++c) {
            const QString column = c == kTotalColumn ? u"total"_s : applicantTypes()[c];
            if (const auto ref = form.findCell(u"t3."_s + row + u'.' + column))
                report.setValue(*ref, CellValue::of(count(row, column)));
        }
    }
}

QStringList RequestRegister::problems(const RegisterEntry& e) {
    QStringList p;
    auto date = [](QDate d) {
        return d.toString(Qt::ISODate);
    };
    if (e.number.trimmed().isEmpty())
        p << Tr::tr("the request has no number");
    if (!e.received.isValid())
        p << Tr::tr("no date of receipt");
    if (columnIndex(e.applicantType) < 0)
        p << Tr::tr("applicant type \"%1\" is not a column of table three (use natural, "
                    "business, research, nonprofit, legal or other_org)")
                 .arg(e.applicantType);
    if (!e.outcome.isEmpty() && !isOutcome(e.outcome))
        p << Tr::tr("outcome \"%1\" is not a row of table three (granted, partial, denied_1…8, "
                    "unable_1…3, rejected_1…5, other_1…3)")
                 .arg(e.outcome);
    if (e.replied.isValid() && e.outcome.isEmpty())
        p << Tr::tr("replied on %1 without an outcome").arg(date(e.replied));
    if (!e.outcome.isEmpty() && !e.replied.isValid())
        p << Tr::tr("an outcome without the date of the reply");
    if (e.received.isValid()) {
        const auto before = [&](QDate d) {
            return d.isValid() && d < e.received;
        };
        if (before(e.replied))
            p << Tr::tr("replied on %1, before it was received on %2")
                     .arg(date(e.replied), date(e.received));
        if (before(e.correctionAsked))
            p << Tr::tr("补正 asked on %1, before the request was received")
                     .arg(date(e.correctionAsked));
        if (before(e.consultationStart))
            p << Tr::tr("third party consulted from %1, before the request was received")
                     .arg(date(e.consultationStart));
        if (before(e.extendedOn))
            p << Tr::tr("extended on %1, before the request was received").arg(date(e.extendedOn));
    }
    if (e.correctionReceived.isValid() &&
        (!e.correctionAsked.isValid() || e.correctionReceived < e.correctionAsked))
        p << Tr::tr("the corrected application is dated %1, without 补正 asked before it")
                 .arg(date(e.correctionReceived));
    if (e.consultationEnd.isValid() &&
        (!e.consultationStart.isValid() || e.consultationEnd < e.consultationStart))
        p << Tr::tr("the third-party consultation ends on %1 without starting before it")
                 .arg(date(e.consultationEnd));
    if (e.withdrawn && !e.outcome.isEmpty() && e.outcome != u"other_3")
        p << Tr::tr("a withdrawn request is counted under 其他处理·其他 (other_3), not %1")
                 .arg(e.outcome);
    if (e.fee.isNegative())
        p << Tr::tr("a negative fee");
    if (!e.mergedInto.isEmpty() && e.mergedInto == e.number)
        p << Tr::tr("a request cannot be merged into itself");
    return p;
}

std::optional<RequestDeadline> RequestRegister::deadline(const RegisterEntry& e,
                                                         const WorkCalendar& calendar, QDate today,
                                                         QString* error) {
    RequestDeadline d;
    if (e.replied.isValid()) {
        d.state = RequestDeadline::State::Answered;
        return d;
    }
    // 第三十条: the period runs from the corrected application.
    QDate start = e.received;
    if (e.correctionAsked.isValid()) {
        if (!e.correctionReceived.isValid()) {
            d.state = RequestDeadline::State::AwaitingCorrection;
            return d;
        }
        start = e.correctionReceived;
    }
    if (e.consultationStart.isValid() && !e.consultationEnd.isValid()) {
        d.state = RequestDeadline::State::InConsultation;
        return d;
    }
    // 第三十三条: 20 more with an extension; the consultation's days are not counted (its
    // third paragraph, the consultation itself being 第三十二条).
    const int days = kReplyWorkingDays + (e.extendedOn.isValid() ? kExtensionWorkingDays : 0);
    const auto due =
        calendar.addWorkingDays(start, days, error, e.consultationStart, e.consultationEnd);
    if (!due)
        return std::nullopt;
    d.due = *due;
    const auto left = calendar.workingDaysBetween(today, *due, error);
    if (!left)
        return std::nullopt;
    d.workingDaysLeft = *left;
    return d;
}

namespace {

// Where one entry stands in table three of a year, for the count and for the drill-down.
struct Table3Place {
    bool counted = false;
    bool carriedIn = false; // else 本年新收
    QString outcome;        // the result row; empty: 结转下年度
};

Table3Place placeIn(const RegisterEntry& e, int year,
                    const QHash<QString, const RegisterEntry*>& byNumber) {
    const QDate firstDay(year, 1, 1);
    const QDate lastDay(year, 12, 31);
    Table3Place place;
    QDate replied = e.replied;
    QString outcome = e.outcome;
    if (!replied.isValid() && !e.mergedInto.isEmpty()) {
        if (const RegisterEntry* into = byNumber.value(e.mergedInto)) {
            replied = into->replied;
            outcome = into->outcome;
        }
    }
    if (replied.isValid() && replied < firstDay)
        return place; // answered before the year: not in this year's table
    place.counted = true;
    place.carriedIn = e.received < firstDay;
    if (replied.isValid() && replied <= lastDay && isOutcome(outcome))
        place.outcome = outcome;
    return place;
}

QHash<QString, const RegisterEntry*> entriesByNumber(const std::vector<RegisterEntry>& entries) {
    QHash<QString, const RegisterEntry*> byNumber;
    byNumber.reserve(qsizetype(entries.size()));
    for (const RegisterEntry& e : entries)
        byNumber.insert(e.number, &e);
    return byNumber;
}

// Entries received by the end of the year that the rules can count.
bool mayCount(const RegisterEntry& e, int year) {
    return e.received.isValid() && e.received <= QDate(year, 12, 31);
}

} // namespace

RegisterTable3 RequestRegister::table3(const std::vector<RegisterEntry>& entries, int year) {
    RegisterTable3 t;
    t.year = year;
    const auto byNumber = entriesByNumber(entries);
    auto& newRow = t.counts[u"new"_s];
    auto& carriedIn = t.counts[u"carried_in"_s];
    auto& resultTotal = t.counts[u"result_total"_s];
    auto& carriedOver = t.counts[u"carried_over"_s];
    QHash<QString, std::array<qint64, 7>*> outcomeByKey;
    for (const QString& row : outcomeRows())
        outcomeByKey.insert(row, &t.counts[row]);
    for (const RegisterEntry& e : entries) {
        if (!mayCount(e, year))
            continue;
        const QStringList problems = RequestRegister::problems(e);
        if (!problems.isEmpty()) {
            t.skipped << e.number + u": "_s + problems.join(u"; "_s);
            continue;
        }
        const Table3Place place = placeIn(e, year, byNumber);
        if (!place.counted)
            continue;
        const int c = columnIndex(e.applicantType);
        auto add = [&](std::array<qint64, 7>& row) {
            ++row[c];
            ++row[kTotalColumn];
        };
        add(place.carriedIn ? carriedIn : newRow);
        if (!place.outcome.isEmpty()) {
            add(*outcomeByKey.value(place.outcome));
            add(resultTotal);
        } else {
            add(carriedOver);
        }
    }
    return t;
}

std::vector<RegisterEntry> RequestRegister::entriesInCell(const std::vector<RegisterEntry>& entries,
                                                          int year, const QString& row,
                                                          const QString& column) {
    const auto byNumber = entriesByNumber(entries);
    std::vector<RegisterEntry> behind;
    for (const RegisterEntry& e : entries) {
        if (!mayCount(e, year) || (column != u"total" && e.applicantType != column) ||
            !RequestRegister::problems(e).isEmpty())
            continue;
        const Table3Place place = placeIn(e, year, byNumber);
        if (!place.counted)
            continue;
        const bool in = row == u"new"            ? !place.carriedIn
                        : row == u"carried_in"   ? place.carriedIn
                        : row == u"result_total" ? !place.outcome.isEmpty()
                        : row == u"carried_over" ? place.outcome.isEmpty()
                                                 : place.outcome == row;
        if (in)
            behind.push_back(e);
    }
    return behind;
}

QString RequestRegister::nextNumber(const std::vector<RegisterEntry>& entries, int year) {
    const QString prefix = QString::number(year) + u'-';
    int highest = 0;
    for (const RegisterEntry& e : entries) {
        if (e.number.startsWith(prefix))
            highest = std::max(highest, e.number.mid(prefix.size()).toInt());
    }
    return prefix + QString::number(highest + 1).rightJustified(3, u'0');
}

} // namespace nianbao
