// The store on a PostgreSQL server (through Qt's QPSQL driver and libpq): connecting, the
// password (never kept by Nianbao), and the notes on what a server does instead of the file's
// lock and backups. The schema and every statement are the file's (see storage::Dialect).
#include "model/storage/reportstore.h"

#include "model/storage/dialect.h"
#include "model/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

using storage::Dialect;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
};

// A value in libpq's "key=value" list: quoted, with its quotes and backslashes escaped.
QString conninfoValue(QString value) {
    value.replace(u'\\', u"\\\\"_s);
    value.replace(u'\'', u"\\'"_s);
    return u'\'' + value + u'\'';
}

void configure(QSqlDatabase& db, const storage::ServerAddress& address) {
    if (!address.host.isEmpty())
        db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    if (!address.user.isEmpty())
        db.setUserName(address.user);
    if (!address.database.isEmpty())
        db.setDatabaseName(address.database);
    QMap<QString, QString> options = address.options;
    // A server that does not answer is reported after a while, not waited for forever.
    if (!options.contains(u"connect_timeout"_s))
        options.insert(u"connect_timeout"_s, u"10"_s);
    if (!options.contains(u"application_name"_s))
        options.insert(u"application_name"_s, u"nianbao"_s);
    QStringList list;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        list << it.key() + u'=' + conninfoValue(it.value());
    db.setConnectOptions(list.join(u';'));
}

bool asksForPassword(const QSqlError& error) {
    const QString text = error.text();
    return text.contains(u"no password supplied"_s) ||
           text.contains(u"password authentication failed"_s);
}

} // namespace

bool ReportStore::isOnServer() const {
    return m_dialect->isServer();
}

QString ReportStore::serverBackupNote() {
    return Tr::tr("a store on a PostgreSQL server has no backups of Nianbao's: the server is "
                  "backed up with its own tools (pg_dump, or the site's backup), and restored "
                  "with them");
}

bool ReportStore::reconnect(QString* error) const {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.close();
    if (db.open()) {
        // A new connection listens to nothing: listened to again, and what was announced
        // while it was away is not known, so the watcher is told that anything may have changed.
        if (m_changed) {
            subscribeToChanges();
            m_changed(0);
        }
        return true;
    }
    if (error)
        *error = Tr::tr("the server %1 cannot be reached (%2); nothing is lost, the changes are "
                        "kept and written when it is back")
                     .arg(m_path, db.lastError().text().trimmed());
    return false;
}

bool ReportStore::withReconnect(const std::function<bool()>& attempt, QString* lost) const {
    if (attempt())
        return true;
    if (!m_dialect->isServer() || !reconnect(lost))
        return false;
    return attempt();
}

std::unique_ptr<ReportStore> ReportStore::openServer(const QString& url, const Options& options,
                                                     QString* error) {
    auto failWith = [&](const QString& message) -> std::unique_ptr<ReportStore> {
        if (error)
            *error = message;
        return nullptr;
    };
    const auto address = storage::parseServerUrl(url, error);
    if (!address)
        return nullptr;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return failWith(Tr::tr("Qt's PostgreSQL driver is not installed (Debian's package: "
                               "libqt6sql6-psql); %1 cannot be opened")
                            .arg(address->display));
    const QString connection =
        u"nianbao-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ReportStore> store(
        new ReportStore(connection, address->display, Dialect::postgresql()));
    store->m_backups = false;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
    configure(db, *address);
    if (!db.open() && asksForPassword(db.lastError()) && options.askPassword) {
        const QString password = options.askPassword(address->display);
        if (!password.isEmpty()) {
            db.setPassword(password);
            db.open();
        }
    }
    if (!db.isOpen())
        return failWith(Tr::tr("cannot connect to %1: %2")
                            .arg(address->display, db.lastError().text().trimmed()));
    QString reason;
    const auto version = Dialect::postgresql().schemaVersion(db, &reason);
    if (!version)
        return failWith(address->display + u": "_s + reason);
    store->m_new = *version == 0;
    if (store->m_new && !options.mayCreate)
        return failWith(Tr::tr("there is no Nianbao store in %1 (the database is empty)")
                            .arg(address->display));
    if (!store->migrate(error))
        return nullptr;
    return store;
}

} // namespace nianbao
