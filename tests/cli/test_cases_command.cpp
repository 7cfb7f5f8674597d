// `nianbao register cases add|list` and `nianbao register table4` (issue 18, item 3).
#include "model/core/json.h"
#include "model/storage/reportstore.h"
#include "tests/cli/cli_run.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

const QString kAgency = u"某县交通运输局"_s;

class CasesCommand : public ::testing::Test {
protected:
    test::CliOutput run(QStringList args) {
        args.prepend(u"register"_s);
        args << u"--db"_s << m_db;
        return test::runNianbao(args);
    }
    test::CliOutput add(const QStringList& args) {
        return run(QStringList{u"cases"_s, u"add"_s, u"--agency"_s, kAgency} + args);
    }

    QTemporaryDir m_dir;
    QString m_db = m_dir.filePath(u"store.sqlite"_s);
};

TEST_F(CasesCommand, AddListAndTableFourWrittenIntoTheReport) {
    ASSERT_EQ(add({u"--kind"_s, u"review"_s, u"--filed"_s, u"2025"_s, u"--result"_s, u"upheld"_s,
                   u"--decided"_s, u"2025-05-06"_s, u"--number"_s, u"某复决字〔2025〕3号"_s})
                  .status,
              0);
    ASSERT_EQ(add({u"--kind"_s, u"review"_s, u"--filed"_s, u"2025"_s}).status, 0);
    ASSERT_EQ(add({u"--kind"_s, u"诉讼"_s, u"--route"_s, u"复议后起诉"_s, u"--filed"_s, u"2025"_s,
                   u"--result"_s, u"corrected"_s, u"--decided"_s, u"2026-01-10"_s})
                  .status,
              0);
    ASSERT_EQ(add({u"--kind"_s, u"suit"_s, u"--route"_s, u"direct"_s, u"--filed"_s, u"2024"_s,
                   u"--result"_s, u"other"_s})
                  .status,
              0);
    // Mistakes are named and store nothing.
    auto bad = add({u"--kind"_s, u"suit"_s, u"--filed"_s, u"2025"_s});
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(bad.err.contains(u"--route"_s)) << bad.err.toStdString();
    bad = add({u"--kind"_s, u"review"_s, u"--filed"_s, u"2025"_s, u"--result"_s, u"won"_s});
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(bad.err.contains(u"won"_s)) << bad.err.toStdString();
    bad = add({u"--kind"_s, u"review"_s, u"--filed"_s, u"2025"_s, u"--decided"_s, u"2025-13-01"_s});
    EXPECT_EQ(bad.status, 2);
    EXPECT_EQ(run({u"cases"_s, u"remove"_s}).status, 2);

    auto list = run({u"cases"_s, u"list"_s, u"--year"_s, u"2025"_s, u"--json"_s});
    ASSERT_EQ(list.status, 0) << list.err.toStdString();
    JsonError error;
    const auto items = parseJson(list.out.toUtf8(), &error);
    ASSERT_TRUE(items) << error.message.toStdString();
    ASSERT_EQ(items->elements.size(), 3u);
    ASSERT_TRUE(items->elements[0].member(u"number"));
    EXPECT_EQ(items->elements[0].member(u"number")->text, u"某复决字〔2025〕3号"_s);

    auto table = run({u"table4"_s, u"--agency"_s, kAgency, u"--year"_s, u"2025"_s});
    ASSERT_EQ(table.status, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(u"行政复议\t1\t0\t0\t1\t2"_s)) << table.out.toStdString();
    // Decided in 2026: 尚未审结 at the end of 2025.
    EXPECT_TRUE(table.out.contains(u"行政诉讼·复议后起诉\t0\t0\t0\t1\t1"_s))
        << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(u"行政诉讼·未经复议直接起诉\t0\t0\t0\t0\t0"_s));

    auto write = run({u"table4"_s, u"--agency"_s, kAgency, u"--year"_s, u"2025"_s, u"--write"_s});
    EXPECT_EQ(write.status, 2); // no report yet
    QString storeError;
    {
        auto store = ReportStore::open(m_db, &storeError);
        ASSERT_TRUE(store) << storeError.toStdString();
        Report report = test::emptyReport(2025);
        report.agency = kAgency;
        ASSERT_TRUE(store->create(report, &storeError));
    }
    write = run({u"table4"_s, u"--agency"_s, kAgency, u"--year"_s, u"2025"_s, u"--write"_s});
    ASSERT_EQ(write.status, 0) << write.err.toStdString();
    auto store = ReportStore::open(m_db, &storeError);
    const auto id = store->findReport(kAgency, 2025);
    ASSERT_TRUE(id);
    const auto report = store->load(*id, &storeError);
    EXPECT_EQ(report->value(test::cell(u"t4.review.total")), CellValue::of(2));
    EXPECT_EQ(report->value(test::cell(u"t4.suit_after_review.pending")), CellValue::of(1));
    EXPECT_EQ(store->cellSources(*id).at(u"t4.review.upheld"_s), u"cases"_s);
}

} // namespace
