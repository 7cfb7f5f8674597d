// `nianbao server init | add-unit` through the real binary: its bad input, and a county's
// units set up on the test program's own PostgreSQL server, each signing in to its own lane.
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

struct Outcome {
    int status = -1;
    QString out;
    QString err;
};

Outcome runNianbao(const QStringList& args) {
    QProcess p;
    p.start(QString::fromUtf8(NIANBAO_EXE), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST(ServerCommand, BadInputIsNamedAndNothingIsMade) {
    QTemporaryDir dir;
    const QString file = dir.filePath(u"store.sqlite"_s);
    Outcome run = runNianbao({u"server"_s});
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.contains(u"add-unit"_s)) << run.err.toStdString();
    run = runNianbao(
        {u"server"_s, u"add-unit"_s, u"某镇"_s, u"--level"_s, u"nowhere"_s, u"--db"_s, file});
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.contains(u"nowhere"_s)) << run.err.toStdString();
    run = runNianbao({u"server"_s, u"init"_s, u"--bogus"_s});
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.contains(u"--bogus"_s)) << run.err.toStdString();
    // An SQLite file has no roles: said so.
    run = runNianbao({u"server"_s, u"init"_s, u"--db"_s, file});
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.contains(u"PostgreSQL"_s)) << run.err.toStdString();
}

TEST(ServerCommandOnPostgreSQL, UnitsSetUpSignInToTheirOwnLane) {
    POSTGRES_OR_SKIP(server);
    QString error;
    const QString url = server->createDatabase(&error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    const QString database = test::PostgresServer::databaseOf(url);
    auto as = [&](const QString& role) {
        return u"postgresql://%1@/%2?host=%3&port=%4"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(role)), database, server->socketFolder(),
            QString::number(server->port()));
    };
    const QString bureau = u"cli_bureau_"_s + database;
    const QString office = u"cli_office_"_s + database;
    Outcome run = runNianbao({u"server"_s, u"init"_s, u"--db"_s, url});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    run = runNianbao({u"server"_s, u"add-unit"_s, u"某县市场监督管理局"_s, u"--level"_s,
                      u"county_department"_s, u"--role"_s, bureau, u"--db"_s, url});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(bureau)) << run.out.toStdString();
    run = runNianbao({u"server"_s, u"add-unit"_s, u"某县政务公开办"_s, u"--county-office"_s,
                      u"--role"_s, office, u"--db"_s, url});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();

    const QString report = test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s);
    run = runNianbao({u"db"_s, u"import"_s, report, u"--db"_s, as(bureau)});
    EXPECT_EQ(run.status, 0) << run.err.toStdString();
    // The county office reads it and cannot store one of its own.
    run = runNianbao({u"db"_s, u"list"_s, u"--db"_s, as(office)});
    EXPECT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"某县市场监督管理局"_s)) << run.out.toStdString();
    run = runNianbao({u"db"_s, u"import"_s, report, u"--db"_s, as(office)});
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.contains(u"only"_s)) << run.err.toStdString();
}
