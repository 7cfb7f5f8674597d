#include "model/core/publishedformat.h"
#include "model/core/validator.h"
#include "model/import/textimport.h"
#include "tests/support/pdftext.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const FormDefinition> form() {
    return FormDefinition::builtIn(FormDefinition::defaultFormId());
}

ImportedReport import(const QString& text) {
    QString error;
    auto imported = importReportText(text, form(), &error);
    EXPECT_TRUE(imported.has_value()) << error.toStdString();
    return imported ? std::move(*imported)
                    : ImportedReport{Report(form()), false, false, {}, false};
}

TEST(TextImport, ReadsEveryCellAndTextOfAReportPrintedAsPdfText) {
    const Report expected =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    const ImportedReport imported = import(test::asPdfText(expected));
    EXPECT_TRUE(imported.complete) << imported.notes.join(u'\n').toStdString();
    test::expectSameContent(imported.report, expected);
    EXPECT_EQ(Validator::countOf(Validator::check(imported.report), Severity::Error),
              Validator::countOf(Validator::check(expected), Severity::Error));
}

TEST(TextImport, APartialReportWithShortenedLabelsKeepsWhatIsThereAndSaysWhatIsNot) {
    const ImportedReport imported = import(QString::fromUtf8(
        test::readFile(test::dataPath(u"import/partial-shortened-labels.txt"_s))));
    const Report& r = imported.report;
    EXPECT_FALSE(imported.complete);
    EXPECT_EQ(r.agency, u"某市某区住房和城乡建设局");
    EXPECT_EQ(r.year, 2023);
    const auto shown = [&](const char16_t* id) {
        return r.value(test::cell(id)).displayText();
    };
    EXPECT_EQ(shown(u"t2.regulations.issued"), u"/");
    EXPECT_EQ(shown(u"t2.normative.issued"), u"2"); // 「规范性文件」 for 「行政规范性文件」
    EXPECT_EQ(shown(u"t2.normative.in_force"), u"17");
    EXPECT_EQ(shown(u"t2.licensing.decisions"), u"1204");
    EXPECT_EQ(r.value(test::cell(u"t2.coercion.decisions")).state, CellState::Dash);
    // 251000元 in the 万元 column is kept as printed and reported, never converted.
    EXPECT_EQ(r.value(test::cell(u"t2.fees.amount")).state, CellState::Unreadable);
    EXPECT_TRUE(imported.notes.join(u'\n').contains(u"251000元"));
    EXPECT_EQ(shown(u"t3.new.natural"), u"3");
    EXPECT_EQ(shown(u"t3.new.total"), u"4");
    EXPECT_EQ(shown(u"t3.carried_in.total"), u"0"); // 「0000000」
    EXPECT_EQ(shown(u"t3.partial.natural"), u"1");  // ASCII parentheses and commas
    // The page stops inside 「属于国家秘密」: that row and everything after it stay empty.
    EXPECT_TRUE(r.value(test::cell(u"t3.denied_1.natural")).isEmpty());
    EXPECT_TRUE(r.value(test::cell(u"t3.result_total.total")).isEmpty());
    EXPECT_TRUE(r.value(test::cell(u"t4.review.total")).isEmpty());
    const QString notes = imported.notes.join(u'\n');
    EXPECT_TRUE(notes.contains(u"1.属于国家秘密」：只读到4个数值，应有7个")) << notes.toStdString();
    EXPECT_TRUE(notes.contains(u"未找到第4部分")) << notes.toStdString();
    EXPECT_TRUE(notes.contains(u"从「2.其他法律行政法规禁止公开」起的20行未找到"))
        << notes.toStdString();
    EXPECT_EQ(r.text(r.form().findText(u"overview.active")), u"全年主动公开政府信息85条。");
}

TEST(TextImport, TextThatIsNotAReportIsRefusedWithAReason) {
    QString error;
    EXPECT_FALSE(importReportText(u"会议通知\n请各单位于周五前报送材料。"_s, form(), &error));
    EXPECT_TRUE(error.contains(u"不是政府信息公开工作年度报告")) << error.toStdString();
    EXPECT_FALSE(importReportText(u""_s, form(), &error));
}

TEST(TextImport, WithoutItsTitleAReportImportsWithItsYearUnknown) {
    const ImportedReport imported = import(
        u"一、总体情况\n（一）主动公开\n略。\n二、主动公开政府信息情况\n"
        u"| 第二十条第(一)项 | |||\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
        u"| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 0 | 1 | 5 |\n"_s);
    EXPECT_FALSE(imported.complete);
    EXPECT_EQ(imported.report.year, 0);
    EXPECT_TRUE(imported.notes.join(u'\n').contains(u"年份不明"))
        << imported.notes.join(u'\n').toStdString();
    EXPECT_EQ(imported.report.value(test::cell(u"t2.normative.in_force")).displayText(), u"5");
}

TEST(TextImport, CellsBetweenBarsKeepTheirColumnsWhenSomeAreEmpty) {
    const ImportedReport imported =
        import(u"某县民政局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
               u"| 申请人情况 |\n| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | "
               u"其他 | 总计 |\n"
               u"一、本年新收政府信息公开申请数量 | 5 | | | | 1 | | 6 |\n"
               u"二、上年结转政府信息公开申请数量 | | | | | | | 0 |\n"
               u"三、本年度办理结果 | （一）予以公开 | 4 | 0 | 0 | x | 0 | 0 | 4 |\n"_s);
    const auto shown = [&](const char16_t* id) {
        return imported.report.value(test::cell(id)).displayText();
    };
    EXPECT_EQ(shown(u"t3.new.natural"), u"5");
    EXPECT_TRUE(imported.report.value(test::cell(u"t3.new.business")).isEmpty());
    EXPECT_EQ(shown(u"t3.new.legal"), u"1");
    EXPECT_TRUE(imported.report.value(test::cell(u"t3.new.other_org")).isEmpty());
    EXPECT_EQ(shown(u"t3.new.total"), u"6");
    EXPECT_TRUE(imported.report.value(test::cell(u"t3.carried_in.natural")).isEmpty());
    EXPECT_EQ(shown(u"t3.carried_in.total"), u"0");
    EXPECT_EQ(shown(u"t3.granted.natural"), u"4");
    EXPECT_EQ(imported.report.value(test::cell(u"t3.granted.nonprofit")).state,
              CellState::Unreadable);
    EXPECT_TRUE(imported.notes.join(u'\n').contains(u"「x」无法读取"))
        << imported.notes.join(u'\n').toStdString();
}

TEST(TextImport, The2019FormatIsRecognisedAndItsTablesAreNotForcedIntoThe2021Form) {
    const QString text =
        u"某县教育局2021年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n略。\n"
        u"二、主动公开政府信息情况\n第二十条第（一）项\n"
        u"信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n规章 0 0 0\n"_s;
    const ImportedReport imported = import(text);
    EXPECT_FALSE(imported.complete);
    EXPECT_TRUE(imported.format2019);
    EXPECT_TRUE(imported.notes.join(u'\n').contains(u"2019年版格式"));
    EXPECT_TRUE(imported.report.value(test::cell(u"t2.regulations.issued")).isEmpty());
}

TEST(TextImport, TheTitleIsTheLastOneBeforeTheReportEvenWhenGarbledOrWithoutAYear) {
    // A portal's menu lists last year's report above the title of this one.
    ImportedReport imported = import(
        u"首页 > 政府信息公开 > 年报\n某县财政局2022年政府信息公开工作年度报告\n"
        u"某县教育局2023年政府信息公开工作年度报告\n发布时间：2024-01-20\n一、总体情况\n略。\n"_s);
    EXPECT_EQ(imported.report.agency, u"某县教育局");
    EXPECT_EQ(imported.report.year, 2023);
    // The characters of 「工作年度报告」 printed out of order, as one portal does.
    imported =
        import(u"昌图县人民政府\n政府信息公开\n昌图县七家子镇2023年政府信息公开 工作告年度报\n"
               u"一、总体情况\n略。\n"_s);
    EXPECT_EQ(imported.report.agency, u"昌图县七家子镇");
    EXPECT_EQ(imported.report.year, 2023);
    imported =
        import(u"湘桥区教育局政府信息公开工作年度报告\n2024-01-23 16:45\n一、总体情况\n略。\n"_s);
    EXPECT_EQ(imported.report.agency, u"湘桥区教育局");
    EXPECT_EQ(imported.report.year, 0);
    EXPECT_TRUE(imported.notes.join(u'\n').contains(u"年份不明"));
}

TEST(TextImport, TheRestOfALongerHeadingIsNotPartOfItsText) {
    const ImportedReport imported = import(u"某局2023年政府信息公开工作年度报告\n一、总体情况\n"
                                           u"(一)主动公开信息情况。本年度发布政务类信息34条。\n"
                                           u"(二)依申请公开工作情况:本年度共受理申请2件。\n"_s);
    const Report& r = imported.report;
    EXPECT_EQ(r.text(r.form().findText(u"overview.active")), u"本年度发布政务类信息34条。");
    EXPECT_EQ(r.text(r.form().findText(u"overview.requests")), u"本年度共受理申请2件。");
}

TEST(TextImport, APageThatBeginsInsideATableKeepsItsLastRowsAndFindsT4AfterASentence) {
    // Page 9 of a flip-book: the end of table 3, then part 4 with a sentence before its table
    // and its headers printed one character per line.
    const ImportedReport imported =
        import(u"Page 9 - 2020年报_审计局\nP. 9\n四、结转下年度继续办理 0 1 0 0 0 0 1\n"
               u"四、政府信息公开行政复议、行政诉讼情况\n2020 "
               u"年,我单位对形成的政府信息实现了依法、有序公开,\n"
               u"未出现申请行政复议、提起行政诉讼的情况。\n行政复议 行政诉讼\n结 结 其 尚\n"
               u"果 果 他 未\n总计 果 果 他 未 总 果 果 他 未 总\n"
               u"0 0 0 0 0 0 0 0 0 0 0 0 0 0 2\n五、存在的主要问题及改进情况\n略。\n"_s);
    const Report& r = imported.report;
    EXPECT_FALSE(imported.complete);
    EXPECT_EQ(r.value(test::cell(u"t3.carried_over.business")).displayText(), u"1");
    EXPECT_EQ(r.value(test::cell(u"t3.carried_over.total")).displayText(), u"1");
    EXPECT_TRUE(r.value(test::cell(u"t3.new.total")).isEmpty());
    EXPECT_EQ(r.value(test::cell(u"t4.review.upheld")).displayText(), u"0");
    EXPECT_EQ(r.value(test::cell(u"t4.suit_after_review.total")).displayText(), u"2");
    const QString notes = imported.notes.join(u'\n');
    EXPECT_TRUE(notes.contains(u"未找到第3部分")) << notes.toStdString();
    EXPECT_FALSE(notes.contains(u"只读到")) << notes.toStdString();
}

TEST(TextImport, AReportInTraditionalCharactersIsMatchedAndItsWordsKeptAsPrinted) {
    const ImportedReport imported =
        import(u"撫遠市自然資源局2022年政府信息公開工作年度報告\n一、總體情況\n"
               u"2022年，通過政府門戶網站共發布信息18篇。\n二、主動公開政府信息情況\n"
               u"第二十條第(一)項 | |||\n信息內容 | 本年制發件數 | 本年廢止件數 | 現行有效件數 |\n"
               u"規章 | 0 | 0 | 0 |\n行政規范性文件 | 1 | 0 | 3 |\n第二十條第(八)項 | |||\n"
               u"信息內容 | 本年收費金額(單位:萬元) | ||\n行政事業性收費 | 26.55 |\n"_s);
    const Report& r = imported.report;
    EXPECT_EQ(r.agency, u"撫遠市自然資源局");
    EXPECT_EQ(r.year, 2022);
    EXPECT_EQ(r.value(test::cell(u"t2.regulations.in_force")).displayText(), u"0");
    EXPECT_EQ(r.value(test::cell(u"t2.normative.issued")).displayText(), u"1");
    EXPECT_EQ(r.value(test::cell(u"t2.normative.in_force")).displayText(), u"3");
    EXPECT_EQ(r.value(test::cell(u"t2.fees.amount")).displayText(), u"26.55");
    EXPECT_EQ(r.text(r.form().findText(u"overview.intro")),
              u"2022年，通過政府門戶網站共發布信息18篇。");
    EXPECT_TRUE(imported.notes.join(u'\n').contains(u"繁体字"))
        << imported.notes.join(u'\n').toStdString();
}

TEST(TextImport, TwoYearsSideBySideAreReadForTheReportsYearOrLeftEmpty) {
    // One block of columns per year.
    ImportedReport imported = import(
        u"某县统计局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
        u"第二十条第（一）项\n2022年 2023年\n"
        u"信息内容 本年制发件数 本年废止件数 现行有效件数 本年制发件数 本年废止件数 现行有效件数\n"
        u"规章 0 0 0 0 0 0\n行政规范性文件 4 1 20 2 0 22\n"
        u"第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 300 410\n"_s);
    EXPECT_EQ(imported.report.value(test::cell(u"t2.normative.issued")).displayText(), u"2");
    EXPECT_EQ(imported.report.value(test::cell(u"t2.normative.in_force")).displayText(), u"22");
    EXPECT_EQ(imported.report.value(test::cell(u"t2.licensing.decisions")).displayText(), u"410");
    EXPECT_TRUE(imported.notes.join(u'\n').contains(u"并列印了2022年和2023年的数值，按2023年读取"))
        << imported.notes.join(u'\n').toStdString();
    // Alternating columns, this year first.
    imported = import(u"某县统计局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                      u"第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n"
                      u"2023年 2022年 2023年 2022年 2023年 2022年\n"
                      u"规章 0 0 0 0 0 0\n行政规范性文件 2 4 0 1 22 20\n"_s);
    EXPECT_EQ(imported.report.value(test::cell(u"t2.normative.issued")).displayText(), u"2");
    EXPECT_EQ(imported.report.value(test::cell(u"t2.normative.repealed")).displayText(), u"0");
    EXPECT_EQ(imported.report.value(test::cell(u"t2.normative.in_force")).displayText(), u"22");
    // Without years in the header nothing tells which set is this year's: nothing is guessed.
    imported = import(u"某县统计局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                      u"第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n"
                      u"规章 0 0 0\n行政规范性文件 4 1 20 2 0 22\n"_s);
    EXPECT_EQ(imported.report.value(test::cell(u"t2.regulations.issued")).displayText(), u"0");
    EXPECT_TRUE(imported.report.value(test::cell(u"t2.normative.issued")).isEmpty());
    EXPECT_TRUE(imported.notes.join(u'\n').contains(u"印有两组数值"))
        << imported.notes.join(u'\n').toStdString();
}

TEST(TextImport, AGroupPrintedAsOneRowIsZeroInEachOfItsRowsOrLeftEmpty) {
    const auto text = [](const QString& figures) {
        return u"某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
               u"（五）不予处理 5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0\n"
               u"（六）其他处理 "_s +
               figures + u"\n（七）总计 4 0 0 0 0 0 4\n"_s;
    };
    ImportedReport imported = import(text(u"0 0 0 0 0 0 0"_s));
    for (const char16_t* id : {u"t3.other_1.natural", u"t3.other_2.total", u"t3.other_3.legal"})
        EXPECT_EQ(imported.report.value(test::cell(id)).displayText(), u"0")
            << QString::fromUtf16(id).toStdString();
    EXPECT_EQ(imported.report.value(test::cell(u"t3.result_total.total")).displayText(), u"4");
    // Two applications under 其他处理 cannot be given to one of its three rows.
    imported = import(text(u"2 0 0 0 0 0 2"_s));
    for (const char16_t* id : {u"t3.other_1.natural", u"t3.other_2.natural", u"t3.other_3.natural"})
        EXPECT_TRUE(imported.report.value(test::cell(id)).isEmpty())
            << QString::fromUtf16(id).toStdString();
    EXPECT_TRUE(imported.notes.join(u'\n').contains(u"无法分到3个子项"))
        << imported.notes.join(u'\n').toStdString();
    EXPECT_EQ(imported.report.value(test::cell(u"t3.result_total.total")).displayText(), u"4");
}

TEST(TextImport, TheBeiguanSampleReadsAllCellsAsZeroAndItsNarrative) {
    const auto path = test::sharedPath(u"samples/beiguan-keji-2024.txt"_s);
    if (!path)
        GTEST_SKIP() << "../shared is absent";
    const ImportedReport imported = import(QString::fromUtf8(test::readFile(*path)));
    EXPECT_TRUE(imported.complete) << imported.notes.join(u'\n').toStdString();
    const Report& r = imported.report;
    EXPECT_EQ(r.agency, u"北关区科学技术局");
    EXPECT_EQ(r.year, 2024);
    int zeros = 0;
    for (const CellDefinition& cell : r.form().cells())
        zeros += r.value(cell.ref).displayText() == u"0";
    EXPECT_EQ(zeros, 200);
    for (size_t i = 0; i < r.form().texts().size(); ++i) {
        if (!r.form().texts()[i].optional) {
            EXPECT_FALSE(r.text(int(i)).isEmpty()) << r.form().texts()[i].id.toStdString();
        }
    }
    EXPECT_TRUE(r.text(r.form().findText(u"other_matters")).startsWith(u"本年度，本机关未收取"));
    // It has no introduction: part 1 starts with 「（一）主动公开方面」.
    EXPECT_TRUE(r.text(r.form().findText(u"overview.intro")).isEmpty());
    EXPECT_TRUE(r.text(r.form().findText(u"overview.active")).startsWith(u"2024年我局"));
    EXPECT_EQ(Validator::countOf(Validator::check(r), Severity::Error), 0);
}

} // namespace

namespace {

ImportedReport importFixture(const QString& name) {
    return import(QString::fromUtf8(test::readFile(test::dataPath(u"import/"_s + name))));
}

QString shownValue(const Report& r, const char16_t* id) {
    return r.value(test::cell(id)).displayText();
}

// Pinyin in brackets inside labels, zero-width spaces and soft hyphens inside labels and
// numbers, full-width pipes, digits and dashes: all read as if they were not there.
TEST(TextImport, InjectedCharactersAreIgnored) {
    const ImportedReport imported = importFixture(u"injected-characters.txt"_s);
    const Report& r = imported.report;
    EXPECT_EQ(r.year, 2023);
    EXPECT_EQ(shownValue(r, u"t2.regulations.issued"), u"0");   // 「規(guī)章」
    EXPECT_EQ(shownValue(r, u"t2.normative.issued"), u"2");     // 「规范性(xìng)文件」, ２
    EXPECT_EQ(shownValue(r, u"t2.normative.in_force"), u"15");  // 1, zero-width space, 5
    EXPECT_EQ(shownValue(r, u"t2.licensing.decisions"), u"34"); // soft hyphens
    EXPECT_EQ(shownValue(r, u"t2.penalty.decisions"), u"7");
    EXPECT_EQ(r.value(test::cell(u"t2.coercion.decisions")).state, CellState::Dash); // 「—」
    EXPECT_EQ(shownValue(r, u"t2.fees.amount"), u"0.5");                             // ０．５
    const QString notes = imported.notes.join(u'\n');
    EXPECT_FALSE(notes.contains(u"规章")) << notes.toStdString();
    EXPECT_FALSE(notes.contains(u"行政许可")) << notes.toStdString();
}

// A row whose cells are each closed by 「|」 keeps the cells it has in their places when it
// ends early; the cells after them stay empty and the row is named. A last cell cut off by
// the end of the page without a space after it (「1」 may have been 「12」) is not taken.
TEST(TextImport, RowsCutShortKeepTheirCellsInPlace) {
    const ImportedReport imported = importFixture(u"rows-cut-short-pipes.txt"_s);
    const Report& r = imported.report;
    EXPECT_FALSE(imported.complete);
    EXPECT_EQ(shownValue(r, u"t2.normative.issued"), u"2");
    EXPECT_EQ(shownValue(r, u"t2.normative.repealed"), u"0");
    EXPECT_TRUE(r.value(test::cell(u"t2.normative.in_force")).isEmpty());
    EXPECT_EQ(shownValue(r, u"t3.carried_in.natural"), u"1");
    EXPECT_EQ(shownValue(r, u"t3.carried_in.other_org"), u"0");
    EXPECT_TRUE(r.value(test::cell(u"t3.carried_in.total")).isEmpty());
    EXPECT_EQ(shownValue(r, u"t3.granted.total"), u"6"); // the rows after stay in place
    EXPECT_EQ(shownValue(r, u"t3.denied_2.research"), u"0");
    EXPECT_TRUE(r.value(test::cell(u"t3.denied_2.nonprofit")).isEmpty()); // 「1」 cut off
    const QString notes = imported.notes.join(u'\n');
    EXPECT_TRUE(notes.contains(u"「行政规范性文件」：这一行只印出前2个单元格，其余1个留空"))
        << notes.toStdString();
    EXPECT_TRUE(notes.contains(u"「二、上年结转政府信息公开申请数量」：这一行只印出前6个单元格"))
        << notes.toStdString();
}

// A table printed one cell per line, its empty cells bare 「|」: cells keep their columns.
TEST(TextImport, OneCellPerLineWithBareSeparatorsKeepsEmptyCells) {
    const ImportedReport imported = importFixture(u"cell-per-line-bare-separators.txt"_s);
    const Report& r = imported.report;
    EXPECT_TRUE(r.value(test::cell(u"t2.regulations.issued")).isEmpty());
    EXPECT_TRUE(r.value(test::cell(u"t2.regulations.in_force")).isEmpty());
    EXPECT_EQ(shownValue(r, u"t2.normative.issued"), u"1");
    EXPECT_TRUE(r.value(test::cell(u"t2.normative.repealed")).isEmpty());
    EXPECT_EQ(shownValue(r, u"t2.normative.in_force"), u"6");
    EXPECT_TRUE(r.value(test::cell(u"t2.licensing.decisions")).isEmpty());
    EXPECT_EQ(shownValue(r, u"t2.penalty.decisions"), u"0");
    EXPECT_EQ(shownValue(r, u"t2.fees.amount"), u"0");
}

} // namespace

namespace {

bool recordsOldFormat(const Report& r) {
    for (const JsonMember& member : r.extraKeys) {
        if (member.key == u"publishedFormat")
            return member.value.text == u"2019";
    }
    return false;
}

// A 2021-format part 三 under a 2019-format part 二: part 二 (other columns) is not read, every
// value of part 三 is; the page is marked as using the old format (F1).
TEST(TextImport, MixedFormatsReadEachTableByItsOwnHeaders) {
    const ImportedReport imported = importFixture(u"mixed-2019-part2-2021-part3.txt"_s);
    const Report& r = imported.report;
    EXPECT_FALSE(imported.format2019);
    EXPECT_TRUE(imported.mixedFormats);
    EXPECT_FALSE(imported.complete);
    EXPECT_TRUE(recordsOldFormat(r));
    EXPECT_TRUE(r.value(test::cell(u"t2.normative.issued")).isEmpty()); // 2019 columns
    EXPECT_TRUE(r.value(test::cell(u"t2.licensing.decisions")).isEmpty());
    EXPECT_EQ(shownValue(r, u"t3.new.total"), u"4");
    EXPECT_EQ(shownValue(r, u"t3.granted.business"), u"1");
    EXPECT_EQ(shownValue(r, u"t3.other_1.natural"), u"0");
    EXPECT_EQ(shownValue(r, u"t3.carried_over.total"), u"0");
    const QString notes = imported.notes.join(u'\n');
    EXPECT_TRUE(notes.contains(
        u"2019年版与2021年版格式混用：第2部分「主动公开政府信息情况」（有「本年新制作数量」）"))
        << notes.toStdString();
    ASSERT_TRUE(publishedFormatFinding(r));
    EXPECT_EQ(publishedFormatFinding(r)->rule, u"F1");
}

// The reverse: a 2021 part 二 and the 2019 part 三 with its one-row （六）其他处理. Every value
// is kept (the rows are the same but for （六）, whose zeros are each of its rows) and F1 said.
TEST(TextImport, APart3InThe2019LayoutUnderA2021Part2KeepsEveryValueAndIsMarked) {
    const ImportedReport imported = importFixture(u"mixed-2021-part2-2019-part3.txt"_s);
    const Report& r = imported.report;
    EXPECT_FALSE(imported.format2019);
    EXPECT_TRUE(imported.mixedFormats);
    EXPECT_TRUE(recordsOldFormat(r));
    EXPECT_EQ(shownValue(r, u"t2.normative.in_force"), u"9");
    EXPECT_EQ(shownValue(r, u"t2.penalty.decisions"), u"6");
    EXPECT_EQ(shownValue(r, u"t3.new.total"), u"4");
    EXPECT_EQ(shownValue(r, u"t3.other_2.total"), u"0");
    EXPECT_TRUE(imported.notes.join(u'\n').contains(u"是2019年版表格的格式"));
}

// A page entirely in the 2019 format is marked too; a clean 2021 page is not.
TEST(TextImport, TheOldFormatIsRecordedOnlyWhenUsed) {
    EXPECT_FALSE(recordsOldFormat(importFixture(u"rows-cut-short-pipes.txt"_s).report));
    EXPECT_FALSE(recordsOldFormat(importFixture(u"injected-characters.txt"_s).report));
}

// Every row's label followed by a long run of blank lines and bare separators: each row reads
// a bounded stretch of it, never the rest of the text (no hang on hostile input).
TEST(TextImport, RunsOfBlankLinesAfterLabelsAreReadInBoundedSteps) {
    QString text = u"某县统计局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"_s;
    for (const char16_t* label : {u"规章", u"行政规范性文件", u"行政许可", u"行政处罚"}) {
        text += QString::fromUtf16(label) + u" |\n"_s;
        text += QString(200000, u'\n');
        text += u"|\n"_s.repeated(3);
    }
    QString error;
    const auto imported = importReportText(text, form(), &error);
    ASSERT_TRUE(imported) << error.toStdString();
    EXPECT_TRUE(imported->report.value(test::cell(u"t2.licensing.decisions")).isEmpty());
}

} // namespace
