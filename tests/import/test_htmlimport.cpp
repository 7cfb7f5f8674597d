#include "model/core/validator.h"
#include "model/import/htmlimport.h"
#include "model/import/publishedreport.h"
#include "model/render/htmlexport.h"
#include "tests/support/testsupport.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

#include <map>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const FormDefinition> form() {
    return FormDefinition::builtIn(FormDefinition::defaultFormId());
}

ImportedReport import(QByteArrayView html) {
    QString error;
    auto imported = importReportHtml(html, form(), &error);
    EXPECT_TRUE(imported.has_value()) << error.toStdString();
    return imported ? std::move(*imported)
                    : ImportedReport{Report(form()), false, false, {}, false};
}

QString shown(const Report& report, const char16_t* id) {
    return report.value(test::cell(id)).displayText();
}

TEST(HtmlImport, APortalPageInGbkReadsEveryCellAndNothingFromItsMenusScriptsOrFooter) {
    // Declared gb2312, written in GBK (its 「—」 is not in GB2312), tables with rowspan and
    // colspan and a <p> in every cell, a menu listing last year's report, a script and a
    // hidden block that both hold report-like text, and a footer.
    QString error;
    const auto imported =
        importPublishedReport(test::dataPath(u"import/portal-gb2312.html"_s), form(), &error);
    ASSERT_TRUE(imported) << error.toStdString();
    const Report& r = imported->report;
    EXPECT_TRUE(imported->complete) << imported->notes.join(u'\n').toStdString();
    EXPECT_EQ(r.agency, u"某县水利局");
    EXPECT_EQ(r.year, 2023);
    const std::map<QString, QString> printed = {
        {u"t2.regulations.issued"_s, u"/"_s},
        {u"t2.regulations.repealed"_s, u"/"_s},
        {u"t2.regulations.in_force"_s, u"/"_s},
        {u"t2.normative.issued"_s, u"2"_s},
        {u"t2.normative.repealed"_s, u""_s},
        {u"t2.normative.in_force"_s, u"14"_s},
        {u"t2.licensing.decisions"_s, u"1204"_s},
        {u"t2.penalty.decisions"_s, u"37"_s},
        {u"t2.coercion.decisions"_s, u"-"_s},
        {u"t2.fees.amount"_s, u"12.5"_s},
        {u"t3.new.natural"_s, u"5"_s},
        {u"t3.new.business"_s, u"1"_s},
        {u"t3.new.research"_s, u""_s},
        {u"t3.new.nonprofit"_s, u""_s},
        {u"t3.new.total"_s, u"6"_s},
        {u"t3.carried_in.natural"_s, u"1"_s},
        {u"t3.carried_in.total"_s, u"1"_s},
        {u"t3.granted.natural"_s, u"3"_s},
        {u"t3.granted.business"_s, u"1"_s},
        {u"t3.granted.total"_s, u"4"_s},
        {u"t3.partial.natural"_s, u"1"_s},
        {u"t3.partial.total"_s, u"1"_s},
        {u"t3.unable_1.natural"_s, u"1"_s},
        {u"t3.unable_1.total"_s, u"1"_s},
        {u"t3.result_total.natural"_s, u"5"_s},
        {u"t3.result_total.business"_s, u"1"_s},
        {u"t3.result_total.total"_s, u"6"_s},
        {u"t3.carried_over.natural"_s, u"1"_s},
        {u"t3.carried_over.total"_s, u"1"_s},
        {u"t4.review.upheld"_s, u"1"_s},
        {u"t4.review.total"_s, u"1"_s},
        {u"t4.suit_direct.pending"_s, u"1"_s},
        {u"t4.suit_direct.total"_s, u"1"_s},
    };
    for (const CellDefinition& cell : r.form().cells()) {
        const auto it = printed.find(cell.id);
        EXPECT_EQ(r.value(cell.ref).displayText(), it == printed.end() ? u"0"_s : it->second)
            << cell.id.toStdString();
    }
    EXPECT_EQ(r.text(r.form().findText(u"overview.active")),
              u"2023年，我局在门户网站主动公开政府信息126条，制发行政规范性文件2件。");
    EXPECT_EQ(r.text(r.form().findText(u"overview.oversight")),
              u"将政府信息公开工作纳入年度考核。");
    EXPECT_EQ(
        r.text(r.form().findText(u"problems")),
        u"一是信息公开的及时性有待提高；二是政策解读形式较为单一。\n下一步，我局将加强培训。");
    EXPECT_EQ(r.text(r.form().findText(u"other_matters")), u"本年度未收取信息处理费。");
    // Only the empty cells and the dash are reported, nothing from the page's frame.
    for (const Finding& finding : Validator::check(r)) {
        if (finding.severity == Severity::Error) {
            EXPECT_EQ(finding.rule, u"V3") << finding.message.toStdString();
        }
    }
}

TEST(HtmlImport, ThePagesOurOwnHtmlExportWritesReadBackWhole) {
    const Report expected =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    const ImportedReport imported = import(HtmlExport::html(expected));
    EXPECT_TRUE(imported.complete) << imported.notes.join(u'\n').toStdString();
    test::expectSameContent(imported.report, expected);
}

TEST(HtmlImport, TablesFlattenedToTextInParagraphsOrOneCellPerLine) {
    // With 「|」 between cells an empty cell keeps its place.
    ImportedReport imported =
        import(u"<html><body><p>某区司法局2023年政府信息公开工作年度报告</p><p>一、总体情况</"
               u"p><p>略。</p>"
               u"<p>二、主动公开政府信息情况</p><p>| 第二十条 第(一)项 | |||</p>"
               u"<p>| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |</p>"
               u"<p>| 规章 | 0 | 0 | 0 |</p><p>| 行政规范性文件 | 3 | | 101 |</p></body></html>"_s
                   .toUtf8());
    EXPECT_EQ(imported.report.agency, u"某区司法局");
    EXPECT_EQ(shown(imported.report, u"t2.normative.issued"), u"3");
    EXPECT_TRUE(imported.report.value(test::cell(u"t2.normative.repealed")).isEmpty());
    EXPECT_EQ(shown(imported.report, u"t2.normative.in_force"), u"101");
    // One cell per paragraph, as some portals' editors save a pasted table.
    imported = import(
        u"<html><body><div>一、总体情况</div><div>略。</div><div>二、主动公开政府信息情况</div>"
        u"<p>第二十条第(五)项</p><p>信息内容</p><p>本年处理决定数量</p><p>行政许可</p><p>1281</"
        u"p>"
        u"<p>第二十条第(六)项</p><p>信息内容</p><p>本年处理决定数量</p><p>行政处罚</p><p>0</p>"
        u"<p>行政强制</p><p>6</p></body></html>"_s.toUtf8());
    EXPECT_EQ(shown(imported.report, u"t2.licensing.decisions"), u"1281");
    EXPECT_EQ(shown(imported.report, u"t2.penalty.decisions"), u"0");
    EXPECT_EQ(shown(imported.report, u"t2.coercion.decisions"), u"6");
}

TEST(HtmlImport, EncodingsByByteOrderMarkDeclarationOrTrial) {
    const QString page =
        u"<html><head><title>某镇2022年政府信息公开工作年度报告</title></head>"
        u"<body><p>一、总体情况</p><p>本局认真贯彻落实《条例》。</p></body></html>"_s;
    const auto check = [](const QByteArray& bytes, const char* what) {
        const ImportedReport imported = import(bytes);
        EXPECT_EQ(imported.report.agency, u"某镇") << what; // the title from <title> alone
        EXPECT_EQ(imported.report.year, 2022) << what;
        const Report& r = imported.report;
        EXPECT_EQ(r.text(r.form().findText(u"overview.intro")), u"本局认真贯彻落实《条例》。")
            << what;
    };
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    check(utf16.encode(page), "UTF-16 with BOM");
    QStringEncoder gb("GB18030");
    // Declares UTF-8 but is GB18030, as pages copied between systems often are.
    check(gb.encode(QString(page).replace(u"<head>"_s, u"<head><meta charset=\"utf-8\">"_s)),
          "mislabelled GB18030");
    check(u"\uFEFF"_s.toUtf8() + page.toUtf8(), "UTF-8 with BOM");
}

TEST(HtmlImport, BadPagesAreRefusedWithAReasonAndNothingCrashes) {
    QString error;
    EXPECT_FALSE(importReportHtml(QByteArray(), form(), &error));
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_FALSE(importReportHtml("<html><body><p>会议通知</p></body></html>", form(), &error));
    EXPECT_TRUE(error.contains(u"不是政府信息公开工作年度报告")) << error.toStdString();
    error.clear();
    EXPECT_FALSE(importReportHtml(QByteArray("\x00\xff\xfe\x01<html", 9), form(), &error));
    EXPECT_FALSE(error.isEmpty());
    // Nesting far deeper than any page: read or refused, without exhausting the stack.
    QByteArray deep = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        deep += "<div><span>";
    deep += "一、总体情况 略。";
    error.clear();
    const auto imported = importReportHtml(deep, form(), &error);
    EXPECT_TRUE(imported || !error.isEmpty());
    // A file that is missing or not a page.
    error.clear();
    EXPECT_FALSE(importPublishedReport(u"/nonexistent/年报.html"_s, form(), &error));
    EXPECT_TRUE(error.contains(u"年报.html")) << error.toStdString();
}

} // namespace
