// packaging/server/check-server.sql, which a site runs to see whether its server (PostgreSQL or
// one that says it is compatible) has what Nianbao needs, run on the test's own PostgreSQL 15:
// every feature there, and refused when run as a superuser (who bypasses row-level security).
#include "tests/support/postgresserver.h"

#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QString psql() {
    const QString onPath = QStandardPaths::findExecutable(u"psql"_s);
    return onPath.isEmpty() ? u"/usr/lib/postgresql/15/bin/psql"_s : onPath;
}

struct CheckRun {
    int status = -1;
    QString output;
};

CheckRun runCheck(const QString& url) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(
        psql(), {url, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-f"_s,
                 QString::fromUtf8(NIANBAO_SOURCE_DIR) + u"/packaging/server/check-server.sql"_s});
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

} // namespace

TEST(ServerCheckOnPostgreSQL, EveryFeatureNianbaoNeedsIsThereAndASuperuserIsTurnedAway) {
    POSTGRES_OR_SKIP(server);
    QString error;
    const QString url = server->createDatabase(&error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    const QString database = url.section(u'/', 3).section(u'?', 0, 0);
    ASSERT_TRUE(server->sql(u"postgres"_s, u"CREATE ROLE check_owner LOGIN"_s, &error))
        << error.toStdString();
    ASSERT_TRUE(server->sql(u"postgres"_s,
                            u"ALTER DATABASE %1 OWNER TO check_owner"_s.arg(database), &error))
        << error.toStdString();

    QString asOwner = url;
    asOwner.replace(u"postgresql://nianbao@"_s, u"postgresql://check_owner@"_s);
    const CheckRun owner = runCheck(asOwner);
    EXPECT_EQ(owner.status, 0) << owner.output.toStdString();
    for (const char16_t* feature :
         {u"ok: identity columns", u"ok: INSERT … RETURNING", u"ok: INSERT … ON CONFLICT",
          u"ok: SELECT … FOR UPDATE", u"ok: advisory locks", u"ok: LISTEN/NOTIFY", u"ok: triggers",
          u"ok: row-level security hides", u"ok: row-level security refuses",
          u"ok: everything Nianbao needs"})
        EXPECT_TRUE(owner.output.contains(QString::fromUtf16(feature)))
            << QString::fromUtf16(feature).toStdString() << "\n"
            << owner.output.toStdString();

    const CheckRun superuser = runCheck(url);
    EXPECT_NE(superuser.status, 0);
    EXPECT_TRUE(superuser.output.contains(u"missing: run this as the database's owner"_s))
        << superuser.output.toStdString();
    EXPECT_FALSE(superuser.output.contains(u"ok: everything"_s));
}
