#include "model/editing/reportdocument.h"
#include "model/editing/tablesentences.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

Report busyWithoutFigures() {
    Report r =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    r.setText(r.form().findText(u"overview.requests"), u"本局依法办理依申请公开。"_s);
    r.setText(r.form().findText(u"overview.oversight"), u"本局加强监督保障。"_s);
    return r;
}

TEST(TableSentences, InsertedSentenceFollowsTheTables) {
    ReportDocument doc(busyWithoutFigures());
    TableSentences sentences(&doc);
    const int requests = doc.form().findText(u"overview.requests");
    ASSERT_TRUE(sentences.insert(TableSentences::Kind::Requests));
    EXPECT_EQ(
        doc.report().text(requests),
        u"本局依法办理依申请公开。本年度共收到政府信息公开申请53件，上年结转3件，办结52件，结转下年度继续办理4件。"_s);
    EXPECT_TRUE(doc.findings().empty());

    // Two more applications, both granted: the sentence follows.
    doc.setCellValues({{test::cell(u"t3.new.natural"), CellValue::of(40)},
                       {test::cell(u"t3.granted.natural"), CellValue::of(17)}},
                      u"two more"_s);
    EXPECT_TRUE(
        doc.report().text(requests).contains(u"收到政府信息公开申请55件，上年结转3件，办结54件"_s))
        << doc.report().text(requests).toStdString();
    for (const Finding& f : doc.findings())
        EXPECT_NE(f.rule.left(1), u"N"_s) << f.message.toStdString();
    // Undoing the table change takes the sentence back too.
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.report().text(requests).contains(u"收到政府信息公开申请53件"_s));
}

TEST(TableSentences, FiguresTypedByHandStayAndAreCheckedAtTheSentence) {
    ReportDocument doc(busyWithoutFigures());
    TableSentences sentences(&doc);
    const int requests = doc.form().findText(u"overview.requests");
    ASSERT_TRUE(sentences.insert(TableSentences::Kind::Requests));
    QString edited = doc.report().text(requests);
    edited.replace(u"收到政府信息公开申请53件"_s, u"收到政府信息公开申请60件"_s);
    doc.setText(requests, edited);
    doc.setCellValue(test::cell(u"t4.review.upheld"), CellValue::of(4)); // unrelated change
    EXPECT_EQ(doc.report().text(requests), edited);
    const Finding* n1 = nullptr;
    for (const Finding& f : doc.findings()) {
        if (f.rule == u"N1")
            n1 = &f;
    }
    ASSERT_TRUE(n1);
    EXPECT_EQ(n1->text, requests);
    EXPECT_TRUE(doc.report().text(requests).mid(n1->textStart, n1->textLength).contains(u"60件"_s));
}

TEST(TableSentences, CasesSentenceAndMissingFigures) {
    ReportDocument doc(busyWithoutFigures());
    TableSentences sentences(&doc);
    EXPECT_EQ(TableSentences::sentence(doc.report(), TableSentences::Kind::Cases),
              u"本年度因政府信息公开被申请行政复议5件，提起行政诉讼5件。"_s);
    ASSERT_TRUE(sentences.insert(TableSentences::Kind::Cases, 0));
    const int oversight = doc.form().findText(u"overview.oversight");
    EXPECT_TRUE(
        doc.report().text(oversight).startsWith(u"本年度因政府信息公开被申请行政复议5件"_s));
    doc.setCellValue(test::cell(u"t4.suit_direct.upheld"), CellValue::of(3));
    EXPECT_TRUE(doc.report().text(oversight).contains(u"提起行政诉讼6件"_s));
    Report empty(doc.report().formPtr());
    EXPECT_FALSE(TableSentences::sentence(empty, TableSentences::Kind::Requests));
}

} // namespace
