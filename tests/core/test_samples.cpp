// Real published reports from ../shared/samples; skipped when ../shared is absent.
#include "model/core/narrativefigures.h"
#include "model/core/validator.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

// Beiguan's 2024 report prints 0 in all 200 cells; its narrative splits at the headings.
Report beiguanReport(const QString& sampleText) {
    Report r = test::emptyReport(2024);
    r.agency = u"北关区科学技术局"_s;
    for (const auto& cell : r.form().cells())
        r.setValue(cell.ref, CellValue::of(0));
    const std::pair<const char16_t*, const char16_t*> parts[] = {
        {u"overview.active", u"（一）主动公开方面"},
        {u"overview.requests", u"（二）依申请公开方面"},
        {u"overview.management", u"（三）政府信息管理方面"},
        {u"overview.platform", u"（四）平台建设方面"},
        {u"overview.oversight", u"（五）监督保障方面"},
        {u"problems", u"五、存在的主要问题及改进情况"},
        {u"other_matters", u"六、其他需要报告的事项"}};
    const QStringView ends[] = {u"（二）",       u"（三）",   u"（四）", u"（五）",
                                u"二、主动公开", u"六、其他", u"\n\n\n"};
    for (size_t i = 0; i < std::size(parts); ++i) {
        const qsizetype start = sampleText.indexOf(QStringView(parts[i].second));
        EXPECT_GE(start, 0);
        qsizetype end = sampleText.indexOf(ends[i], start + 4);
        if (end < 0)
            end = sampleText.size();
        QString text = sampleText.mid(start, end - start);
        text.remove(u'\n'); // PDF line breaks are not paragraph breaks
        r.setText(r.form().findText(QStringView(parts[i].first)), text.trimmed());
    }
    return r;
}

TEST(Samples, BeiguanAllZeroReportHasNoError) {
    const auto path = test::sharedPath(u"samples/beiguan-keji-2024.txt"_s);
    if (!path)
        GTEST_SKIP() << "../shared is absent";
    const Report r = beiguanReport(QString::fromUtf8(test::readFile(*path)));
    const auto findings = Validator::check(r);
    EXPECT_EQ(Validator::countOf(findings, Severity::Error), 0);
    // Its part 5 looks ahead but never says how last year's problems were fixed.
    std::vector<QString> rules;
    for (const auto& f : findings)
        rules.push_back(f.rule);
    EXPECT_EQ(rules, std::vector<QString>{u"S5"_s});
}

TEST(Samples, HongzeHandReadReportShowsItsRealTableFourErrors) {
    const auto path = test::sharedPath(u"samples/published/hongze-2023.nianbao.json"_s);
    if (!path)
        GTEST_SKIP() << "../shared is absent";
    const Report r = test::loadReport(*path);
    const auto findings = Validator::check(r);
    std::vector<QString> errors;
    for (const auto& f : findings) {
        if (f.severity == Severity::Error)
            errors.push_back(f.message);
    }
    EXPECT_EQ(
        errors,
        (std::vector<QString>{
            u"行政复议：总计 0，但结果维持 10 ＋ 结果纠正 1 ＋ 其他结果 0 ＋ 尚未审结 0 ＝ 11，相差 11"_s,
            u"复议后起诉：总计 0，但结果维持 5 ＋ 结果纠正 0 ＋ 其他结果 0 ＋ 尚未审结 0 ＝ 5，相差 5"_s}));
}

TEST(Samples, PublishedNarrativeContradictionIsFound) {
    // 002.txt says 共受理政府信息公开申请2件 while its table three prints 3 new applications.
    const auto path = test::sharedPath(u"samples/published/002.txt"_s);
    if (!path)
        GTEST_SKIP() << "../shared is absent";
    const QString text = QString::fromUtf8(test::readFile(*path));
    const auto statements = extractStatements(text, 2023);
    bool found = false;
    for (const auto& s : statements)
        found = found || (s.topic == Topic::Received && s.value == 2);
    EXPECT_TRUE(found);
}

} // namespace
