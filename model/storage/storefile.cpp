// The store's file: where it is, opening it (with its lock), its schema and migrations, the
// daily backups and restoring one. The reports in it are reportstore.cpp's.
#include "model/storage/reportstore.h"

#include "model/storage/sqlsupport.h"
#include "model/storage/storelock.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

using storage::describe;
using storage::Transaction;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
};

// One entry per schema version: the statements that bring version N-1 to N. Never edit a
// released entry; add a new one.
const std::vector<std::vector<QString>>& migrations() {
    static const std::vector<std::vector<QString>> steps = {
        // 1: reports, cells, texts, history
        {
            u"CREATE TABLE report (id INTEGER PRIMARY KEY, form TEXT NOT NULL, agency TEXT NOT "
            u"NULL, year INTEGER NOT NULL, level TEXT NOT NULL DEFAULT '', status TEXT NOT NULL "
            u"DEFAULT 'draft', created TEXT NOT NULL, modified TEXT NOT NULL)"_s,
            u"CREATE TABLE cell (report INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE, "
            u"cell TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (report, cell)) WITHOUT ROWID"_s,
            u"CREATE TABLE text (report INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE, "
            u"part TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (report, part)) WITHOUT ROWID"_s,
            u"CREATE TABLE history (id INTEGER PRIMARY KEY, report INTEGER NOT NULL REFERENCES "
            u"report(id) ON DELETE CASCADE, target TEXT NOT NULL, old TEXT, new TEXT, "
            u"at TEXT NOT NULL, user TEXT NOT NULL)"_s,
            u"CREATE INDEX history_target ON history (report, target)"_s,
        },
        // 2: trash, unknown exchange keys, acknowledged warnings, finalization
        {
            u"ALTER TABLE report ADD COLUMN deleted TEXT"_s,
            u"ALTER TABLE report ADD COLUMN extra TEXT"_s,
            u"CREATE TABLE acknowledgement (report INTEGER NOT NULL REFERENCES report(id) ON "
            u"DELETE CASCADE, finding TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL, "
            u"user TEXT NOT NULL, PRIMARY KEY (report, finding)) WITHOUT ROWID"_s,
            u"CREATE TABLE finalization (id INTEGER PRIMARY KEY, report INTEGER NOT NULL "
            u"REFERENCES report(id) ON DELETE CASCADE, finalized_on TEXT NOT NULL, preparer TEXT "
            u"NOT NULL, reviewer TEXT NOT NULL, approver TEXT NOT NULL, hash TEXT NOT NULL, "
            u"frozen TEXT NOT NULL, at TEXT NOT NULL, user TEXT NOT NULL, reopened_at TEXT, "
            u"reopen_reason TEXT, reopened_by TEXT)"_s,
        },
        // 3: the newest history entry of a report found from an index (it was a sort of the
        // report's whole history at every keystroke)
        {
            u"CREATE INDEX history_report ON history (report)"_s,
        },
    };
    return steps;
}

} // namespace

ReportStore::ReportStore(QString connection, QString path)
    : m_connection(std::move(connection))
    , m_path(std::move(path)) {}

ReportStore::~ReportStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString ReportStore::resolvePath(const QString& commandLinePath) {
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("NIANBAO_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"nianbao.sqlite"_s);
}

QString ReportStore::backupFolder(const QString& databasePath) {
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + u"-backups"_s);
}

QStringList ReportStore::backups(const QString& databasePath) {
    QDir dir(backupFolder(databasePath));
    QStringList files = dir.entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString& f : files)
        f = dir.filePath(f);
    return files;
}

bool ReportStore::isInUse(const QString& databasePath) {
    bool inUse = false;
    StoreLock::take(databasePath, nullptr, &inUse);
    return inUse;
}

std::optional<QString> ReportStore::restoreLatestBackup(const QString& databasePath,
                                                        QString* error) {
    // Never under a running Nianbao: it would go on writing to the file moved aside.
    const std::unique_ptr<StoreLock> lock = StoreLock::take(databasePath, error);
    if (!lock)
        return std::nullopt;
    const QStringList available = backups(databasePath);
    if (available.isEmpty()) {
        if (error)
            *error = Tr::tr("there is no backup of %1").arg(databasePath);
        return std::nullopt;
    }
    const QString aside = databasePath + u".damaged-"_s +
                          QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    if (QFile::exists(databasePath) && !QFile::rename(databasePath, aside)) {
        if (error)
            *error = Tr::tr("cannot move the damaged %1 aside").arg(databasePath);
        return std::nullopt;
    }
    for (const char16_t* suffix : {u"-wal", u"-shm"})
        QFile::rename(databasePath + QString::fromUtf16(suffix),
                      aside + QString::fromUtf16(suffix));
    if (!QFile::copy(available.first(), databasePath)) {
        if (error)
            *error = Tr::tr("cannot copy the backup %1 to %2").arg(available.first(), databasePath);
        return std::nullopt;
    }
    QFile::setPermissions(databasePath, QFile::ReadOwner | QFile::WriteOwner);
    return aside;
}

std::unique_ptr<ReportStore> ReportStore::open(const QString& path, QString* error) {
    return open(path, Options(), error);
}

std::unique_ptr<ReportStore> ReportStore::open(const QString& path, const Options& options,
                                               QString* error) {
    auto failWith = [&](const QString& message) -> std::unique_ptr<ReportStore> {
        if (error)
            *error = message;
        return nullptr;
    };
    auto withBackupHint = [&](const QString& message) {
        const QStringList available = backups(path);
        if (available.isEmpty())
            return message;
        return message + u' ' +
               Tr::tr("The most recent backup is %1 (restore it with: nianbao db restore --db %2).")
                   .arg(available.first(), path);
    };
    const QFileInfo info(path);
    if (info.isDir())
        return failWith(Tr::tr("%1 is a folder, not a database").arg(path));
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return failWith(
            Tr::tr("the folder %1 does not exist and cannot be created").arg(info.absolutePath()));
    if (info.exists() && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failWith(Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
            return failWith(withBackupHint(
                Tr::tr("%1 is not a Nianbao database (not an SQLite file); it was left untouched.")
                    .arg(path)));
        }
    }

    QString lockError;
    auto lock = StoreLock::take(path, &lockError);
    if (!lock)
        return failWith(lockError);

    const QString connection =
        u"nianbao-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ReportStore> store(new ReportStore(connection, path));
    store->m_lock = std::move(lock);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return failWith(Tr::tr("%1 cannot be opened: %2").arg(path, describe(db.lastError())));
    {
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA quick_check"_s) || !q.next() || q.value(0).toString() != u"ok") {
            return failWith(withBackupHint(
                Tr::tr("%1 is damaged (SQLite's quick check failed); it was left untouched.")
                    .arg(path)));
        }
    }
    if (!store->migrate(error))
        return nullptr;
    if (options.dailyBackup && !store->backupIfDue(options.today, error))
        return nullptr;
    return store;
}

bool ReportStore::migrate(QString* error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    int version = 0;
    {
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
            if (error)
                *error = Tr::tr("cannot read the version of %1: %2")
                             .arg(m_path, describe(q.lastError()));
            return false;
        }
        version = q.value(0).toInt();
    }
    if (version > kSchemaVersion) {
        if (error) {
            *error =
                Tr::tr("%1 was written by a newer version of Nianbao (database version %2; this "
                       "version reads up to %3). Update Nianbao; the file was left untouched.")
                    .arg(m_path)
                    .arg(version)
                    .arg(kSchemaVersion);
        }
        return false;
    }
    if (version > 0 && version < kSchemaVersion) {
        // The file as it was, before a migration touches it.
        QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        const QString backup = m_path + u".before-v%1.bak"_s.arg(kSchemaVersion);
        QFile::remove(backup);
        if (!QFile::copy(m_path, backup)) {
            if (error)
                *error = Tr::tr("cannot back up %1 before upgrading it").arg(m_path);
            return false;
        }
    }
    for (const char16_t* pragma :
         {u"PRAGMA journal_mode=WAL", u"PRAGMA synchronous=FULL", u"PRAGMA foreign_keys=ON"}) {
        QSqlQuery p(db);
        if (!p.exec(QString::fromUtf16(pragma))) {
            if (error)
                *error = Tr::tr("cannot prepare %1: %2").arg(m_path, describe(p.lastError()));
            return false;
        }
    }
    if (version == kSchemaVersion)
        return true;
    Transaction transaction(db);
    for (int v = version; v < kSchemaVersion; ++v) {
        for (const QString& statement : migrations()[v]) {
            QSqlQuery m(db);
            if (!m.exec(statement)) {
                if (error)
                    *error = Tr::tr("upgrading %1 to version %2 failed: %3; nothing was changed")
                                 .arg(m_path)
                                 .arg(v + 1)
                                 .arg(describe(m.lastError()));
                return false;
            }
        }
    }
    QSqlQuery set(db);
    if (!set.exec(u"PRAGMA user_version=%1"_s.arg(kSchemaVersion))) {
        if (error)
            *error = describe(set.lastError());
        return false;
    }
    return transaction.commit(error);
}

bool ReportStore::backupIfDue(const QDate& today, QString* error) {
    const QString folder = backupFolder(m_path);
    const QString name =
        QFileInfo(m_path).completeBaseName() + u'-' + today.toString(Qt::ISODate) + u".sqlite"_s;
    const QString target = QDir(folder).filePath(name);
    if (QFile::exists(target))
        return true;
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = Tr::tr("cannot create the backup folder %1").arg(folder);
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(target);
    if (!q.exec()) {
        if (error)
            *error =
                Tr::tr("the daily backup to %1 failed: %2").arg(target, describe(q.lastError()));
        QFile::remove(target);
        return false;
    }
    const QStringList all = backups(m_path);
    for (qsizetype i = kBackupsKept; i < all.size(); ++i)
        QFile::remove(all[i]);
    return true;
}

bool ReportStore::integrityCheck(QString* error) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next()) {
        if (error)
            *error = describe(q.lastError());
        return false;
    }
    if (q.value(0).toString() == u"ok")
        return true;
    if (error)
        *error = q.value(0).toString();
    return false;
}

void ReportStore::limitSizeForTesting(int pages) {
    QSqlQuery(QSqlDatabase::database(m_connection))
        .exec(u"PRAGMA max_page_count = %1"_s.arg(pages));
}

} // namespace nianbao
