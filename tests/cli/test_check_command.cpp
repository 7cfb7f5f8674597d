#include "model/core/json.h"
#include "tests/cli/cli_run.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

using Output = test::CliOutput;

Output run(QStringList args) {
    return test::runNianbao(std::move(args));
}

QString golden(const char16_t* name, const char16_t* file = u"report.nianbao.json") {
    return test::dataPath(u"golden/"_s + QString::fromUtf16(name) + u'/' +
                          QString::fromUtf16(file));
}

TEST(CheckCommand, CorrectReportExitsZero) {
    const Output o = run({u"check"_s, golden(u"correct-busy-report"), u"--previous"_s,
                          golden(u"correct-busy-report", u"previous.nianbao.json")});
    EXPECT_EQ(o.status, 0) << o.out.toStdString() << o.err.toStdString();
    EXPECT_EQ(
        o.out,
        u"某县市场监督管理局2024年政府信息公开工作年度报告：0 处错误，0 处提醒，0 处提示\n"_s);
}

TEST(CheckCommand, BrokenReportPrintsEveryBrokenRuleInChineseAndExitsOne) {
    const Output o = run({u"check"_s, golden(u"error-R1-balance")});
    EXPECT_EQ(o.status, 1);
    const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(
        lines[0],
        u"错误 R1 自然人列：本年新收 38 ＋ 上年结转 3 ＝ 41，但办理结果总计 38 ＋ 结转下年度 2 ＝ 40，相差 1"_s);
    EXPECT_EQ(
        lines[1],
        u"错误 R1 商业企业列：本年新收 9 ＋ 上年结转 0 ＝ 9，但办理结果总计 9 ＋ 结转下年度 1 ＝ 10，相差 1"_s);
    EXPECT_TRUE(lines[2].endsWith(u"2 处错误，0 处提醒，0 处提示"_s));
}

TEST(CheckCommand, WarningsAloneExitZero) {
    const Output o = run({u"check"_s, golden(u"warning-N1-received")});
    EXPECT_EQ(o.status, 0);
    EXPECT_TRUE(o.out.startsWith(u"提醒 N1 "_s)) << o.out.toStdString();
}

TEST(CheckCommand, JsonOutputHasTheDocumentedShape) {
    const Output o = run({u"check"_s, golden(u"error-R4-review-total"), u"--json"_s});
    EXPECT_EQ(o.status, 1);
    JsonError error;
    const auto root = parseJson(o.out.toUtf8(), &error);
    ASSERT_TRUE(root) << error.message.toStdString();
    const JsonValue* findings = root->member(u"findings");
    ASSERT_TRUE(findings && findings->isArray());
    ASSERT_EQ(findings->elements.size(), 1u);
    const JsonValue& f = findings->elements[0];
    EXPECT_EQ(f.member(u"rule")->text, u"R4"_s);
    EXPECT_EQ(f.member(u"severity")->text, u"error"_s);
    QStringList cells;
    for (const auto& c : f.member(u"cells")->elements)
        cells << c.text;
    EXPECT_EQ(cells,
              QStringList({u"t4.review.total"_s, u"t4.review.upheld"_s, u"t4.review.corrected"_s,
                           u"t4.review.other"_s, u"t4.review.pending"_s}));
    EXPECT_TRUE(f.member(u"message")->text.startsWith(u"行政复议：总计 5"_s));

    const Output clean = run({u"check"_s, golden(u"correct-all-zero"), u"--json"_s});
    EXPECT_EQ(clean.status, 0);
    EXPECT_EQ(clean.out, u"{\n  \"findings\": []\n}\n"_s);
}

TEST(CheckCommand, NarrativeFindingsNameTheirPart) {
    const Output o = run({u"check"_s, golden(u"warning-Y1-statistics-period"), u"--json"_s});
    JsonError error;
    const auto root = parseJson(o.out.toUtf8(), &error);
    ASSERT_TRUE(root);
    EXPECT_EQ(root->member(u"findings")->elements[0].member(u"text")->text, u"overview.intro"_s);
}

TEST(CheckCommand, UsageErrorsExitTwo) {
    EXPECT_EQ(run({u"check"_s}).status, 2);
    EXPECT_EQ(run({u"check"_s, u"a"_s, u"b"_s}).status, 2);
    EXPECT_EQ(run({u"check"_s, golden(u"correct-all-zero"), u"--previous"_s}).status, 2);
    const Output unknown = run({u"check"_s, golden(u"correct-all-zero"), u"--jsn"_s});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_TRUE(unknown.err.contains(u"unknown option \"--jsn\""_s));
    const Output command = run({u"chekc"_s});
    EXPECT_EQ(command.status, 2);
    EXPECT_TRUE(command.err.contains(u"unknown command \"chekc\""_s));
}

TEST(CheckCommand, VersionAndHelp) {
    const Output v = run({u"--version"_s});
    EXPECT_EQ(v.status, 0);
    EXPECT_TRUE(v.out.startsWith(u"nianbao 0."_s));
    EXPECT_TRUE(v.out.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
    const Output h = run({u"--help"_s});
    EXPECT_EQ(h.status, 0);
    EXPECT_TRUE(h.out.contains(u"check FILE [--previous FILE] [--json]"_s));
}

} // namespace
