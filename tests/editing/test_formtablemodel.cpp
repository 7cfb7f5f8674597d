#include "model/editing/formtablemodel.h"
#include "model/editing/reportdocument.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

Report busy() {
    return test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
}

TEST(FormTableModel, PassesTheModelTesterForEveryTable) {
    ReportDocument doc(busy());
    for (size_t t = 0; t < doc.form().tables().size(); ++t) {
        FormTableModel model(&doc, static_cast<int>(t));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        doc.setCellValue(test::cell(u"t4.review.upheld"), CellValue::of(static_cast<qint64>(t)));
    }
}

TEST(FormTableModel, EveryCellOfTheDefinitionHasOnePlaceInItsTable) {
    ReportDocument doc(busy());
    int placed = 0;
    for (size_t t = 0; t < doc.form().tables().size(); ++t) {
        FormTableModel model(&doc, static_cast<int>(t));
        for (CellRef ref : doc.form().tables()[t].cells) {
            const QModelIndex i = model.indexOf(ref);
            ASSERT_TRUE(i.isValid());
            EXPECT_EQ(model.cellAt(i), ref);
            EXPECT_EQ(i.data().toString(), doc.report().value(ref).displayText());
            ++placed;
        }
    }
    EXPECT_EQ(placed, 200);
}

TEST(FormTableModel, LaysOutTheOfficialHeaders) {
    ReportDocument doc(busy());
    FormTableModel t3(&doc, doc.form().findTable(u"t3"));
    EXPECT_EQ(t3.rowCount(), 28);
    EXPECT_EQ(t3.columnCount(), 10);
    EXPECT_TRUE(t3.index(0, 0).data().toString().startsWith(u"（本列数据的勾稽关系为"_s));
    EXPECT_EQ(t3.index(0, 3).data().toString(), u"申请人情况"_s);
    EXPECT_EQ(t3.index(5, 0).data().toString(), u"三、本年度办理结果"_s);
    EXPECT_EQ(t3.index(3, 3).data().toString(), u"38"_s); // 本年新收·自然人
    bool cornerSpan = false;
    for (const auto& s : t3.spans())
        cornerSpan =
            cornerSpan || (s.row == 0 && s.column == 0 && s.rowSpan == 3 && s.columnSpan == 3);
    EXPECT_TRUE(cornerSpan);
    FormTableModel t2(&doc, doc.form().findTable(u"t2"));
    EXPECT_EQ(t2.index(0, 0).data().toString(), u"第二十条第（一）项"_s);
    EXPECT_EQ(t2.rowCount(), 4 + 3 + 4 + 3);
}

TEST(FormTableModel, TotalsAreReadOnlyAndHeadersNotSelectable) {
    ReportDocument doc(busy());
    FormTableModel t3(&doc, doc.form().findTable(u"t3"));
    const QModelIndex total = t3.indexOf(test::cell(u"t3.new.total"));
    EXPECT_FALSE(t3.flags(total) & Qt::ItemIsEditable);
    EXPECT_TRUE(t3.data(total, FormTableModel::IsTotalRole).toBool());
    EXPECT_TRUE(t3.flags(t3.indexOf(test::cell(u"t3.new.natural"))) & Qt::ItemIsEditable);
    EXPECT_FALSE(t3.flags(t3.index(0, 0)) & Qt::ItemIsSelectable);
    EXPECT_FALSE(t3.setData(total, u"5"_s));
}

TEST(FormTableModel, TypingGoesThroughTheDocumentAndBadInputIsReported) {
    ReportDocument doc(busy());
    FormTableModel t3(&doc, doc.form().findTable(u"t3"));
    QSignalSpy refused(&t3, &FormTableModel::inputRefused);
    QSignalSpy changed(&t3, &QAbstractItemModel::dataChanged);
    const QModelIndex natural = t3.indexOf(test::cell(u"t3.new.natural"));
    EXPECT_TRUE(t3.setData(natural, u"４０"_s));
    EXPECT_EQ(natural.data().toString(), u"40"_s);
    EXPECT_EQ(t3.indexOf(test::cell(u"t3.new.total")).data().toString(), u"55"_s);
    EXPECT_GE(changed.count(), 2);
    EXPECT_EQ(natural.data(FormTableModel::SeverityRole).toInt(),
              static_cast<int>(Severity::Error));
    EXPECT_TRUE(natural.data(Qt::ToolTipRole).toString().contains(u"R1"_s));
    EXPECT_FALSE(t3.setData(natural, u"4.5"_s));
    ASSERT_EQ(refused.count(), 1);
    EXPECT_EQ(natural.data().toString(), u"40"_s);
}

TEST(FormTableModel, PastesABlockAsOneStepOrRefusesItWhole) {
    Report r(FormDefinition::builtIn(FormDefinition::defaultFormId()));
    r.agency = u"某局"_s;
    r.year = 2024;
    ReportDocument doc(r);
    FormTableModel t3(&doc, doc.form().findTable(u"t3"));
    const QModelIndex at = t3.indexOf(test::cell(u"t3.new.natural"));
    QString error;
    // 3 rows × 4 columns, as Excel puts it on the clipboard (CRLF, trailing newline).
    ASSERT_TRUE(t3.paste(at, u"1\t2\t0\t0\r\n3\t0\t0\t1\r\n4\t2\t0\t1\r\n"_s, &error))
        << error.toStdString();
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(t3.indexOf(test::cell(u"t3.new.total")).data().toString(), u"3"_s);
    EXPECT_EQ(t3.indexOf(test::cell(u"t3.carried_in.nonprofit")).data().toString(), u"1"_s);
    EXPECT_EQ(t3.indexOf(test::cell(u"t3.granted.business")).data().toString(), u"2"_s);
    const auto before = doc.report();
    EXPECT_FALSE(t3.paste(at, u"1\t2\n3\tx\n"_s, &error));
    EXPECT_TRUE(error.contains(u"row 2, column 2"_s)) << error.toStdString();
    EXPECT_FALSE(t3.paste(t3.indexOf(test::cell(u"t3.new.legal")), u"1\t2\t3\t4\t5\n"_s, &error));
    EXPECT_TRUE(error.contains(u"does not fit"_s)) << error.toStdString();
    EXPECT_TRUE(doc.report() == before);
    EXPECT_EQ(doc.undoStack()->count(), 1);
}

// What is pasted from a web page or a PDF goes through the same normal form as typing:
// full-width digits, no-break and ideographic spaces, zero-width spaces and soft hyphens.
TEST(FormTableModel, PastedTextIsNormalisedLikeTypedText) {
    Report r(FormDefinition::builtIn(FormDefinition::defaultFormId()));
    r.agency = u"某局"_s;
    r.year = 2024;
    ReportDocument doc(r);
    FormTableModel t3(&doc, doc.form().findTable(u"t3"));
    QString error;
    ASSERT_TRUE(t3.paste(t3.indexOf(test::cell(u"t3.new.natural")),
                         u"１２\t\u00A03\u3000\t1\u200B5\t2\u00AD0\n"_s, &error))
        << error.toStdString();
    EXPECT_EQ(t3.indexOf(test::cell(u"t3.new.natural")).data().toString(), u"12"_s);
    EXPECT_EQ(t3.indexOf(test::cell(u"t3.new.business")).data().toString(), u"3"_s);
    EXPECT_EQ(t3.indexOf(test::cell(u"t3.new.research")).data().toString(), u"15"_s);
    EXPECT_EQ(t3.indexOf(test::cell(u"t3.new.nonprofit")).data().toString(), u"20"_s);
    // Every dash is the same dash: refused as a negative number, whichever was pasted.
    EXPECT_FALSE(t3.paste(t3.indexOf(test::cell(u"t3.new.natural")), u"—1\n"_s, &error));
    EXPECT_TRUE(error.contains(u"negative"_s)) << error.toStdString();
}

TEST(FormTableModel, CopiesARectangleAsTabSeparatedText) {
    ReportDocument doc(busy());
    FormTableModel t3(&doc, doc.form().findTable(u"t3"));
    const QModelIndex a = t3.indexOf(test::cell(u"t3.new.natural"));
    const QModelIndex b = t3.indexOf(test::cell(u"t3.carried_in.research"));
    QModelIndexList selection;
    for (int r = a.row(); r <= b.row(); ++r)
        for (int c = a.column(); c <= b.column(); ++c)
            selection << t3.index(r, c);
    EXPECT_EQ(t3.copyText(selection), u"38\t9\t1\n2\t1\t0\n"_s);
}

} // namespace

namespace {

TEST(FormTableModel, ShowsLastYearsValueBesideEachCell) {
    Report last =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/previous.nianbao.json"_s));
    ReportDocument doc(busy(), last);
    FormTableModel t3(&doc, doc.form().findTable(u"t3"));
    const QModelIndex cell = t3.indexOf(test::cell(u"t3.carried_over.natural"));
    EXPECT_EQ(cell.data(FormTableModel::PreviousYearRole).toString(), u"2"_s);
    EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(u"Last year: 2"_s));
    ReportDocument alone(busy());
    FormTableModel t3alone(&alone, alone.form().findTable(u"t3"));
    EXPECT_FALSE(t3alone.indexOf(test::cell(u"t3.new.natural"))
                     .data(FormTableModel::PreviousYearRole)
                     .isValid());
}

} // namespace
