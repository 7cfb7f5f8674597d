#include "model/core/validator.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

Report thisYear() {
    return test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
}

Report lastYear() {
    return test::loadReport(test::dataPath(u"golden/correct-busy-report/previous.nianbao.json"_s));
}

std::vector<QString> rulesOf(const std::vector<Finding>& findings) {
    std::vector<QString> rules;
    for (const auto& f : findings)
        rules.push_back(f.rule);
    return rules;
}

TEST(CrossYear, AgreeingYearsGiveNoFinding) {
    const Report now = thisYear();
    const Report before = lastYear();
    EXPECT_TRUE(Validator::check(now, &before).empty());
}

TEST(CrossYear, CarryOverMismatchNamesColumnAndBothNumbers) {
    const Report now = thisYear();
    Report before = lastYear();
    before.setValue(test::cell(u"t3.carried_over.legal"), CellValue::of(2));
    before.setValue(test::cell(u"t3.carried_over.total"), CellValue::of(5));
    const auto findings = Validator::check(now, &before);
    ASSERT_EQ(rulesOf(findings), (std::vector<QString>{u"X1"_s, u"X1"_s}));
    EXPECT_EQ(findings[0].message, u"法律服务机构列：上年结转 0，但上年报告结转下年度 2，相差 2"_s);
    EXPECT_EQ(findings[0].cells, std::vector<CellRef>{test::cell(u"t3.carried_in.legal")});
    EXPECT_EQ(findings[1].message, u"总计列：上年结转 3，但上年报告结转下年度 5，相差 2"_s);
}

TEST(CrossYear, InForceMismatch) {
    Report now = thisYear();
    const Report before = lastYear();
    now.setValue(test::cell(u"t2.normative.in_force"), CellValue::of(14));
    const auto findings = Validator::check(now, &before);
    ASSERT_EQ(rulesOf(findings), std::vector<QString>{u"X2"_s});
    EXPECT_TRUE(findings[0].message.contains(u"现行有效件数 14"_s));
    EXPECT_TRUE(findings[0].message.contains(u"相差 2"_s));
}

TEST(CrossYear, WithoutLastYearNothingIsGuessed) {
    Report now = thisYear();
    now.setValue(test::cell(u"t3.carried_in.natural"), CellValue::of(5));
    now.setValue(test::cell(u"t3.carried_in.total"), CellValue::of(6));
    // R1 fails for natural and total; X1 cannot be decided without last year's report.
    for (const auto& f : Validator::check(now))
        EXPECT_NE(f.rule, u"X1"_s);
}

TEST(CrossYear, LastYearsEmptyCellsAreNotTakenAsZero) {
    const Report now = thisYear();
    Report before = lastYear();
    before.setValue(test::cell(u"t3.carried_over.natural"), CellValue::empty());
    before.setValue(test::cell(u"t2.normative.in_force"), CellValue::dash());
    EXPECT_TRUE(Validator::check(now, &before).empty());
}

} // namespace
