// One agency's part of a store as an SQL script (ReportStore::dumpAgency), loaded with psql
// into a Nianbao database on the test's PostgreSQL server that already holds another unit's
// report: that agency's reports (content, history, 定稿 with its fingerprint) and register
// arrive under new ids, the other agency's stay out, the first unit's report is untouched.
#include "model/storage/reportstore.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

const QString kAgency = u"某县教育局"_s;
const QString kOther = u"某县卫生健康局"_s;

// The golden report (whose texts match its own year) under another agency; `laterYears` on.
Report busyReport(const QString& agency, int laterYears = 0) {
    Report report =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    report.agency = agency;
    report.year += laterYears;
    return report;
}

RegisterEntry request(const QString& agency, const QString& name) {
    RegisterEntry e;
    e.agency = agency;
    e.received = QDate(2024, 3, 4);
    e.applicantType = u"natural"_s;
    e.applicantName = name;
    e.subject = u"学校布局调整方案"_s;
    return e;
}

int psqlLoad(const QString& url, const QString& file, QString* output) {
    QString psql = QStandardPaths::findExecutable(u"psql"_s);
    if (psql.isEmpty())
        psql = u"/usr/lib/postgresql/15/bin/psql"_s;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(psql, {url, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-q"_s, u"-f"_s, file});
    process.waitForFinished(60000);
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

TEST(AgencyDumpOnPostgreSQL, AUnitsFileStoreMovesOntoTheServerBesideOtherUnits) {
    POSTGRES_OR_SKIP(server);
    QTemporaryDir dir;
    ReportStore::Options options;
    options.dailyBackup = false;
    QString error;
    // The unit's own PC: two years of its reports (the first finalized, the second edited),
    // another agency's report and both agencies' registers.
    auto file = ReportStore::open(dir.filePath(u"unit.sqlite"_s), options, &error);
    ASSERT_TRUE(file) << error.toStdString();
    const qint64 first = file->create(busyReport(kAgency), &error).value_or(0);
    ASSERT_TRUE(file->finalize(
        first, {QDate(busyReport(kAgency).year + 1, 1, 20), u"李四"_s, u"王五"_s, u"赵六"_s},
        &error))
        << error.toStdString();
    const qint64 second = file->create(busyReport(kAgency, 1), &error).value_or(0);
    ASSERT_TRUE(
        file->setCellValue(second, test::cell(u"t3.new.natural"), CellValue::of(41), &error));
    ASSERT_TRUE(
        file->setCellValue(second, test::cell(u"t3.new.natural"), CellValue::of(42), &error));
    ASSERT_GT(file->create(busyReport(kOther), &error).value_or(0), 0);
    ASSERT_TRUE(file->addRequest(request(kAgency, u"张三"_s), &error)) << error.toStdString();
    ASSERT_TRUE(file->addRequest(request(kOther, u"李雷"_s), &error)) << error.toStdString();

    const auto script = file->dumpAgency(kAgency, &error);
    ASSERT_TRUE(script) << error.toStdString();
    EXPECT_FALSE(script->contains(kOther.toUtf8())) << "another agency's data in the dump";
    EXPECT_FALSE(script->contains("李雷"));
    const QString path = dir.filePath(u"unit.sql"_s);
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(*script);
    out.close();

    // The county server: a Nianbao database that already holds another unit's report.
    const QString url = server->createDatabase(&error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    qint64 alreadyThere = 0;
    {
        auto county = ReportStore::open(url, options, &error);
        ASSERT_TRUE(county) << error.toStdString();
        alreadyThere = county->create(busyReport(u"某县民政局"_s), &error).value_or(0);
        ASSERT_GT(alreadyThere, 0) << error.toStdString();
    }
    QString output;
    ASSERT_EQ(psqlLoad(url, path, &output), 0) << output.toStdString();

    auto county = ReportStore::open(url, options, &error);
    ASSERT_TRUE(county) << error.toStdString();
    const int year = busyReport(kAgency).year;
    const auto movedFirst = county->findReport(kAgency, year);
    const auto movedSecond = county->findReport(kAgency, year + 1);
    ASSERT_TRUE(movedFirst && movedSecond);
    EXPECT_FALSE(county->findReport(kOther, year));
    EXPECT_NE(*movedFirst, alreadyThere);
    // The finalized one still matches its fingerprint, with its approval.
    const auto finalized = county->load(*movedFirst, &error);
    ASSERT_TRUE(finalized) << error.toStdString();
    EXPECT_EQ(county->status(*movedFirst), ReportStatus::Finalized);
    ASSERT_TRUE(county->finalization(*movedFirst));
    EXPECT_EQ(county->finalization(*movedFirst)->approval.reviewer, u"王五"_s);
    test::expectSameContent(*finalized, *file->load(first, &error));
    // The edited one: its content and its history.
    const auto edited = county->load(*movedSecond, &error);
    ASSERT_TRUE(edited) << error.toStdString();
    test::expectSameContent(*edited, *file->load(second, &error));
    EXPECT_EQ(county->history(*movedSecond, u"t3.new.natural"_s).size(),
              file->history(second, u"t3.new.natural"_s).size());
    // The register: this agency's entries, with the applicant.
    const auto entries = county->requests(kAgency);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].applicantName, u"张三"_s);
    EXPECT_TRUE(county->requests(kOther).empty());
    // The unit that was there before is as it was.
    EXPECT_TRUE(county->load(alreadyThere, &error)) << error.toStdString();
}
