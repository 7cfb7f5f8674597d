// What only a store on a PostgreSQL server has: its address, the password (never kept by
// Nianbao), TLS options passed to libpq, a database that is not Nianbao's, a newer schema,
// and no backups of Nianbao's own.
#include "model/storage/dialect.h"
#include "model/storage/reportstore.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<ReportStore> openAt(const QString& url, QString* error,
                                    ReportStore::Options options = {}) {
    options.dailyBackup = false;
    return ReportStore::open(url, options, error);
}

// An environment variable set for one test.
struct ScopedEnvironment {
    QByteArray name;
    ScopedEnvironment(const char* variable, const QString& value)
        : name(variable) {
        qputenv(variable, value.toLocal8Bit());
    }
    ~ScopedEnvironment() { qunsetenv(name.constData()); }
};

} // namespace

TEST(ServerAddress, BothSchemesOptionsAndASocketFolder) {
    QString error;
    const auto tcp = storage::parseServerUrl(
        u"postgresql://clerk@db.example.gov.cn:5433/nianbao?sslmode=verify-full&"
        u"sslrootcert=/etc/ssl/county-ca.pem"_s,
        &error);
    ASSERT_TRUE(tcp) << error.toStdString();
    EXPECT_EQ(tcp->host, u"db.example.gov.cn"_s);
    EXPECT_EQ(tcp->port, 5433);
    EXPECT_EQ(tcp->user, u"clerk"_s);
    EXPECT_EQ(tcp->database, u"nianbao"_s);
    EXPECT_EQ(tcp->options.value(u"sslmode"_s), u"verify-full"_s);
    EXPECT_EQ(tcp->options.value(u"sslrootcert"_s), u"/etc/ssl/county-ca.pem"_s);
    const auto socket = storage::parseServerUrl(
        u"postgres://nianbao@/年报?host=/run/postgresql&port=5432"_s, &error);
    ASSERT_TRUE(socket) << error.toStdString();
    EXPECT_EQ(socket->host, u"/run/postgresql"_s);
    EXPECT_EQ(socket->database, u"年报"_s);
    EXPECT_TRUE(storage::parseServerUrl(u"postgresql:///?service=county"_s, &error));
    EXPECT_FALSE(storage::isServerUrl(u"/home/clerk/postgresql.sqlite"_s));
}

TEST(ServerAddress, APasswordABadPortOrNoDatabaseIsRefusedWithTheReason) {
    QString error;
    EXPECT_FALSE(storage::parseServerUrl(u"postgresql://clerk:secret@host/db"_s, &error));
    EXPECT_TRUE(error.contains(u".pgpass"_s)) << error.toStdString();
    EXPECT_FALSE(error.contains(u"secret"_s)) << "the password is not repeated";
    EXPECT_FALSE(storage::parseServerUrl(u"postgresql://clerk@host/db?password=secret"_s, &error));
    EXPECT_FALSE(error.contains(u"secret"_s));
    EXPECT_FALSE(storage::parseServerUrl(u"postgresql://clerk@host/db?port=99999"_s, &error));
    EXPECT_TRUE(error.contains(u"99999"_s)) << error.toStdString();
    EXPECT_FALSE(storage::parseServerUrl(u"postgresql://clerk@host"_s, &error));
    EXPECT_TRUE(error.contains(u"database"_s)) << error.toStdString();
}

TEST(StoreOnPostgreSQL, ANewerSchemaOrADatabaseOfSomethingElseIsRefusedAndLeftUntouched) {
    POSTGRES_OR_SKIP(server);
    QString error;
    const QString url = server->createDatabase(&error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    const QString database = test::PostgresServer::databaseOf(url);
    ASSERT_TRUE(openAt(url, &error)) << error.toStdString();
    ASSERT_TRUE(server->sql(database, u"UPDATE nianbao_schema SET version = 99"_s, &error));
    EXPECT_FALSE(openAt(url, &error));
    EXPECT_TRUE(error.contains(u"newer version"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"99"_s));

    const QString other = server->createDatabase(&error);
    const QString otherName = test::PostgresServer::databaseOf(other);
    ASSERT_TRUE(server->sql(otherName, u"CREATE TABLE invoices (id int)"_s, &error));
    EXPECT_FALSE(openAt(other, &error));
    EXPECT_TRUE(error.contains(u"not Nianbao's"_s)) << error.toStdString();
    ASSERT_TRUE(server->sql(otherName, u"SELECT 1 FROM invoices"_s, &error));
    EXPECT_FALSE(server->sql(otherName, u"SELECT 1 FROM report"_s, &error)) << "nothing created";

    // A command that only reads does not make a store of an empty database.
    const QString empty = server->createDatabase(&error);
    ReportStore::Options readOnly;
    readOnly.mayCreate = false;
    EXPECT_FALSE(openAt(empty, &error, readOnly));
    EXPECT_TRUE(error.contains(u"no Nianbao store"_s)) << error.toStdString();
}

TEST(StoreOnPostgreSQL, HasNoBackupsOfItsOwnAndSaysTheServersAreUsed) {
    POSTGRES_OR_SKIP(server);
    QString error;
    const QString url = server->createDatabase(&error);
    ReportStore::Options options;
    options.dailyBackup = true;
    auto store = ReportStore::open(url, options, &error);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_TRUE(store->isOnServer());
    ASSERT_TRUE(store->create(test::emptyReport(), &error)) << error.toStdString();
    EXPECT_TRUE(store->backupIfDue(QDate::currentDate(), &error)) << error.toStdString();
    EXPECT_TRUE(ReportStore::backups(url).isEmpty());
    EXPECT_FALSE(ReportStore::isInUse(url));
    EXPECT_FALSE(ReportStore::restoreLatestBackup(url, &error));
    EXPECT_TRUE(error.contains(u"pg_dump"_s)) << error.toStdString();
    EXPECT_TRUE(store->integrityCheck(&error)) << error.toStdString();
}

// The TLS options reach libpq: this server has no TLS, so requiring it must fail, and say so.
TEST(StoreOnPostgreSQL, TlsOptionsArePassedToLibpq) {
    POSTGRES_OR_SKIP(server);
    QString error;
    const QString url = server->createDatabase(&error);
    const QString database = test::PostgresServer::databaseOf(url);
    EXPECT_TRUE(openAt(server->tcpUrl(database) + u"?sslmode=disable"_s, &error))
        << error.toStdString();
    EXPECT_FALSE(openAt(server->tcpUrl(database) + u"?sslmode=require"_s, &error));
    EXPECT_TRUE(error.contains(u"SSL"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"cannot connect"_s)) << error.toStdString();
}

// A password comes from libpq's password file or is asked for; Nianbao keeps it nowhere.
TEST(StoreOnPostgreSQL, APasswordComesFromThePasswordFileOrIsAskedFor) {
    POSTGRES_OR_SKIP(server);
    QString error;
    const QString url = server->createDatabase(&error);
    const QString database = test::PostgresServer::databaseOf(url);
    const QString password = u"县政务公开办-2025"_s;
    ASSERT_TRUE(server->sql(u"postgres"_s,
                            u"CREATE ROLE clerk LOGIN PASSWORD '%1' IN ROLE %2"_s.arg(
                                password, QString::fromUtf16(test::PostgresServer::kPasswordRole)),
                            &error) ||
                error.contains(u"already exists"_s))
        << error.toStdString();
    ASSERT_TRUE(
        server->sql(u"postgres"_s, u"ALTER DATABASE %1 OWNER TO clerk"_s.arg(database), &error))
        << error.toStdString();
    const QString clerkUrl =
        u"postgresql://clerk@127.0.0.1:%1/%2"_s.arg(server->port()).arg(database);
    QTemporaryDir home;
    ScopedEnvironment noFile("PGPASSFILE", home.filePath(u"none"_s));

    EXPECT_FALSE(openAt(clerkUrl, &error)) << "no password anywhere";
    EXPECT_TRUE(error.contains(u"password"_s)) << error.toStdString();

    int asked = 0;
    ReportStore::Options asking;
    asking.askPassword = [&](const QString& address) {
        ++asked;
        EXPECT_EQ(address, clerkUrl);
        return password;
    };
    auto store = openAt(clerkUrl, &error, asking);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_EQ(asked, 1);
    EXPECT_FALSE(store->path().contains(password));
    ASSERT_TRUE(store->create(test::emptyReport(), &error)) << error.toStdString();
    store.reset();

    asking.askPassword = [&](const QString&) {
        return u"wrong"_s;
    };
    EXPECT_FALSE(openAt(clerkUrl, &error, asking));
    EXPECT_TRUE(error.contains(u"password"_s)) << error.toStdString();

    // libpq's password file: not asked.
    const QString passFile = home.filePath(u"pgpass"_s);
    {
        QFile file(passFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(
            u"127.0.0.1:%1:%2:clerk:%3\n"_s.arg(server->port()).arg(database, password).toUtf8());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    ScopedEnvironment withFile("PGPASSFILE", passFile);
    asked = 0;
    asking.askPassword = [&](const QString&) {
        ++asked;
        return QString();
    };
    store = openAt(clerkUrl, &error, asking);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_EQ(asked, 0);
    EXPECT_EQ(store->list().size(), 1u);
}

// The start page lists the reports after the server came back: the first listing reconnects
// instead of showing an empty store (which a clerk would take for lost reports).
TEST(StoreOnPostgreSQL, TheFirstListingAfterTheServerCameBackShowsEveryReport) {
    POSTGRES_OR_SKIP(server);
    QString error;
    const QString url = server->createDatabase(&error);
    auto store = openAt(url, &error);
    ASSERT_TRUE(store) << error.toStdString();
    ASSERT_TRUE(store->create(test::emptyReport(), &error)) << error.toStdString();
    ASSERT_TRUE(server->stop(&error)) << error.toStdString();
    ASSERT_TRUE(server->start(&error)) << error.toStdString();
    EXPECT_EQ(store->list().size(), 1u);
}

// Schema 7's cases of table four on the server: stored with the id the server gives, read back.
TEST(StoreOnPostgreSQL, TableFourCasesAreStoredAndReadBack) {
    POSTGRES_OR_SKIP(server);
    QString error;
    auto store = openAt(server->createDatabase(&error), &error);
    ASSERT_TRUE(store) << error.toStdString();
    ReviewCase reviewCase;
    reviewCase.agency = u"某县市场监督管理局"_s;
    reviewCase.group = u"review"_s;
    reviewCase.yearFiled = 2024;
    reviewCase.result = u"upheld"_s;
    reviewCase.decided = QDate(2024, 5, 6);
    const auto first = store->addCase(reviewCase, &error);
    ASSERT_TRUE(first) << error.toStdString();
    const auto second = store->addCase(reviewCase, &error);
    ASSERT_TRUE(second) << error.toStdString();
    EXPECT_GT(*first, 0);
    EXPECT_NE(*first, *second);
    const auto cases = store->cases(reviewCase.agency, 2024);
    ASSERT_EQ(cases.size(), 2u);
    EXPECT_EQ(cases[0].id, *first);
    EXPECT_EQ(cases[0].decided, QDate(2024, 5, 6));
}
