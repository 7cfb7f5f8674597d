#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

// What differs between the two databases the store runs on, SQLite (a file) and PostgreSQL
// (a server, through QPSQL), in one place: the rest of the store writes one SQL for both.
// Only model/storage includes this.
namespace nianbao::storage {

// Where a store on a server is: postgresql://user@host:port/database?option=value&…
// (also postgres://). The options go to libpq as they are (sslmode, sslrootcert, service,
// connect_timeout, …); host and port may be options too (a unix socket's folder as host).
struct ServerAddress {
    QString host;
    int port = -1;
    QString user;
    QString database;
    QMap<QString, QString> options;
    // The address as shown in messages and used as the store's name (no password is ever in it).
    QString display;
};

bool isServerUrl(const QString& text);
// std::nullopt with the reason for an address that cannot be used (a password in it, no
// database, a malformed option).
std::optional<ServerAddress> parseServerUrl(const QString& text, QString* error);

class Dialect {
public:
    enum class Kind { SQLite, PostgreSQL };
    static const Dialect& sqlite();
    static const Dialect& postgresql();

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::PostgreSQL; }
    QString driver() const;

    // A schema statement as this database writes it. The migrations write
    // "{id}" for the row id column (INTEGER PRIMARY KEY / an identity column) and
    // "{without rowid}" after tables keyed by their primary key (SQLite's WITHOUT ROWID).
    QString schema(const QString& statement) const;

    // An INSERT that gives the new row's id: `sql` with RETURNING id where the database has it.
    QString insertReturningId(const QString& sql) const;
    // After exec() of such an insert.
    qint64 insertedId(QSqlQuery& query) const;

    // `column` in a condition that must not use its index (SQLite's unary plus).
    QString withoutIndex(const QString& column) const;

    // The schema version: PRAGMA user_version in SQLite, a table of its own on the server.
    // std::nullopt with the reason when it cannot be read or the database is not Nianbao's.
    std::optional<int> schemaVersion(QSqlDatabase& db, QString* error) const;
    bool setSchemaVersion(QSqlDatabase& db, int version, QString* error) const;
    // Inside the migration's transaction: one client migrates at a time (the server's
    // advisory lock; SQLite's file has one process already).
    bool lockForMigration(QSqlDatabase& db, QString* error) const;

    // Inside an edit's transaction: the report's row locked until the end of it, so that two
    // clerks' edits of one report on a server are checked and written one after the other
    // (SQLite's file has one writer already).
    bool lockReport(QSqlDatabase& db, qint64 id, QString* error) const;
    // Inside an edit's transaction: the other connections told, once it commits, that the
    // report changed (the server's NOTIFY on kChangeChannel; nothing for SQLite).
    bool notifyChange(QSqlDatabase& db, qint64 id, QString* error) const;
    static constexpr const char16_t* kChangeChannel = u"nianbao_report";

    // Settings of each new connection (SQLite's PRAGMAs).
    QStringList connectionSettings() const;

private:
    explicit Dialect(Kind kind)
        : m_kind(kind) {}
    Kind m_kind;
};

} // namespace nianbao::storage
