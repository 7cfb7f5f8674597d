#include "model/core/formdefinition.h"
#include "model/core/report.h"
#include "model/core/validator.h"
#include "tests/support/testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const FormDefinition> form2021() {
    return FormDefinition::builtIn(FormDefinition::defaultFormId());
}

const QStringList kT3Columns = {u"natural"_s, u"business"_s,  u"research"_s, u"nonprofit"_s,
                                u"legal"_s,   u"other_org"_s, u"total"_s};

// The spec's rows of t3 with their official labels, character for character.
const std::vector<std::pair<QString, QString>> kT3Rows = {
    {u"new"_s, u"一、本年新收政府信息公开申请数量"_s},
    {u"carried_in"_s, u"二、上年结转政府信息公开申请数量"_s},
    {u"granted"_s, u"（一）予以公开"_s},
    {u"partial"_s, u"（二）部分公开（区分处理的，只计这一情形，不计其他情形）"_s},
    {u"denied_1"_s, u"1.属于国家秘密"_s},
    {u"denied_2"_s, u"2.其他法律行政法规禁止公开"_s},
    {u"denied_3"_s, u"3.危及“三安全一稳定”"_s},
    {u"denied_4"_s, u"4.保护第三方合法权益"_s},
    {u"denied_5"_s, u"5.属于三类内部事务信息"_s},
    {u"denied_6"_s, u"6.属于四类过程性信息"_s},
    {u"denied_7"_s, u"7.属于行政执法案卷"_s},
    {u"denied_8"_s, u"8.属于行政查询事项"_s},
    {u"unable_1"_s, u"1.本机关不掌握相关政府信息"_s},
    {u"unable_2"_s, u"2.没有现成信息需要另行制作"_s},
    {u"unable_3"_s, u"3.补正后申请内容仍不明确"_s},
    {u"rejected_1"_s, u"1.信访举报投诉类申请"_s},
    {u"rejected_2"_s, u"2.重复申请"_s},
    {u"rejected_3"_s, u"3.要求提供公开出版物"_s},
    {u"rejected_4"_s, u"4.无正当理由大量反复申请"_s},
    {u"rejected_5"_s, u"5.要求行政机关确认或重新出具已获取信息"_s},
    {u"other_1"_s, u"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"_s},
    {u"other_2"_s, u"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"_s},
    {u"other_3"_s, u"3.其他"_s},
    {u"result_total"_s, u"（七）总计"_s},
    {u"carried_over"_s, u"四、结转下年度继续办理"_s},
};

QStringList specCellIds() {
    QStringList ids = {u"t2.regulations.issued"_s,   u"t2.regulations.repealed"_s,
                       u"t2.regulations.in_force"_s, u"t2.normative.issued"_s,
                       u"t2.normative.repealed"_s,   u"t2.normative.in_force"_s,
                       u"t2.licensing.decisions"_s,  u"t2.penalty.decisions"_s,
                       u"t2.coercion.decisions"_s,   u"t2.fees.amount"_s};
    for (const auto& [row, label] : kT3Rows) {
        for (const QString& column : kT3Columns)
            ids << u"t3."_s + row + u'.' + column;
    }
    for (const char16_t* group : {u"review", u"suit_direct", u"suit_after_review"}) {
        for (const char16_t* column : {u"upheld", u"corrected", u"other", u"pending", u"total"})
            ids << u"t4."_s + QString::fromUtf16(group) + u'.' + QString::fromUtf16(column);
    }
    return ids;
}

const GridCell* findGrid(const TableSection& section, const QString& text,
                         GridCell::Kind kind = GridCell::Kind::ColumnHeader) {
    for (const GridCell& g : section.grid) {
        if (g.text == text && g.kind == kind)
            return &g;
    }
    return nullptr;
}

TEST(FormDefinition, HasExactlyTheSpecsTwoHundredCells) {
    const auto form = form2021();
    const QStringList ids = specCellIds();
    ASSERT_EQ(ids.size(), 200);
    ASSERT_EQ(form->cells().size(), 200u);
    for (const QString& id : ids) {
        const auto ref = form->findCell(id);
        ASSERT_TRUE(ref) << id.toStdString();
        EXPECT_EQ(form->cell(*ref).id, id);
        const bool amount = id == u"t2.fees.amount";
        EXPECT_EQ(form->cell(*ref).kind, amount ? CellKind::Amount : CellKind::Count)
            << id.toStdString();
        const bool total = id.endsWith(u".total") || id.startsWith(u"t3.result_total.");
        EXPECT_EQ(form->cell(*ref).isTotal, total) << id.toStdString();
        EXPECT_EQ(form->cell(*ref).notApplicableAllowed, id.startsWith(u"t2.regulations."))
            << id.toStdString();
    }
    EXPECT_FALSE(form->findCell(u"t3.new.nobody"));
}

TEST(FormDefinition, LabelsAreTheOfficialOnes) {
    const auto form = form2021();
    const TableDefinition& t3 = form->tables()[form->findTable(u"t3")];
    ASSERT_EQ(t3.rows.size(), kT3Rows.size());
    for (size_t i = 0; i < kT3Rows.size(); ++i) {
        EXPECT_EQ(t3.rows[i].key, kT3Rows[i].first);
        EXPECT_EQ(t3.rows[i].label, kT3Rows[i].second);
    }
    QStringList columnLabels;
    for (const auto& c : t3.columns)
        columnLabels << c.label;
    EXPECT_EQ(columnLabels,
              QStringList({u"自然人"_s, u"商业企业"_s, u"科研机构"_s, u"社会公益组织"_s,
                           u"法律服务机构"_s, u"其他"_s, u"总计"_s}));
    const TableDefinition& t2 = form->tables()[form->findTable(u"t2")];
    QStringList t2Rows;
    for (const auto& r : t2.rows)
        t2Rows << r.label;
    EXPECT_EQ(t2Rows, QStringList({u"规章"_s, u"行政规范性文件"_s, u"行政许可"_s, u"行政处罚"_s,
                                   u"行政强制"_s, u"行政事业性收费"_s}));
    EXPECT_EQ(t2.columns.back().label, u"本年收费金额（单位：万元）"_s);
    const TableDefinition& t4 = form->tables()[form->findTable(u"t4")];
    EXPECT_EQ(t4.rows[0].label, u"行政复议"_s);
    EXPECT_EQ(t4.rows[1].label, u"未经复议直接起诉"_s);
    EXPECT_EQ(t4.rows[2].label, u"复议后起诉"_s);
    QStringList headings;
    for (const auto& p : form->parts())
        headings << p.heading;
    EXPECT_EQ(headings,
              QStringList({u"一、总体情况"_s, u"二、主动公开政府信息情况"_s,
                           u"三、收到和处理政府信息公开申请情况"_s,
                           u"四、政府信息公开行政复议、行政诉讼情况"_s,
                           u"五、存在的主要问题及改进情况"_s, u"六、其他需要报告的事项"_s}));
    EXPECT_EQ(form->reportTitle(u"北关区科学技术局"_s, 2024),
              u"北关区科学技术局2024年政府信息公开工作年度报告"_s);
}

TEST(FormDefinition, T3HeaderSpansAreThePaperForms) {
    const auto form = form2021();
    const TableDefinition& t3 = form->tables()[form->findTable(u"t3")];
    ASSERT_EQ(t3.sections.size(), 1u);
    const TableSection& s = t3.sections[0];
    EXPECT_EQ(t3.gridColumns, 10); // three label levels and seven figures
    EXPECT_EQ(s.headerRows, 3);
    EXPECT_EQ(s.labelColumns, 3);
    EXPECT_EQ(s.rowCount, 3 + 25);
    const GridCell* corner =
        findGrid(s, u"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"_s,
                 GridCell::Kind::Corner);
    ASSERT_TRUE(corner);
    EXPECT_EQ(std::tuple(corner->row, corner->column, corner->rowSpan, corner->columnSpan),
              std::tuple(0, 0, 3, 3));
    auto spans = [&](const QString& text, GridCell::Kind kind) {
        const GridCell* g = findGrid(s, text, kind);
        EXPECT_TRUE(g) << text.toStdString();
        return g ? std::tuple(g->row, g->column, g->rowSpan, g->columnSpan)
                 : std::tuple(-1, -1, -1, -1);
    };
    using K = GridCell::Kind;
    EXPECT_EQ(spans(u"申请人情况"_s, K::ColumnHeader), std::tuple(0, 3, 1, 7));
    EXPECT_EQ(spans(u"自然人"_s, K::ColumnHeader), std::tuple(1, 3, 2, 1));
    EXPECT_EQ(spans(u"法人或其他组织"_s, K::ColumnHeader), std::tuple(1, 4, 1, 5));
    EXPECT_EQ(spans(u"商业企业"_s, K::ColumnHeader), std::tuple(2, 4, 1, 1));
    EXPECT_EQ(spans(u"总计"_s, K::ColumnHeader), std::tuple(1, 9, 2, 1));
    EXPECT_EQ(spans(u"一、本年新收政府信息公开申请数量"_s, K::RowHeader), std::tuple(3, 0, 1, 3));
    EXPECT_EQ(spans(u"三、本年度办理结果"_s, K::RowHeader), std::tuple(5, 0, 22, 1));
    EXPECT_EQ(spans(u"（一）予以公开"_s, K::RowHeader), std::tuple(5, 1, 1, 2));
    EXPECT_EQ(spans(u"（三）不予公开"_s, K::RowHeader), std::tuple(7, 1, 8, 1));
    EXPECT_EQ(spans(u"1.属于国家秘密"_s, K::RowHeader), std::tuple(7, 2, 1, 1));
    EXPECT_EQ(spans(u"（六）其他处理"_s, K::RowHeader), std::tuple(23, 1, 3, 1));
    EXPECT_EQ(spans(u"（七）总计"_s, K::RowHeader), std::tuple(26, 1, 1, 2));
    EXPECT_EQ(spans(u"四、结转下年度继续办理"_s, K::RowHeader), std::tuple(27, 0, 1, 3));
}

TEST(FormDefinition, T4AndT2HeaderSpans) {
    const auto form = form2021();
    const TableDefinition& t4 = form->tables()[form->findTable(u"t4")];
    const TableSection& s = t4.sections[0];
    EXPECT_EQ(s.labelColumns, 0);
    EXPECT_EQ(s.headerRows, 3);
    EXPECT_EQ(t4.gridColumns, 15);
    const GridCell* review = findGrid(s, u"行政复议"_s);
    ASSERT_TRUE(review);
    EXPECT_EQ(std::tuple(review->row, review->column, review->rowSpan, review->columnSpan),
              std::tuple(0, 0, 1, 5));
    const GridCell* suits = findGrid(s, u"行政诉讼"_s);
    ASSERT_TRUE(suits);
    EXPECT_EQ(std::tuple(suits->row, suits->column, suits->columnSpan), std::tuple(0, 5, 10));
    const GridCell* direct = findGrid(s, u"未经复议直接起诉"_s);
    ASSERT_TRUE(direct);
    EXPECT_EQ(std::tuple(direct->row, direct->column, direct->columnSpan), std::tuple(1, 5, 5));
    // 行政复议's own labels stand two rows high, level with the litigation groups' labels.
    int reviewLeafRowSpan = 0;
    for (const GridCell& g : s.grid) {
        if (g.kind == GridCell::Kind::ColumnHeader && g.text == u"结果维持" && g.column == 0)
            reviewLeafRowSpan = g.rowSpan;
    }
    EXPECT_EQ(reviewLeafRowSpan, 2);

    const TableDefinition& t2 = form->tables()[form->findTable(u"t2")];
    ASSERT_EQ(t2.sections.size(), 4u);
    EXPECT_EQ(t2.gridColumns, 4);
    EXPECT_EQ(t2.sections[0].heading, u"第二十条第（一）项"_s);
    const GridCell* licensing = nullptr;
    for (const GridCell& g : t2.sections[1].grid) {
        if (g.kind == GridCell::Kind::Value)
            licensing = &g;
    }
    ASSERT_TRUE(licensing);
    EXPECT_EQ(form->cell(licensing->cell).id, u"t2.licensing.decisions"_s);
    EXPECT_EQ(licensing->columnSpan, 3); // one figure spans the width of three
}

TEST(FormDefinition, HasTheFortyTwoArithmeticEquations) {
    const auto form = form2021();
    std::map<QString, int> count;
    for (const Equation& eq : form->equations())
        ++count[eq.rule];
    EXPECT_EQ(count[u"R1"_s], 7);
    EXPECT_EQ(count[u"R2"_s], 7);
    EXPECT_EQ(count[u"R3"_s], 25);
    EXPECT_EQ(count[u"R4"_s], 3);
    EXPECT_EQ(count[u"X1"_s], 7);
    EXPECT_EQ(count[u"X2"_s], 2);
    EXPECT_EQ(count[u"T2a"_s], 2);
}

QByteArray builtInJson() {
    return test::readFile(QString::fromUtf8(NIANBAO_SOURCE_DIR) +
                          u"/resources/forms/gov-disclosure-2021.json"_s);
}

struct BadDefinition {
    const char* name;
    QByteArray from;
    QByteArray to;
    const char* expected;
};

TEST(FormDefinition, MalformedDefinitionsAreRejectedPrecisely) {
    const QByteArray good = builtInJson();
    QString error;
    ASSERT_TRUE(FormDefinition::fromJson(good, &error)) << error.toStdString();
    const BadDefinition cases[] = {
        {"schema", "\"nianbao-form/1\"", "\"nianbao-form/9\"", "unsupported"},
        {"unknown table in a part", "\"table\": \"t3\"\n  }", "\"table\": \"t9\"\n  }",
         "parts[2].table: unknown table \"t9\""},
        {"unknown text in a part", "\"overview.platform\",\n    \"overview.oversight\"\n",
         "\"overview.nowhere\",\n    \"overview.oversight\"\n",
         "unknown text \"overview.nowhere\""},
        {"rule term", "\"previous:carried_over\"", "\"previous:carried_away\"",
         "unknown key \"carried_away\""},
        {"rule severity", "\"severity\": \"error\"", "\"severity\": \"fatal\"",
         "rules[0].severity"},
        {"fact cell", "\"t3.new.total\"\n  ]", "\"t3.new.everyone\"\n  ]",
         "facts.requestsNew: unknown cell \"t3.new.everyone\""},
        {"fact name", "\"requestsNew\"", "\"requestsNu\"", "unknown fact \"requestsNu\""},
        {"duplicate cell", "\"key\": \"penalty\"", "\"key\": \"licensing\"", "defined twice"},
        {"cell kind", "\"kind\": \"amount\"", "\"kind\": \"money\"",
         "must be \"count\" or \"amount\""},
        {"truncated", "\"facts\"", "", "not valid JSON"},
    };
    for (const BadDefinition& c : cases) {
        QByteArray json = good;
        if (c.to.isEmpty()) {
            json.truncate(json.indexOf(c.from));
        } else {
            ASSERT_TRUE(json.contains(c.from)) << c.name;
            json.replace(json.indexOf(c.from), c.from.size(), c.to);
        }
        error.clear();
        EXPECT_FALSE(FormDefinition::fromJson(json, &error)) << c.name;
        EXPECT_TRUE(error.contains(QString::fromUtf8(c.expected)))
            << c.name << ": " << error.toStdString();
    }
}

// A future format is a new definition file: a small form with one table and one rule is
// laid out and checked by the same code, with nothing of the 2021 form hard-wired.
TEST(FormDefinition, ADifferentDefinitionDrivesLayoutAndRules) {
    const QByteArray json = R"({
      "schema": "nianbao-form/1", "id": "test-form", "title": "{agency}{year}年测试表",
      "texts": [{"id": "summary", "label": "概述"}],
      "parts": [{"heading": "一、概述", "texts": ["summary"]}, {"heading": "二、收支", "table": "m"}],
      "tables": [{"id": "m", "sections": [{"corner": "项目",
        "columns": [{"label": "季度", "children": [{"key": "q1", "label": "一季度"}, {"key": "q2", "label": "二季度"},
                    {"key": "sum", "label": "合计", "total": true}]}],
        "rows": [{"key": "in", "label": "收入"}, {"key": "out", "label": "支出"}]}]}],
      "rules": [{"id": "M1", "severity": "error", "table": "m", "each": "row", "scope": "{row}行",
                 "left": ["sum"], "right": ["q1", "q2"]}]
    })";
    QString error;
    const auto form = FormDefinition::fromJson(json, &error);
    ASSERT_TRUE(form) << error.toStdString();
    EXPECT_EQ(form->cells().size(), 6u);
    const TableSection& s = form->tables()[0].sections[0];
    EXPECT_EQ(s.headerRows, 2);
    EXPECT_EQ(s.labelColumns, 1);
    const GridCell* quarter = findGrid(s, u"季度"_s);
    ASSERT_TRUE(quarter);
    EXPECT_EQ(quarter->columnSpan, 3);
    EXPECT_EQ(form->parts()[1].table, 0);

    Report report(form);
    report.agency = u"测试"_s;
    report.year = 2024;
    report.setValue(*form->findCell(u"m.in.q1"), CellValue::of(2));
    report.setValue(*form->findCell(u"m.in.q2"), CellValue::of(3));
    report.setValue(*form->findCell(u"m.in.sum"), CellValue::of(6));
    report.setValue(*form->findCell(u"m.out.q1"), CellValue::of(1));
    report.setValue(*form->findCell(u"m.out.q2"), CellValue::of(1));
    report.setValue(*form->findCell(u"m.out.sum"), CellValue::of(2));
    report.setText(0, u"本年收入五件。"_s);
    const auto findings = Validator::check(report);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, u"M1"_s);
    EXPECT_EQ(findings[0].message, u"收入行：合计 6，但一季度 2 ＋ 二季度 3 ＝ 5，相差 1"_s);
}

} // namespace
