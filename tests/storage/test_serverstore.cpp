// What only a store on a PostgreSQL server has: its address, the password (never kept by
// Nianbao), TLS options passed to libpq, a database that is not Nianbao's, a newer schema,
// and no backups of Nianbao's own.
#include "model/storage/dialect.h"
#include "model/storage/reportstore.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <unistd.h>

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

namespace {

// Runs openssl; false (and the test told) when it fails.
bool openssl(const QStringList& args, const QString& folder) {
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << "openssl " << args.join(u' ').toStdString() << ": "
                      << process.readAll().toStdString();
        return false;
    }
    return true;
}

// The server's TLS switched on for one test with a county CA's certificate for "localhost",
// and off again after it.
struct ServerTls {
    test::PostgresServer* server;
    bool on = false;
    ServerTls(test::PostgresServer* s, const QString& folder)
        : server(s) {
        const auto make = [&](const QString& name, const QString& subject, const QString& ca) {
            return openssl({u"req"_s, u"-new"_s, u"-nodes"_s, u"-newkey"_s, u"rsa:2048"_s,
                            u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".csr"_s, u"-subj"_s,
                            subject},
                           folder) &&
                   (ca.isEmpty() ? openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s,
                                            u"-signkey"_s, name + u".key"_s, u"-days"_s, u"2"_s,
                                            u"-out"_s, name + u".crt"_s},
                                           folder)
                                 : openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s,
                                            u"-CA"_s, ca + u".crt"_s, u"-CAkey"_s, ca + u".key"_s,
                                            u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-out"_s,
                                            name + u".crt"_s, u"-extfile"_s, u"san.ext"_s},
                                           folder));
        };
        QFile san(QDir(folder).filePath(u"san.ext"_s));
        if (!san.open(QIODevice::WriteOnly))
            return;
        san.write("subjectAltName=DNS:localhost\n");
        san.close();
        if (!make(u"county-ca"_s, u"/CN=Nianbao test county CA"_s, {}) ||
            !make(u"other-ca"_s, u"/CN=Someone else's CA"_s, {}) ||
            !make(u"server"_s, u"/CN=localhost"_s, u"county-ca"_s))
            return;
        // The server runs as another user when the tests run as root: the key is given to
        // that user's group, as PostgreSQL allows for a key owned by root (0640).
        const QString key = QDir(folder).filePath(u"server.key"_s);
        if (::geteuid() == 0) {
            QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadGroup);
            QProcess::execute(u"chgrp"_s, {u"nogroup"_s, key});
        } else { // the server runs as this user, who owns the key
            QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                          QFileDevice::ExeOther);
        QProcess::execute(u"chmod"_s, {u"o+r"_s, QDir(folder).filePath(u"server.crt"_s)});
        QString error;
        on = server->sql(u"postgres"_s,
                         u"ALTER SYSTEM SET ssl_cert_file = '%1'"_s.arg(
                             QDir(folder).filePath(u"server.crt"_s)),
                         &error) &&
             server->sql(u"postgres"_s, u"ALTER SYSTEM SET ssl_key_file = '%1'"_s.arg(key),
                         &error) &&
             server->sql(u"postgres"_s, u"ALTER SYSTEM SET ssl = on"_s, &error) &&
             server->sql(u"postgres"_s, u"SELECT pg_reload_conf()"_s, &error);
        EXPECT_TRUE(on) << error.toStdString();
        QThread::msleep(300); // the reload reaches the postmaster
    }
    ~ServerTls() {
        for (const char16_t* reset :
             {u"ALTER SYSTEM RESET ssl", u"ALTER SYSTEM RESET ssl_cert_file",
              u"ALTER SYSTEM RESET ssl_key_file", u"SELECT pg_reload_conf()"})
            server->sql(u"postgres"_s, QString::fromUtf16(reset), nullptr);
        QThread::msleep(300);
    }
};

} // namespace

// TLS with sslmode=verify-full against a server whose certificate the county's CA signed: the
// store opens; with another CA, or a name the certificate does not carry, it is refused.
TEST(StoreOnPostgreSQL, TlsVerifyFullWorksAndAWrongCertificateIsRefused) {
    POSTGRES_OR_SKIP(server);
    QTemporaryDir folder;
    ServerTls tls(server, folder.path());
    ASSERT_TRUE(tls.on);
    QString error;
    const QString url = server->createDatabase(&error);
    const QString database = test::PostgresServer::databaseOf(url);
    const QString base =
        u"postgresql://nianbao@localhost:%1/%2?hostaddr=127.0.0.1&sslmode=verify-full&sslrootcert="_s
            .arg(server->port())
            .arg(database);
    EXPECT_TRUE(openAt(base + folder.filePath(u"county-ca.crt"_s), &error)) << error.toStdString();
    EXPECT_FALSE(openAt(base + folder.filePath(u"other-ca.crt"_s), &error));
    EXPECT_TRUE(error.contains(u"certificate"_s)) << error.toStdString();
    const QString wrongName =
        u"postgresql://nianbao@db.example.gov.cn:%1/%2?hostaddr=127.0.0.1&sslmode=verify-full&sslrootcert="_s
            .arg(server->port())
            .arg(database);
    EXPECT_FALSE(openAt(wrongName + folder.filePath(u"county-ca.crt"_s), &error));
    EXPECT_TRUE(error.contains(u"db.example.gov.cn"_s) || error.contains(u"certificate"_s))
        << error.toStdString();
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
