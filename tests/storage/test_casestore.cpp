// The 行政复议 and 行政诉讼 cases in the store (schema 7), and table four written into a report
// from them with its source.
#include "model/storage/reportstore.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

const QString kAgency = u"某某县人民政府办公室"_s;

ReviewCase aCase(const QString& group, int filed, const QString& result, QDate decided = {}) {
    ReviewCase c;
    c.agency = kAgency;
    c.number = u"某复决字〔%1〕%2号"_s.arg(filed).arg(group.size());
    c.group = group;
    c.yearFiled = filed;
    c.result = result;
    c.decided = decided;
    c.notes = u"备注"_s;
    return c;
}

std::unique_ptr<ReportStore> openAt(const QString& path) {
    ReportStore::Options options;
    options.dailyBackup = false;
    QString error;
    auto store = ReportStore::open(path, options, &error);
    EXPECT_TRUE(store) << error.toStdString();
    return store;
}

TEST(CaseStore, StoresListsAndRefusesWithTheReason) {
    QTemporaryDir dir;
    auto store = openAt(dir.filePath(u"s.sqlite"_s));
    QString error;
    const ReviewCase upheld = aCase(u"review"_s, 2025, u"upheld"_s, QDate(2025, 6, 1));
    const auto id = store->addCase(upheld, &error);
    ASSERT_TRUE(id) << error.toStdString();
    ASSERT_TRUE(store->addCase(aCase(u"suit_direct"_s, 2024, u"pending"_s), &error));
    ReviewCase other = aCase(u"review"_s, 2025, u"other"_s);
    other.agency = u"另一个局"_s;
    ASSERT_TRUE(store->addCase(other, &error));
    EXPECT_FALSE(store->addCase(aCase(u"review"_s, 2025, u"pending"_s, QDate(2025, 1, 2)), &error));
    EXPECT_TRUE(error.contains(u"pending"_s)) << error.toStdString();
    const auto all = store->cases(kAgency);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].yearFiled, 2024); // by year
    ReviewCase read = all[1];
    EXPECT_EQ(read.id, *id);
    read.id = 0;
    EXPECT_EQ(read, upheld);
    EXPECT_EQ(store->cases(kAgency, 2025).size(), 1u);
    EXPECT_EQ(store->cases({}).size(), 3u);
}

TEST(CaseStore, TableFourWrittenIntoTheReportWithItsSourceButNeverIntoAFinalizedOne) {
    QTemporaryDir dir;
    auto store = openAt(dir.filePath(u"s.sqlite"_s));
    QString error;
    Report report = test::emptyReport(2025);
    report.agency = kAgency;
    const auto reportId = store->create(report, &error);
    ASSERT_TRUE(reportId) << error.toStdString();
    ASSERT_TRUE(store->addCase(aCase(u"review"_s, 2025, u"corrected"_s), &error));
    ASSERT_TRUE(store->addCase(aCase(u"suit_after_review"_s, 2025, u"pending"_s), &error));
    const CaseTable4 table = ReviewCases::table4(store->cases(kAgency, 2025), 2025);
    ASSERT_TRUE(store->setTable4FromCases(*reportId, table, &error)) << error.toStdString();
    const auto loaded = store->load(*reportId, &error);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->value(test::cell(u"t4.review.corrected")), CellValue::of(1));
    EXPECT_EQ(loaded->value(test::cell(u"t4.review.total")), CellValue::of(1));
    EXPECT_EQ(loaded->value(test::cell(u"t4.suit_after_review.pending")), CellValue::of(1));
    EXPECT_EQ(loaded->value(test::cell(u"t4.suit_direct.total")), CellValue::of(0));
    const auto sources = store->cellSources(*reportId);
    EXPECT_EQ(sources.size(), 15u);
    EXPECT_EQ(sources.at(u"t4.review.corrected"_s), u"cases"_s);

    const Report correct =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    const auto finalId = store->create(correct, &error);
    ASSERT_TRUE(finalId) << error.toStdString();
    ASSERT_TRUE(store->finalize(*finalId, {QDate(2025, 1, 20), u"甲"_s, u"乙"_s, u"丙"_s}, &error))
        << error.toStdString();
    EXPECT_FALSE(store->setTable4FromCases(*finalId, table, &error));
    EXPECT_TRUE(store->cellSources(*finalId).empty());
}

TEST(CaseStore, AnOldStoreIsUpgradedToHoldCases) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    ASSERT_TRUE(QFile::copy(test::dataPath(u"store/v1.sqlite"_s), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto store = openAt(path);
    ASSERT_TRUE(store);
    QString error;
    EXPECT_TRUE(store->addCase(aCase(u"review"_s, 2025, u"upheld"_s), &error))
        << error.toStdString();
    EXPECT_EQ(store->cases(kAgency).size(), 1u);
}

} // namespace
