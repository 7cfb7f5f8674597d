#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace nianbao::test {

// A PostgreSQL server of the test program's own: initdb into a temporary folder (as an
// unprivileged user when the tests run as root, since initdb refuses root), listening on a
// free port of 127.0.0.1 and on a unix socket inside that folder, fsync left on. Stopped and
// its folder removed when the program ends; a watchdog process stops it too when the program
// dies without ending (a crash, kill -9), so that no postgres process is left behind.
class PostgresServer {
public:
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // The program's server, started at the first call. nullptr when PostgreSQL is not installed
    // or does not start; `whyNot` says why (for GTEST_SKIP, or a failure under
    // NIANBAO_REQUIRE_POSTGRESQL=1).
    static PostgresServer* shared(QString* whyNot);
    // Whether a test without a server is to fail rather than skip (CI sets it).
    static bool required();

    // One statement on `database` (postgres: the server's own) signed in as `role` (by default
    // the superuser "nianbao"; trusted on the socket). `value`: the first column of the first
    // row of a query, or the number of rows a change touched.
    struct Result {
        bool ok = false;
        QString value;
        QString error; // when not ok: the server's message, or that it cannot connect
    };
    Result run(const QString& database, const QString& statement,
               const QString& role = QStringLiteral("nianbao")) const;
    bool sql(const QString& database, const QString& statement, QString* error) const;
    // The database a URL of url() or createDatabase() names.
    static QString databaseOf(const QString& url);
    // Members of this role sign in over TCP with a password (scram-sha-256); everyone else
    // is trusted.
    static constexpr const char16_t* kPasswordRole = u"nianbao_password";

    // A new empty database, made from an empty template; its connection URL.
    QString createDatabase(QString* error);
    // postgresql://nianbao@/NAME?host=SOCKET_FOLDER&port=PORT
    QString url(const QString& database) const;
    // The same database over TCP on 127.0.0.1.
    QString tcpUrl(const QString& database) const;

    // Stopping mid-test (a server gone away: its connections cut, fast shutdown) and starting
    // again on the same folder and port.
    bool stop(QString* error) { return stop(u"fast", error); }
    bool start(QString* error);
    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    QString socketFolder() const;

private:
    PostgresServer() = default;
    bool initialise(QString* error);
    // `mode`: pg_ctl's fast, or immediate at the end (no shutdown checkpoint writing every
    // test's database to a disk about to be emptied: that took 40 s after the store tests).
    bool stop(const char16_t* mode, QString* error);
    bool runAsServerUser(const QStringList& command, QString* output) const;

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_binaries;
    int m_port = 0;
    int m_databases = 0;
    bool m_running = false;
    qint64 m_watchdog = 0;
};

} // namespace nianbao::test

// In a test: the server, or the test skipped (failed under NIANBAO_REQUIRE_POSTGRESQL=1).
#define POSTGRES_OR_SKIP(server)                                                                   \
    QString whyNot;                                                                                \
    nianbao::test::PostgresServer* server = nianbao::test::PostgresServer::shared(&whyNot);        \
    if (!server) {                                                                                 \
        if (nianbao::test::PostgresServer::required())                                             \
            FAIL() << whyNot.toStdString();                                                        \
        GTEST_SKIP() << whyNot.toStdString();                                                      \
    }
