// The test harness's own PostgreSQL server: fresh databases, stop and restart, nothing left
// running when the program dies.
#include "tests/support/postgresserver.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <gtest/gtest.h>

using namespace nianbao::test;
using namespace Qt::StringLiterals;

namespace {

// The first value of `sql` on `database`, or std::nullopt when it cannot connect or fails.
std::optional<QString> scalar(PostgresServer& server, const QString& database, const QString& sql) {
    const auto result = server.run(database, sql);
    return result.ok ? std::optional<QString>(result.value) : std::nullopt;
}

QString databaseOf(const QString& url) {
    return PostgresServer::databaseOf(url);
}

} // namespace

TEST(PostgreSQLServer, GivesEachTestAFreshDatabase) {
    POSTGRES_OR_SKIP(server);
    QString error;
    const QString first = server->createDatabase(&error);
    ASSERT_FALSE(first.isEmpty()) << error.toStdString();
    const QString second = server->createDatabase(&error);
    ASSERT_FALSE(second.isEmpty()) << error.toStdString();
    EXPECT_NE(first, second);
    ASSERT_TRUE(scalar(*server, databaseOf(first), u"CREATE TABLE t (x int)"_s) ||
                scalar(*server, databaseOf(first), u"SELECT count(*) FROM t"_s));
    EXPECT_EQ(scalar(*server, databaseOf(second),
                     u"SELECT count(*) FROM pg_tables WHERE "
                     u"schemaname = 'public'"_s),
              u"0"_s);
    // fsync stays on: the durability tests mean something.
    EXPECT_EQ(scalar(*server, databaseOf(first), u"SHOW fsync"_s), u"on"_s);
}

TEST(PostgreSQLServer, StopsAndStartsAgainMidTest) {
    POSTGRES_OR_SKIP(server);
    QString error;
    const QString url = server->createDatabase(&error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    ASSERT_TRUE(scalar(*server, databaseOf(url), u"SELECT 1"_s));
    ASSERT_TRUE(server->stop(&error)) << error.toStdString();
    EXPECT_FALSE(scalar(*server, databaseOf(url), u"SELECT 1"_s));
    ASSERT_TRUE(server->start(&error)) << error.toStdString();
    EXPECT_EQ(scalar(*server, databaseOf(url), u"SELECT 1"_s), u"1"_s);
}

// A test program killed with SIGKILL (no destructor runs) leaves no postgres process behind:
// the watchdog stops its server and removes its folder. The killed program is this binary,
// run again on this test alone.
TEST(PostgreSQLServer, NoServerOutlivesAKilledTestProgram) {
    POSTGRES_OR_SKIP(server);
    if (qEnvironmentVariable("NIANBAO_PG_CHILD") == u"1") {
        // The child: its own server (a new process), then wait to be killed.
        std::printf("socket %s\n", qPrintable(server->socketFolder()));
        std::fflush(stdout);
        QThread::sleep(120);
        return;
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"NIANBAO_PG_CHILD"_s, u"1"_s);
    child.setProcessEnvironment(environment);
    child.start(QFileInfo(u"/proc/self/exe"_s).symLinkTarget(),
                {u"--gtest_filter=PostgreSQLServer.NoServerOutlivesAKilledTestProgram"_s});
    ASSERT_TRUE(child.waitForStarted());
    QString socketFolder;
    for (int i = 0; i < 600 && socketFolder.isEmpty(); ++i) {
        child.waitForReadyRead(100);
        const QString line = QString::fromLocal8Bit(child.readLine()).trimmed();
        if (line.startsWith(u"socket "_s))
            socketFolder = line.mid(7);
    }
    ASSERT_FALSE(socketFolder.isEmpty()) << "the child's server did not start";
    ASSERT_TRUE(QFileInfo::exists(socketFolder + u"/data/postmaster.pid"_s));
    child.kill(); // SIGKILL: no destructor runs
    child.waitForFinished();
    // The watchdog looks once a second; the folder goes after the server has stopped.
    bool gone = false;
    for (int i = 0; i < 300 && !gone; ++i) {
        QThread::msleep(100);
        gone = !QFileInfo::exists(socketFolder);
    }
    EXPECT_TRUE(gone) << "the killed program's server folder " << socketFolder.toStdString()
                      << " is still there";
    QProcess pgrep;
    pgrep.start(u"pgrep"_s, {u"-f"_s, socketFolder});
    pgrep.waitForFinished();
    EXPECT_EQ(pgrep.readAllStandardOutput().trimmed(), QByteArray())
        << "a postgres process of the killed program is still running";
}
