// Each unit in its own lane on a shared PostgreSQL server: unit A's role cannot read, change or
// even count unit B's reports or register, through Nianbao nor through plain SQL with A's
// role; the county office's role reads everyone's and changes nothing.
#include "model/storage/reportstore.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <gtest/gtest.h>

#include <algorithm>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

const QString kTown = u"某某县甲镇人民政府"_s;
const QString kBureau = u"某某县市场监督管理局"_s;

std::unique_ptr<ReportStore> openAs(test::PostgresServer& server, const QString& database,
                                    const QString& role, QString* error) {
    ReportStore::Options options;
    options.dailyBackup = false;
    const QString url = u"postgresql://%1@/%2?host=%3&port=%4"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(role)), database, server.socketFolder(),
        QString::number(server.port()));
    return ReportStore::open(url, options, error);
}

Report reportOf(const QString& agency) {
    Report report = test::emptyReport(2024);
    report.agency = agency;
    return report;
}

// Plain SQL as `role`: the first value or the rows touched, or "refused".
QString sqlAs(test::PostgresServer& server, const QString& database, const QString& role,
              const QString& statement) {
    const auto result = server.run(database, statement, role);
    return result.ok ? result.value : u"refused"_s;
}

} // namespace

TEST(LanesOnPostgreSQL, AUnitCannotReadChangeOrCountAnotherUnitsReports) {
    POSTGRES_OR_SKIP(server);
    QString error;
    const QString url = server->createDatabase(&error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    const QString database = test::PostgresServer::databaseOf(url);
    // The database's owner sets it up: schema, group roles, policies, the units.
    {
        auto owner = openAs(*server, database, u"nianbao"_s, &error);
        ASSERT_TRUE(owner) << error.toStdString();
        ASSERT_TRUE(owner->initLanes(&error)) << error.toStdString();
        ASSERT_TRUE(owner->initLanes(&error)) << "init runs again: " << error.toStdString();
        const QString suffix = database; // role names are the server's, not the database's
        ASSERT_TRUE(
            owner->addUnitRole(kTown, AgencyLevel::Township, u"甲镇"_s + suffix, false, &error))
            << error.toStdString();
        ASSERT_TRUE(owner->addUnitRole(kBureau, AgencyLevel::CountyDepartment, u"市场局"_s + suffix,
                                       false, &error))
            << error.toStdString();
        ASSERT_TRUE(owner->addUnitRole(u"某某县政务公开办"_s, AgencyLevel::County,
                                       u"政务公开办"_s + suffix, true, &error))
            << error.toStdString();
        EXPECT_FALSE(owner->addUnitRole(kTown, AgencyLevel::Township, u"pg_town"_s, false, &error));
    }
    const QString town = u"甲镇"_s + database;
    const QString bureau = u"市场局"_s + database;
    const QString county = u"政务公开办"_s + database;

    auto a = openAs(*server, database, town, &error);
    ASSERT_TRUE(a) << error.toStdString();
    auto b = openAs(*server, database, bureau, &error);
    ASSERT_TRUE(b) << error.toStdString();
    const auto townReport = a->create(reportOf(kTown), &error);
    ASSERT_TRUE(townReport) << error.toStdString();
    const auto bureauReport = b->create(reportOf(kBureau), &error);
    ASSERT_TRUE(bureauReport) << error.toStdString();
    ASSERT_TRUE(
        b->setCellValue(*bureauReport, test::cell(u"t3.new.natural"), CellValue::of(3), &error))
        << error.toStdString();
    RegisterEntry request;
    request.agency = kBureau;
    request.received = QDate(2024, 3, 4);
    request.applicantType = u"natural"_s;
    ASSERT_TRUE(b->addRequest(request, &error)) << error.toStdString();

    // Through Nianbao, as the town: only its own report, nothing of the bureau's.
    ASSERT_EQ(a->list().size(), 1u);
    EXPECT_EQ(a->list()[0].agency, kTown);
    EXPECT_FALSE(a->load(*bureauReport, &error));
    EXPECT_FALSE(
        a->setCellValue(*bureauReport, test::cell(u"t3.new.natural"), CellValue::of(1), &error));
    EXPECT_FALSE(a->create(reportOf(kBureau), &error)) << "a report in another unit's name";
    EXPECT_TRUE(error.contains(u"its own agency"_s)) << error.toStdString();
    EXPECT_TRUE(a->requests(kBureau).empty());
    EXPECT_TRUE(a->requestHistory({}).empty());
    EXPECT_TRUE(
        a->setCellValue(*townReport, test::cell(u"t3.new.natural"), CellValue::of(4), &error))
        << error.toStdString();

    // Through plain SQL with the town's role: not even a count.
    EXPECT_EQ(sqlAs(*server, database, town, u"SELECT count(*) FROM report"_s), u"1"_s);
    EXPECT_EQ(sqlAs(*server, database, town, u"SELECT count(*) FROM cell"_s), u"1"_s);
    EXPECT_EQ(sqlAs(*server, database, town,
                    u"SELECT count(*) FROM history WHERE report = %1"_s.arg(*bureauReport)),
              u"0"_s);
    EXPECT_EQ(sqlAs(*server, database, town, u"SELECT count(*) FROM request"_s), u"0"_s);
    EXPECT_EQ(sqlAs(*server, database, town, u"SELECT count(*) FROM nianbao_unit"_s), u"1"_s);
    EXPECT_EQ(sqlAs(*server, database, town,
                    u"UPDATE report SET agency = 'x' WHERE id = %1"_s.arg(*bureauReport)),
              u"0"_s);
    EXPECT_EQ(
        sqlAs(*server, database, town, u"DELETE FROM cell WHERE report = %1"_s.arg(*bureauReport)),
        u"0"_s);
    EXPECT_EQ(
        sqlAs(*server, database, town,
              u"INSERT INTO cell (report, cell, value) VALUES (%1, 't3.new.legal', '9')"_s.arg(
                  *bureauReport)),
        u"refused"_s);
    EXPECT_EQ(
        sqlAs(*server, database, town,
              u"UPDATE report SET agency = '%1' WHERE id = %2"_s.arg(kBureau).arg(*townReport)),
        u"refused"_s)
        << "moving its report into another lane";
    EXPECT_EQ(sqlAs(*server, database, town, u"ALTER TABLE report DISABLE ROW LEVEL SECURITY"_s),
              u"refused"_s);

    // The bureau's report is as the bureau left it.
    const auto bureauNow = b->load(*bureauReport, &error);
    ASSERT_TRUE(bureauNow) << error.toStdString();
    EXPECT_EQ(bureauNow->agency, kBureau);
    EXPECT_TRUE(bureauNow->value(test::cell(u"t3.new.legal")).isEmpty());
    EXPECT_EQ(bureauNow->value(test::cell(u"t3.new.natural")), CellValue::of(3));
    EXPECT_EQ(b->history(*bureauReport, u"t3.new.natural"_s).size(), 1u);
    EXPECT_EQ(b->list().size(), 1u);

    // The county office reads everyone's and changes nothing.
    auto office = openAs(*server, database, county, &error);
    ASSERT_TRUE(office) << error.toStdString();
    EXPECT_EQ(office->list().size(), 2u);
    EXPECT_TRUE(office->load(*bureauReport, &error)) << error.toStdString();
    EXPECT_EQ(office->requests(kBureau).size(), 1u);
    EXPECT_FALSE(
        office->setCellValue(*townReport, test::cell(u"t3.new.natural"), CellValue::of(5), &error));
    EXPECT_EQ(sqlAs(*server, database, county, u"DELETE FROM report"_s), u"refused"_s);
}

// Issue 19's last part of the lanes: the county office returns a report (退回) and finalizes
// one on a unit's behalf through Nianbao, never touching its content; and nobody changes a
// finalized report — not through Nianbao, not through plain SQL with a unit's role — without
// a recorded reopening.
TEST(LanesOnPostgreSQL, TheCountyOfficeReturnsAndFinalizesAndAFinalizedReportIsLocked) {
    POSTGRES_OR_SKIP(server);
    QString error;
    const QString url = server->createDatabase(&error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    const QString database = test::PostgresServer::databaseOf(url);
    const QString town = u"乙镇"_s + database;
    const QString county = u"县办"_s + database;
    {
        auto owner = openAs(*server, database, u"nianbao"_s, &error);
        ASSERT_TRUE(owner && owner->initLanes(&error)) << error.toStdString();
        ASSERT_TRUE(owner->addUnitRole(kTown, AgencyLevel::Township, town, false, &error))
            << error.toStdString();
        ASSERT_TRUE(
            owner->addUnitRole(u"某某县政务公开办"_s, AgencyLevel::County, county, true, &error))
            << error.toStdString();
    }
    auto a = openAs(*server, database, town, &error);
    ASSERT_TRUE(a) << error.toStdString();
    // add-unit put the unit on the county office's board, before it has a report.
    {
        auto owner = openAs(*server, database, u"nianbao"_s, &error);
        ASSERT_TRUE(owner) << error.toStdString();
        const auto units = owner->units();
        EXPECT_TRUE(std::any_of(units.begin(), units.end(),
                                [](const UnitInfo& unit) { return unit.name == kTown; }));
    }
    Report report =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    report.agency = kTown;
    const auto id = a->create(report, &error);
    ASSERT_TRUE(id) << error.toStdString();
    auto office = openAs(*server, database, county, &error);
    ASSERT_TRUE(office) << error.toStdString();

    // Finalized on the unit's behalf.
    ASSERT_TRUE(office->finalize(
        *id, {QDate(report.year + 1, 1, 20), u"李四"_s, u"王五"_s, u"县办代定稿"_s}, &error))
        << error.toStdString();
    EXPECT_EQ(a->status(*id), ReportStatus::Finalized);
    // Locked: the unit's own role cannot change it, not even with SQL, nor unfinalize it.
    const QString where = u" WHERE report = %1"_s.arg(*id);
    EXPECT_EQ(sqlAs(*server, database, town, u"UPDATE cell SET value = '9'"_s + where),
              u"refused"_s);
    EXPECT_EQ(sqlAs(*server, database, town, u"DELETE FROM text"_s + where), u"refused"_s);
    EXPECT_EQ(sqlAs(*server, database, town,
                    u"UPDATE report SET status = 'draft' WHERE id = %1"_s.arg(*id)),
              u"refused"_s);
    EXPECT_EQ(sqlAs(*server, database, town,
                    u"UPDATE report SET year = year + 1 WHERE id = %1"_s.arg(*id)),
              u"refused"_s);
    EXPECT_FALSE(a->setCellValue(*id, test::cell(u"t3.new.natural"), CellValue::of(1), &error));

    // Returned with a reason: reopened, recorded, the unit's again.
    ASSERT_TRUE(office->returnReport(*id, u"第五部分未写整改情况"_s, &error))
        << error.toStdString();
    EXPECT_EQ(a->status(*id), ReportStatus::Draft);
    EXPECT_TRUE(a->setCellValue(*id, test::cell(u"t3.new.natural"), CellValue::of(1), &error))
        << error.toStdString();
    // The office never writes content.
    EXPECT_FALSE(office->setCellValue(*id, test::cell(u"t3.new.legal"), CellValue::of(2), &error));
}
