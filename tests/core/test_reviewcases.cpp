// Table four counted from the agency's 行政复议 and 行政诉讼 cases (issue 18, item 3).
#include "model/core/reviewcases.h"
#include "model/core/validator.h"

#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

#include <random>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

ReviewCase aCase(const QString& group, int filed, const QString& result, QDate decided = {}) {
    ReviewCase c;
    c.agency = u"某局"_s;
    c.group = group;
    c.yearFiled = filed;
    c.result = result;
    c.decided = decided;
    return c;
}

TEST(ReviewCases, KindAndRouteNameTheGroup) {
    EXPECT_EQ(reviewCaseGroup(u"review"_s, {}), u"review"_s);
    EXPECT_EQ(reviewCaseGroup(u"行政复议"_s, {}), u"review"_s);
    EXPECT_EQ(reviewCaseGroup(u"suit"_s, u"direct"_s), u"suit_direct"_s);
    EXPECT_EQ(reviewCaseGroup(u"诉讼"_s, u"复议后起诉"_s), u"suit_after_review"_s);
    EXPECT_FALSE(reviewCaseGroup(u"suit"_s, {}).has_value()); // which suit?
    EXPECT_FALSE(reviewCaseGroup(u"review"_s, u"direct"_s).has_value());
    EXPECT_FALSE(reviewCaseGroup(u"appeal"_s, {}).has_value());
}

TEST(ReviewCases, ProblemsAreNamed) {
    EXPECT_TRUE(ReviewCases::problems(aCase(u"review"_s, 2025, u"upheld"_s)).isEmpty());
    EXPECT_FALSE(ReviewCases::problems(aCase(u"appeal"_s, 2025, u"upheld"_s)).isEmpty());
    EXPECT_FALSE(ReviewCases::problems(aCase(u"review"_s, 2025, u"won"_s)).isEmpty());
    EXPECT_FALSE(ReviewCases::problems(aCase(u"review"_s, 1999, u"upheld"_s)).isEmpty());
    EXPECT_FALSE(
        ReviewCases::problems(aCase(u"review"_s, 2025, u"pending"_s, QDate(2025, 5, 1))).isEmpty());
    EXPECT_FALSE(
        ReviewCases::problems(aCase(u"review"_s, 2025, u"upheld"_s, QDate(2024, 5, 1))).isEmpty());
}

TEST(ReviewCases, PendingAndDecidedAfterTheYearCountAsNotYetConcluded) {
    const std::vector<ReviewCase> cases = {
        aCase(u"review"_s, 2025, u"upheld"_s, QDate(2025, 6, 1)),
        aCase(u"review"_s, 2025, u"corrected"_s, QDate(2026, 1, 15)), // after 31 December
        aCase(u"review"_s, 2025, u"pending"_s),
        aCase(u"suit_direct"_s, 2025, u"other"_s),
        aCase(u"suit_after_review"_s, 2024, u"upheld"_s), // another year
        aCase(u"suit_after_review"_s, 2025, u"won"_s),    // not a result: left out
    };
    const CaseTable4 t = ReviewCases::table4(cases, 2025);
    EXPECT_EQ(t.count(u"review"_s, u"upheld"_s), 1);
    EXPECT_EQ(t.count(u"review"_s, u"corrected"_s), 0);
    EXPECT_EQ(t.count(u"review"_s, u"pending"_s), 2);
    EXPECT_EQ(t.count(u"review"_s, u"total"_s), 3);
    EXPECT_EQ(t.count(u"suit_direct"_s, u"other"_s), 1);
    EXPECT_EQ(t.count(u"suit_after_review"_s, u"total"_s), 0);
    EXPECT_EQ(ReviewCases::table4(cases, 2026).count(u"review"_s, u"total"_s), 0);
}

// 400 generated cases over four years against a count written independently: a case filed in
// the year, under its result if one was given by 31 December, else 尚未审结.
TEST(ReviewCases, Table4EqualsAnIndependentCountAndKeepsItsTotals) {
    std::mt19937 random(18);
    std::vector<ReviewCase> cases;
    for (int i = 0; i < 400; ++i) {
        const int filed = 2023 + static_cast<int>(random() % 4);
        const QString group = reviewCaseGroups()[random() % 3];
        const QString result = reviewCaseResults()[random() % 4];
        QDate decided;
        if (result != u"pending" && random() % 3 != 0)
            decided = QDate(filed, 1, 1).addDays(static_cast<int>(random() % 500));
        cases.push_back(aCase(group, filed, result, decided));
    }
    for (int year = 2023; year <= 2026; ++year) {
        std::map<QString, std::map<QString, qint64>> expected;
        for (const ReviewCase& c : cases) {
            if (c.yearFiled != year)
                continue;
            const bool knownInTheYear = c.result != u"pending" &&
                                        (!c.decided.isValid() || c.decided <= QDate(year, 12, 31));
            ++expected[c.group][knownInTheYear ? c.result : u"pending"_s];
            ++expected[c.group][u"total"_s];
        }
        const CaseTable4 t = ReviewCases::table4(cases, year);
        for (const QString& group : reviewCaseGroups()) {
            for (const QString& column :
                 {u"upheld"_s, u"corrected"_s, u"other"_s, u"pending"_s, u"total"_s})
                EXPECT_EQ(t.count(group, column), expected[group][column])
                    << year << ' ' << group.toStdString() << ' ' << column.toStdString();
        }
        Report report = test::emptyReport(year);
        t.applyTo(report);
        for (const Finding& f : Validator::check(report))
            EXPECT_NE(f.rule, u"R4"_s) << f.message.toStdString();
        EXPECT_EQ(report.value(*report.form().findCell(u"t4.review.total"_s)).displayText(),
                  QString::number(expected[u"review"_s][u"total"_s]));
    }
}

} // namespace
} // namespace nianbao
