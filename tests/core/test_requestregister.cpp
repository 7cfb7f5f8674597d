// The register: deadlines in working days and table three counted from it.
#include "model/core/registerdeadlines.h"
#include "model/core/requestregister.h"
#include "model/core/validator.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

RegisterEntry request(const QString& number, QDate received, const QString& type = u"natural"_s) {
    RegisterEntry e;
    e.agency = u"某某县人民政府办公室"_s;
    e.number = number;
    e.received = received;
    e.applicantType = type;
    e.applicantName = u"张三"_s;
    return e;
}

RegisterEntry answered(RegisterEntry e, QDate replied, const QString& outcome) {
    e.replied = replied;
    e.outcome = outcome;
    return e;
}

RequestDeadline deadlineOf(const RegisterEntry& e, QDate today = QDate(2025, 3, 3)) {
    QString error;
    const auto d = RequestRegister::deadline(e, *WorkCalendar::official(), today, &error);
    EXPECT_TRUE(d.has_value()) << error.toStdString();
    return d.value_or(RequestDeadline{});
}

std::vector<QString> rulesOf(const std::vector<Finding>& findings) {
    std::vector<QString> rules;
    for (const auto& f : findings) {
        if (f.rule == u"R1" || f.rule == u"R2" || f.rule == u"R3" || f.rule == u"X1")
            rules.push_back(f.rule + u' ' + f.message);
    }
    return rules;
}

TEST(RequestDeadline, TwentyWorkingDaysAfterReceipt) {
    // 4–7 March, 10–14, 17–21, 24–28, 31: the twentieth working day.
    const auto d = deadlineOf(request(u"2025-001"_s, QDate(2025, 3, 3)));
    EXPECT_EQ(d.state, RequestDeadline::State::Running);
    EXPECT_EQ(d.due, QDate(2025, 3, 31));
    EXPECT_EQ(d.workingDaysLeft, 20);
    EXPECT_EQ(
        deadlineOf(request(u"2025-001"_s, QDate(2025, 3, 3)), QDate(2025, 3, 28)).workingDaysLeft,
        1);
    const auto late = deadlineOf(request(u"2025-001"_s, QDate(2025, 3, 3)), QDate(2025, 4, 2));
    EXPECT_EQ(late.workingDaysLeft, -2);
    EXPECT_TRUE(late.isOverdue());
}

TEST(RequestDeadline, CountsFromTheCorrectedApplication) {
    RegisterEntry e = request(u"2025-002"_s, QDate(2025, 3, 3));
    e.correctionAsked = QDate(2025, 3, 5);
    EXPECT_EQ(deadlineOf(e).state, RequestDeadline::State::AwaitingCorrection);
    e.correctionReceived = QDate(2025, 3, 10);
    // 11–14 (4), 17–21, 24–28 (14), 31 March–3 April (18), 4 April 清明, 7 (19), 8 (20).
    EXPECT_EQ(deadlineOf(e).due, QDate(2025, 4, 8));
}

TEST(RequestDeadline, AnExtensionAddsTwentyWorkingDays) {
    RegisterEntry e = request(u"2025-003"_s, QDate(2025, 3, 3));
    e.extendedOn = QDate(2025, 3, 25);
    // From 31 March: 1–3 April (3), 4 off, 7–11, 14–18, 21–25 (18), Sunday 27 worked, 28.
    EXPECT_EQ(deadlineOf(e).due, QDate(2025, 4, 28));
}

TEST(RequestDeadline, ThirdPartyConsultationIsNotCounted) {
    RegisterEntry e = request(u"2025-004"_s, QDate(2025, 3, 3));
    e.consultationStart = QDate(2025, 3, 10);
    EXPECT_EQ(deadlineOf(e).state, RequestDeadline::State::InConsultation);
    e.consultationEnd = QDate(2025, 3, 14); // five working days paused
    // 31 March + 5 working days: 1, 2, 3, (4 off), 7, 8.
    EXPECT_EQ(deadlineOf(e).due, QDate(2025, 4, 8));
}

TEST(RequestDeadline, AnsweredRequestsHaveNone) {
    const auto d = deadlineOf(
        answered(request(u"2025-005"_s, QDate(2025, 3, 3)), QDate(2025, 3, 4), u"granted"_s));
    EXPECT_EQ(d.state, RequestDeadline::State::Answered);
    EXPECT_FALSE(d.isOverdue());
}

TEST(RequestDeadline, AYearWithoutCalendarIsAnError) {
    QString error;
    const auto d =
        RequestRegister::deadline(request(u"2026-100"_s, QDate(2026, 12, 20)),
                                  *WorkCalendar::official(), QDate(2026, 12, 21), &error);
    EXPECT_FALSE(d);
    EXPECT_TRUE(error.contains(u"2027"_s)) << error.toStdString();
}

TEST(RegisterTable3, EachOutcomeHasItsRow) {
    std::vector<RegisterEntry> entries;
    int n = 0;
    for (const QString& outcome : outcomeRows()) {
        ++n;
        entries.push_back(answered(request(u"2025-%1"_s.arg(n, 3, 10, QChar(u'0')),
                                           QDate(2025, 2, 10), applicantTypes()[n % 6]),
                                   QDate(2025, 3, 1), outcome));
    }
    const RegisterTable3 t = RequestRegister::table3(entries, 2025);
    EXPECT_TRUE(t.skipped.isEmpty());
    n = 0;
    for (const QString& outcome : outcomeRows()) {
        ++n;
        EXPECT_EQ(t.count(outcome, applicantTypes()[n % 6]), 1) << outcome.toStdString();
        EXPECT_EQ(t.count(outcome, u"total"_s), 1) << outcome.toStdString();
    }
    EXPECT_EQ(t.count(u"new"_s, u"total"_s), 21);
    EXPECT_EQ(t.count(u"result_total"_s, u"total"_s), 21);
    EXPECT_EQ(t.count(u"carried_over"_s, u"total"_s), 0);
    Report report = test::emptyReport(2025);
    t.applyTo(report);
    EXPECT_EQ(rulesOf(Validator::check(report)), std::vector<QString>{});
}

TEST(RegisterTable3, WithdrawnMergedAndCorrectionNeverReceived) {
    RegisterEntry withdrawn =
        answered(request(u"2025-001"_s, QDate(2025, 5, 6)), QDate(2025, 5, 20), u"other_3"_s);
    withdrawn.withdrawn = true;
    RegisterEntry noCorrection = answered(request(u"2025-002"_s, QDate(2025, 5, 6), u"legal"_s),
                                          QDate(2025, 6, 30), u"other_1"_s);
    noCorrection.correctionAsked = QDate(2025, 5, 8);
    const RegisterEntry first = answered(request(u"2025-003"_s, QDate(2025, 5, 6), u"business"_s),
                                         QDate(2025, 5, 30), u"partial"_s);
    RegisterEntry merged = request(u"2025-004"_s, QDate(2025, 5, 7), u"business"_s);
    merged.mergedInto = u"2025-003"_s;
    const RegisterTable3 t =
        RequestRegister::table3({withdrawn, noCorrection, first, merged}, 2025);
    EXPECT_TRUE(t.skipped.isEmpty()) << t.skipped.join(u'\n').toStdString();
    EXPECT_EQ(t.count(u"other_3"_s, u"natural"_s), 1);
    EXPECT_EQ(t.count(u"other_1"_s, u"legal"_s), 1);
    EXPECT_EQ(t.count(u"partial"_s, u"business"_s), 2); // each application counted
    EXPECT_EQ(t.count(u"new"_s, u"total"_s), 4);
    EXPECT_EQ(t.count(u"carried_over"_s, u"total"_s), 0);

    // A withdrawn request under another outcome is refused, named, and left out.
    withdrawn.outcome = u"granted"_s;
    const RegisterTable3 refused = RequestRegister::table3({withdrawn}, 2025);
    ASSERT_EQ(refused.skipped.size(), 1);
    EXPECT_TRUE(refused.skipped[0].startsWith(u"2025-001: "_s));
    EXPECT_EQ(refused.count(u"new"_s, u"total"_s), 0);
}

TEST(RegisterTable3, CarryOverAcrossTwoYears) {
    const std::vector<RegisterEntry> entries = {
        answered(request(u"2024-001"_s, QDate(2024, 3, 1)), QDate(2024, 3, 20), u"granted"_s),
        // received in December, answered in January: 结转 of 2024, 上年结转 of 2025
        answered(request(u"2024-002"_s, QDate(2024, 12, 20), u"research"_s), QDate(2025, 1, 15),
                 u"unable_1"_s),
        request(u"2024-003"_s, QDate(2024, 12, 30), u"nonprofit"_s), // still open
        answered(request(u"2024-004"_s, QDate(2024, 12, 31)), QDate(2024, 12, 31), u"rejected_2"_s),
        answered(request(u"2025-001"_s, QDate(2025, 1, 2)), QDate(2025, 1, 3), u"denied_4"_s),
        request(u"2025-002"_s, QDate(2025, 12, 31), u"legal"_s),
        request(u"2026-001"_s, QDate(2026, 1, 5)), // after both years
    };
    const RegisterTable3 y2024 = RequestRegister::table3(entries, 2024);
    const RegisterTable3 y2025 = RequestRegister::table3(entries, 2025);
    EXPECT_EQ(y2024.count(u"new"_s, u"total"_s), 4);
    EXPECT_EQ(y2024.count(u"carried_over"_s, u"research"_s), 1);
    EXPECT_EQ(y2024.count(u"carried_over"_s, u"nonprofit"_s), 1);
    EXPECT_EQ(y2024.count(u"rejected_2"_s, u"natural"_s), 1);
    EXPECT_EQ(y2025.count(u"carried_in"_s, u"research"_s), 1);
    EXPECT_EQ(y2025.count(u"carried_in"_s, u"nonprofit"_s), 1);
    EXPECT_EQ(y2025.count(u"carried_in"_s, u"total"_s), 2);
    EXPECT_EQ(y2025.count(u"new"_s, u"total"_s), 2);
    EXPECT_EQ(y2025.count(u"unable_1"_s, u"research"_s), 1);
    EXPECT_EQ(y2025.count(u"carried_over"_s, u"total"_s), 2); // 2024-003 and 2025-002
    Report before = test::emptyReport(2024);
    Report now = test::emptyReport(2025);
    y2024.applyTo(before);
    y2025.applyTo(now);
    EXPECT_EQ(rulesOf(Validator::check(now, &before)), std::vector<QString>{});
}

// The count written again, differently: per entry, the year it was received and the year it
// was answered (9999 while open), and the four rows as plain comparisons of those years.
std::map<std::pair<QString, QString>, qint64>
independentCount(const std::vector<RegisterEntry>& entries, int year) {
    std::map<std::pair<QString, QString>, qint64> count;
    for (const RegisterEntry& e : entries) {
        const int in = e.received.year();
        const int out = e.replied.isValid() ? e.replied.year() : 9999;
        for (const QString& column : {e.applicantType, u"total"_s}) {
            if (in == year)
                ++count[{u"new"_s, column}];
            if (in < year && out >= year)
                ++count[{u"carried_in"_s, column}];
            if (out == year) {
                ++count[{e.outcome, column}];
                ++count[{u"result_total"_s, column}];
            }
            if (in <= year && out > year)
                ++count[{u"carried_over"_s, column}];
        }
    }
    return count;
}

TEST(RegisterTable3, FiveHundredGeneratedRequestsMatchAnIndependentCount) {
    std::mt19937 random(20250101);
    std::vector<RegisterEntry> entries;
    const QDate start(2023, 1, 1);
    for (int i = 0; i < 500; ++i) {
        const QDate received = start.addDays(int(random() % (3 * 365)));
        RegisterEntry e = request(u"%1-%2"_s.arg(received.year()).arg(i, 4, 10, QChar(u'0')),
                                  received, applicantTypes()[random() % 6]);
        if (random() % 5 != 0) { // four in five answered, some across the new year
            e.replied = received.addDays(int(random() % 60));
            e.outcome = outcomeRows()[random() % outcomeRows().size()];
            e.withdrawn = e.outcome == u"other_3" && random() % 2 == 0;
        }
        entries.push_back(std::move(e));
    }
    const std::vector<QString> rows = [] {
        std::vector<QString> r = {u"new"_s, u"carried_in"_s, u"result_total"_s, u"carried_over"_s};
        r.insert(r.end(), outcomeRows().begin(), outcomeRows().end());
        return r;
    }();
    Report previous = test::emptyReport(2024);
    for (int year : {2024, 2025}) {
        const RegisterTable3 t = RequestRegister::table3(entries, year);
        EXPECT_TRUE(t.skipped.isEmpty());
        const auto expected = independentCount(entries, year);
        for (const QString& row : rows) {
            for (const QString& column : {u"natural"_s, u"business"_s, u"research"_s,
                                          u"nonprofit"_s, u"legal"_s, u"other_org"_s, u"total"_s}) {
                const auto it = expected.find({row, column});
                EXPECT_EQ(t.count(row, column), it == expected.end() ? 0 : it->second)
                    << year << ' ' << row.toStdString() << ' ' << column.toStdString();
            }
        }
        // The drill-down lists exactly the requests each figure counts.
        for (const QString& row : rows) {
            for (const QString& column : {u"natural"_s, u"legal"_s, u"total"_s})
                EXPECT_EQ(qint64(RequestRegister::entriesInCell(entries, year, row, column).size()),
                          t.count(row, column))
                    << year << ' ' << row.toStdString() << ' ' << column.toStdString();
        }
        Report report = test::emptyReport(year);
        t.applyTo(report);
        EXPECT_EQ(rulesOf(Validator::check(report, year == 2025 ? &previous : nullptr)),
                  std::vector<QString>{});
        previous = report;
    }
}

TEST(RequestRegister, ProblemsAreNamed) {
    RegisterEntry e = request(u"2025-001"_s, QDate(2025, 3, 3), u"citizen"_s);
    e.replied = QDate(2025, 3, 1);
    e.outcome = u"unprocessed_1"_s;
    e.correctionReceived = QDate(2025, 3, 4);
    e.fee = *Decimal::parse(u"-0.01");
    const QStringList problems = RequestRegister::problems(e);
    EXPECT_EQ(problems.size(), 5) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.join(u'\n').contains(u"citizen"_s));
    EXPECT_TRUE(problems.join(u'\n').contains(u"unprocessed_1"_s));
    EXPECT_TRUE(RequestRegister::problems(request(u"2025-002"_s, QDate(2025, 3, 3))).isEmpty());
}

TEST(RequestRegister, NextNumberOfTheYear) {
    const std::vector<RegisterEntry> entries = {request(u"2025-017"_s, QDate(2025, 3, 3)),
                                                request(u"2024-090"_s, QDate(2024, 3, 3))};
    EXPECT_EQ(RequestRegister::nextNumber(entries, 2025), u"2025-018"_s);
    EXPECT_EQ(RequestRegister::nextNumber(entries, 2026), u"2026-001"_s);
}

TEST(RequestRegister, ChannelsByCodeAndName) {
    EXPECT_EQ(requestChannelFromCode(u"email"), RequestChannel::Email);
    EXPECT_EQ(requestChannelFromCode(u"当面"), RequestChannel::InPerson);
    EXPECT_EQ(requestChannelName(RequestChannel::Mail), u"邮寄"_s);
    EXPECT_FALSE(requestChannelFromCode(u"pigeon"));
}

} // namespace

namespace {

QStringList numbersOf(const std::vector<RegisterEntry>& entries) {
    QStringList numbers;
    for (const RegisterEntry& e : entries)
        numbers << e.number;
    return numbers;
}

} // namespace

TEST(RegisterTable3, DrillDownNamesTheRequestsBehindACell) {
    RegisterEntry merged = request(u"2025-004"_s, QDate(2025, 5, 7), u"business"_s);
    merged.mergedInto = u"2025-003"_s;
    RegisterEntry broken = request(u"2025-005"_s, QDate(2025, 5, 8));
    broken.outcome = u"granted"_s; // no reply date: left out of the count and of every cell
    const std::vector<RegisterEntry> entries = {
        answered(request(u"2024-002"_s, QDate(2024, 12, 20), u"research"_s), QDate(2025, 1, 15),
                 u"unable_1"_s),
        request(u"2024-003"_s, QDate(2024, 12, 30), u"nonprofit"_s),
        answered(request(u"2025-003"_s, QDate(2025, 5, 6), u"business"_s), QDate(2025, 5, 30),
                 u"partial"_s),
        merged,
        broken,
        request(u"2025-006"_s, QDate(2025, 12, 31), u"legal"_s),
    };
    auto cell = [&](const char16_t* row, const char16_t* column) {
        return numbersOf(RequestRegister::entriesInCell(entries, 2025, QString::fromUtf16(row),
                                                        QString::fromUtf16(column)));
    };
    EXPECT_EQ(cell(u"carried_in", u"total"), (QStringList{u"2024-002"_s, u"2024-003"_s}));
    EXPECT_EQ(cell(u"partial", u"business"), (QStringList{u"2025-003"_s, u"2025-004"_s}));
    EXPECT_EQ(cell(u"carried_over", u"total"), (QStringList{u"2024-003"_s, u"2025-006"_s}));
    EXPECT_EQ(cell(u"result_total", u"research"), QStringList{u"2024-002"_s});
    EXPECT_EQ(cell(u"new", u"natural"), QStringList{});
    EXPECT_EQ(cell(u"new", u"total"), (QStringList{u"2025-003"_s, u"2025-004"_s, u"2025-006"_s}));
}

TEST(RegisterDeadlines, DueListHoldsOverdueAndDueSoonMostOverdueFirst) {
    // Received 3 March 2025: due 31 March.
    const RegisterEntry soon = request(u"2025-001"_s, QDate(2025, 3, 3));
    const RegisterEntry overdue = request(u"2025-002"_s, QDate(2025, 2, 5));
    const RegisterEntry later = request(u"2025-003"_s, QDate(2025, 3, 25));
    const RegisterEntry done =
        answered(request(u"2025-004"_s, QDate(2025, 2, 5)), QDate(2025, 2, 6), u"granted"_s);
    RegisterEntry waiting = request(u"2025-005"_s, QDate(2025, 2, 5));
    waiting.correctionAsked = QDate(2025, 2, 6); // no deadline runs until 补正 comes
    const RegisterEntry noCalendar = request(u"2019-001"_s, QDate(2019, 3, 1));
    const DueList list = dueRequests({soon, overdue, later, done, waiting, noCalendar},
                                     *WorkCalendar::official(), QDate(2025, 3, 26), 5);
    ASSERT_EQ(list.due.size(), 2u);
    EXPECT_EQ(list.due[0].entry.number, u"2025-002"_s);
    EXPECT_TRUE(list.due[0].deadline.isOverdue());
    EXPECT_EQ(list.due[1].entry.number, u"2025-001"_s);
    EXPECT_EQ(list.due[1].deadline.workingDaysLeft, 3);
    EXPECT_FALSE(list.due[1].description.isEmpty());
    ASSERT_EQ(list.uncounted.size(), 1u);
    EXPECT_EQ(list.uncounted[0].entry.number, u"2019-001"_s);
    EXPECT_TRUE(list.uncounted[0].description.contains(u"2019"_s))
        << list.uncounted[0].description.toStdString();
}
