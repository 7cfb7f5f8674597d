#include "model/editing/reportdocument.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>

#include <set>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

Report busy() {
    return test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
}

int number(const ReportDocument& d, const char16_t* id) {
    const CellValue& v = d.report().value(test::cell(id));
    return v.isNumber() ? static_cast<int>(*v.number.toInteger()) : -1;
}

TEST(ReportDocument, TotalsFollowTheirComponentsInOneUndoStep) {
    ReportDocument doc(busy());
    EXPECT_TRUE(doc.findings().empty());
    doc.setCellValue(test::cell(u"t3.granted.natural"), CellValue::of(17)); // was 15
    EXPECT_EQ(number(doc, u"t3.granted.total"), 24);
    EXPECT_EQ(number(doc, u"t3.result_total.natural"), 40);
    EXPECT_EQ(number(doc, u"t3.result_total.total"), 54);
    // The balance no longer holds (R1 for 自然人 and 总计), and nothing else broke.
    ASSERT_EQ(doc.count(Severity::Error), 2);
    EXPECT_EQ(doc.findings()[0].rule, u"R1"_s);
    EXPECT_EQ(doc.severityOf(test::cell(u"t3.new.natural")), Severity::Error);
    EXPECT_FALSE(doc.severityOf(test::cell(u"t3.new.business")));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    EXPECT_EQ(number(doc, u"t3.granted.natural"), 15);
    EXPECT_EQ(number(doc, u"t3.granted.total"), 22);
    EXPECT_EQ(number(doc, u"t3.result_total.total"), 52);
    EXPECT_TRUE(doc.findings().empty());
    doc.undoStack()->redo();
    EXPECT_EQ(number(doc, u"t3.result_total.total"), 54);
}

TEST(ReportDocument, TotalsAreComputedNotTyped) {
    ReportDocument doc(busy());
    for (const char16_t* id :
         {u"t3.new.total", u"t3.result_total.natural", u"t3.result_total.total", u"t4.review.total",
          u"t4.suit_after_review.total"})
        EXPECT_TRUE(doc.isComputedTotal(test::cell(id))) << QString::fromUtf16(id).toStdString();
    for (const char16_t* id :
         {u"t3.new.natural", u"t3.carried_over.natural", u"t2.normative.in_force"})
        EXPECT_FALSE(doc.isComputedTotal(test::cell(id))) << QString::fromUtf16(id).toStdString();
}

TEST(ReportDocument, ImportedWrongTotalsStayUntilRecomputed) {
    Report imported = busy();
    imported.setValue(test::cell(u"t4.review.total"), CellValue::of(0)); // printed wrong
    ReportDocument doc(imported);
    EXPECT_EQ(number(doc, u"t4.review.total"), 0);
    ASSERT_EQ(doc.count(Severity::Error), 1);
    EXPECT_EQ(doc.findings()[0].rule, u"R4"_s);
    doc.recomputeTotals();
    EXPECT_EQ(number(doc, u"t4.review.total"), 5);
    EXPECT_EQ(doc.count(Severity::Error), 0);
    doc.undoStack()->undo();
    EXPECT_EQ(number(doc, u"t4.review.total"), 0);
}

TEST(ReportDocument, FillEmptyWithZeroIsOneStepAndKeepsWhatWasTyped) {
    Report r(FormDefinition::builtIn(FormDefinition::defaultFormId()));
    r.agency = u"某乡"_s;
    r.year = 2024;
    r.setValue(test::cell(u"t3.new.natural"), CellValue::of(2));
    ReportDocument doc(r);
    const int t3 = doc.form().findTable(u"t3");
    doc.fillEmptyWithZero(t3);
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(number(doc, u"t3.new.natural"), 2);
    EXPECT_EQ(number(doc, u"t3.new.total"), 2);
    EXPECT_EQ(number(doc, u"t3.denied_8.legal"), 0);
    EXPECT_EQ(number(doc, u"t3.result_total.total"), 0);
    EXPECT_TRUE(doc.report().value(test::cell(u"t4.review.upheld")).isEmpty()); // other table
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.report().value(test::cell(u"t3.denied_8.legal")).isEmpty());
    EXPECT_TRUE(doc.report().value(test::cell(u"t3.new.total")).isEmpty());
}

TEST(ReportDocument, SignalsNameWhatChanged) {
    ReportDocument doc(busy());
    QSignalSpy cells(&doc, &ReportDocument::cellsChanged);
    QSignalSpy findings(&doc, &ReportDocument::findingsChanged);
    QSignalSpy text(&doc, &ReportDocument::textChanged);
    doc.setCellValue(test::cell(u"t4.review.upheld"), CellValue::of(4));
    ASSERT_EQ(cells.count(), 1);
    const auto changed = cells.at(0).at(0).value<std::vector<CellRef>>();
    EXPECT_EQ(changed.size(), 2u); // the cell and its total
    EXPECT_EQ(findings.count(), 1);
    doc.setText(2, u"新文字"_s);
    doc.setText(2, u"新文字。"_s);
    EXPECT_EQ(text.count(), 2);
    EXPECT_EQ(doc.undoStack()->count(), 2); // typing in one text merges
}

TEST(ReportDocument, ReadOnlyRefusesEveryEdit) {
    ReportDocument doc(busy());
    doc.setReadOnly(true);
    doc.setCellValue(test::cell(u"t4.review.upheld"), CellValue::of(4));
    doc.setText(2, u"x"_s);
    doc.setMetadata(u"别的局"_s, 2024, AgencyLevel::Township);
    doc.fillEmptyWithZero(0);
    EXPECT_EQ(doc.undoStack()->count(), 0);
    EXPECT_EQ(number(doc, u"t4.review.upheld"), 3);
}

TEST(ReportDocument, AcknowledgedWarningsNoLongerMarkTheirCells) {
    Report r = busy();
    r.setValue(test::cell(u"t2.fees.amount"), CellValue::of(25100));
    ReportDocument doc(r);
    ASSERT_EQ(doc.count(Severity::Warning), 1);
    EXPECT_EQ(doc.severityOf(test::cell(u"t2.fees.amount")), Severity::Warning);
    QSignalSpy acknowledged(&doc, &ReportDocument::acknowledged);
    doc.acknowledge(doc.findings()[0], u"确为 2.51 亿元"_s);
    EXPECT_EQ(acknowledged.count(), 1);
    EXPECT_FALSE(doc.severityOf(test::cell(u"t2.fees.amount")));
    EXPECT_TRUE(doc.isAcknowledged(doc.findings()[0]));
    EXPECT_EQ(doc.acknowledgement(doc.findings()[0]), u"确为 2.51 亿元"_s);
}

} // namespace

#include "model/editing/findingsmodel.h"

#include <QAbstractItemModelTester>

namespace {

TEST(IssueModels, PassTheModelTesterThroughEdits) {
    ReportDocument doc(busy());
    FindingsModel findings(&doc);
    NavigatorModel navigator(&doc);
    QAbstractItemModelTester a(&findings, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester b(&navigator, QAbstractItemModelTester::FailureReportingMode::Fatal);
    doc.setCellValue(test::cell(u"t3.new.natural"), CellValue::of(40));
    ASSERT_EQ(findings.rowCount(), 3);
    EXPECT_EQ(findings.index(0, FindingsModel::PlaceColumn).data().toString(),
              u"本年新收·自然人、上年结转·自然人 and 2 more"_s);
    EXPECT_FALSE(
        findings.index(0, FindingsModel::SeverityColumn).data(Qt::DecorationRole).isNull());
    EXPECT_EQ(navigator.index(3).data(NavigatorModel::ErrorsRole).toInt(), 2);
    EXPECT_EQ(navigator.index(1).data(NavigatorModel::WarningsRole).toInt(), 1); // N1 in part 1
    doc.undoStack()->undo();
    EXPECT_EQ(findings.rowCount(), 0);
    EXPECT_EQ(navigator.index(3).data(NavigatorModel::ErrorsRole).toInt(), 0);
}

} // namespace

namespace {

// A keystroke that leaves a finding as it was must not repaint its row (the issues panel's
// Chinese text was most of a keystroke's cost); one that changes it, or its acknowledgement,
// must.
TEST(IssueModels, OnlyRowsWhoseFindingChangedAreSignalled) {
    ReportDocument doc(busy());
    FindingsModel findings(&doc);
    doc.setCellValue(test::cell(u"t3.new.natural"), CellValue::of(40));
    ASSERT_EQ(findings.rowCount(), 3);
    QSignalSpy changed(&findings, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&findings, &QAbstractItemModel::modelReset);
    // A text that adds no narrative finding: the same findings, nothing signalled.
    doc.setText(doc.form().findText(u"other_matters"), u"无。"_s);
    EXPECT_EQ(findings.rowCount(), 3);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(reset.count(), 0);
    // Another wrong number: the findings that quote it are signalled.
    doc.setCellValue(test::cell(u"t3.new.natural"), CellValue::of(41));
    ASSERT_EQ(findings.rowCount(), 3);
    EXPECT_EQ(reset.count(), 0);
    std::set<int> rows;
    for (const QList<QVariant>& signal : changed)
        rows.insert(signal.at(0).toModelIndex().row());
    EXPECT_GE(rows.size(), 1u);
    // Acknowledging the warning changes its row only.
    changed.clear();
    int warning = -1;
    for (int row = 0; row < findings.rowCount(); ++row) {
        if (findings.findingAt(row)->severity == Severity::Warning)
            warning = row;
    }
    ASSERT_GE(warning, 0);
    doc.acknowledge(*findings.findingAt(warning), u"另有说明"_s);
    ASSERT_EQ(changed.count(), FindingsModel::ColumnCount); // each index of the row alone
    for (const QList<QVariant>& signal : changed) {
        EXPECT_EQ(signal.at(0).toModelIndex().row(), warning);
        EXPECT_EQ(signal.at(0).toModelIndex(), signal.at(1).toModelIndex());
    }
}

} // namespace
