// The store's file: where it is, opening it (with its lock), its schema and migrations, the
// daily backups and restoring one. The reports in it are reportstore.cpp's.
#include "model/storage/reportstore.h"

#include "model/storage/dialect.h"
#include "model/storage/sqlsupport.h"
#include "model/storage/storelock.h"

#include "model/core/filewriting.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <filesystem>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

using storage::describe;
using storage::Dialect;
using storage::Transaction;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
};

// 6: the county office's board: units registered before they have a report, the reports it
// sent back with a reason (退回), the day a unit published its finalized report.
std::vector<QString> boardSchema() {
    return {
        u"CREATE TABLE unit (name TEXT PRIMARY KEY, level TEXT NOT NULL DEFAULT '', added TEXT "
        u"NOT NULL)"_s,
        u"CREATE TABLE report_return (id {id}, report INTEGER NOT NULL "
        u"REFERENCES report(id) ON DELETE CASCADE, reason TEXT NOT NULL, was_finalized INTEGER "
        u"NOT NULL, at TEXT NOT NULL, returned_by TEXT NOT NULL)"_s,
        u"CREATE INDEX report_return_report ON report_return (report)"_s,
        u"ALTER TABLE report ADD COLUMN published TEXT"_s,
    };
}

// 7: the 行政复议 and 行政诉讼 cases each agency keeps for table four (ReviewCase).
std::vector<QString> reviewCaseMigration() {
    return {
        u"CREATE TABLE review_case (id {id}, agency TEXT NOT NULL, number TEXT "
        u"NOT NULL DEFAULT '', case_group TEXT NOT NULL, year_filed INTEGER NOT NULL, result "
        u"TEXT NOT NULL, decided TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX review_case_agency_year ON review_case (agency, year_filed)"_s,
    };
}

// One entry per schema version: the statements that bring version N-1 to N. Never edit a
// released entry; add a new one. Written for both databases (see Dialect::schema): "{id}" is
// the row id column, "{without rowid}" SQLite's clustered tables; "user" is quoted, a reserved
// word on PostgreSQL (SQLite's tables are the same as before it was quoted).
const std::vector<std::vector<QString>>& migrations() {
    static const std::vector<std::vector<QString>> steps = {
        // 1: reports, cells, texts, history
        {
            u"CREATE TABLE report (id {id}, form TEXT NOT NULL, agency TEXT NOT "
            u"NULL, year INTEGER NOT NULL, level TEXT NOT NULL DEFAULT '', status TEXT NOT NULL "
            u"DEFAULT 'draft', created TEXT NOT NULL, modified TEXT NOT NULL)"_s,
            u"CREATE TABLE cell (report INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE, "
            u"cell TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (report, cell)) {without rowid}"_s,
            u"CREATE TABLE text (report INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE, "
            u"part TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (report, part)) {without rowid}"_s,
            u"CREATE TABLE history (id {id}, report INTEGER NOT NULL REFERENCES "
            u"report(id) ON DELETE CASCADE, target TEXT NOT NULL, old TEXT, new TEXT, "
            u"at TEXT NOT NULL, \"user\" TEXT NOT NULL)"_s,
            u"CREATE INDEX history_target ON history (report, target)"_s,
        },
        // 2: trash, unknown exchange keys, acknowledged warnings, finalization
        {
            u"ALTER TABLE report ADD COLUMN deleted TEXT"_s,
            u"ALTER TABLE report ADD COLUMN extra TEXT"_s,
            u"CREATE TABLE acknowledgement (report INTEGER NOT NULL REFERENCES report(id) ON "
            u"DELETE CASCADE, finding TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL, "
            u"\"user\" TEXT NOT NULL, PRIMARY KEY (report, finding)) {without rowid}"_s,
            u"CREATE TABLE finalization (id {id}, report INTEGER NOT NULL "
            u"REFERENCES report(id) ON DELETE CASCADE, finalized_on TEXT NOT NULL, preparer TEXT "
            u"NOT NULL, reviewer TEXT NOT NULL, approver TEXT NOT NULL, hash TEXT NOT NULL, "
            u"frozen TEXT NOT NULL, at TEXT NOT NULL, \"user\" TEXT NOT NULL, reopened_at TEXT, "
            u"reopen_reason TEXT, reopened_by TEXT)"_s,
        },
        // 3: the newest history entry of a report found from an index (it was a sort of the
        // report's whole history at every keystroke)
        {
            u"CREATE INDEX history_report ON history (report)"_s,
        },
        // 4: each report's error and warning counts kept with it, so that listing the reports
        // does not load and check every one. NULL: not known, computed when next listed (see
        // ReportStore::query); an edit forgets those of the report and of next year's.
        {
            u"ALTER TABLE report ADD COLUMN errors INTEGER"_s,
            u"ALTER TABLE report ADD COLUMN warnings INTEGER"_s,
            u"CREATE INDEX report_agency_year ON report (agency, year)"_s,
        },
        // 5: the request register (依申请公开登记) per agency, spanning years; what became of
        // deleted entries (without personal data); where a report's cells came from
        {
            u"CREATE TABLE request (id {id}, agency TEXT NOT NULL, number TEXT "
            u"NOT NULL, received TEXT NOT NULL, channel TEXT NOT NULL, applicant_type TEXT NOT "
            u"NULL, applicant_name TEXT NOT NULL DEFAULT '', applicant_contact TEXT NOT NULL "
            u"DEFAULT '', subject TEXT NOT NULL DEFAULT '', correction_asked TEXT NOT NULL "
            u"DEFAULT '', correction_received TEXT NOT NULL DEFAULT '', consultation_start TEXT "
            u"NOT NULL DEFAULT '', consultation_end TEXT NOT NULL DEFAULT '', extended_on TEXT "
            u"NOT NULL DEFAULT '', replied TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL "
            u"DEFAULT '', fee TEXT NOT NULL DEFAULT '0', notes TEXT NOT NULL DEFAULT '', "
            u"withdrawn INTEGER NOT NULL DEFAULT 0, merged_into TEXT NOT NULL DEFAULT '', "
            u"UNIQUE (agency, number))"_s,
            u"CREATE INDEX request_received ON request (agency, received)"_s,
            u"CREATE TABLE request_history (id {id}, agency TEXT NOT NULL, "
            u"number TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL, at TEXT NOT "
            u"NULL, \"user\" TEXT NOT NULL)"_s,
            u"CREATE TABLE cell_source (report INTEGER NOT NULL REFERENCES report(id) ON DELETE "
            u"CASCADE, cell TEXT NOT NULL, source TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY "
            u"(report, cell)) {without rowid}"_s,
        },
        boardSchema(),
        reviewCaseMigration(),
    };
    return steps;
}

// Shorter than its header says (a copy cut off, a disk that lost the end): found from the
// header alone, where the full check would read the whole file. The header's page count is
// only trusted when SQLite marks it valid (its change counter repeated at offset 92).
bool isTruncated(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return true;
    auto bigEndian = [&](int offset) {
        quint32 value = 0;
        for (int i = 0; i < 4; ++i)
            value = (value << 8) | static_cast<quint8>(header[offset + i]);
        return value;
    };
    quint32 pageSize = (static_cast<quint8>(header[16]) << 8) | static_cast<quint8>(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian(28);
    if (pages == 0 || bigEndian(24) != bigEndian(92))
        return false;
    return file.size() < static_cast<qint64>(pageSize) * pages;
}

bool syncFile(QFile& file) {
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool hasSqliteHeader(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// The newest moment recorded anywhere in a store: when its last change was made.
const QString kLastChangeSql =
    u"SELECT max(t) FROM (SELECT max(modified) AS t FROM report UNION ALL SELECT max(deleted) "
    u"FROM report UNION ALL SELECT max(at) FROM history UNION ALL SELECT max(at) FROM "
    u"finalization UNION ALL SELECT max(reopened_at) FROM finalization)"_s;

// Schema 5: the register's changes count as changes of the store.
const QString kLastChangeWithRegisterSql =
    u"SELECT max(t) FROM (SELECT max(modified) AS t FROM report UNION ALL SELECT max(deleted) "
    u"FROM report UNION ALL SELECT max(at) FROM history UNION ALL SELECT max(at) FROM "
    u"finalization UNION ALL SELECT max(reopened_at) FROM finalization UNION ALL SELECT "
    u"max(at) FROM request_history)"_s;

// Opens a database file on its own connection (read-only unless told), runs `use` on it
// and closes it again.
template <typename Use>
void withDatabase(const QString& path, bool readOnly, Use use) {
    const QString connection =
        u"nianbao-inspect-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open())
            use(db);
        else
            use(QSqlDatabase());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

ReportStore::BackupCheck ReportStore::inspect(const QString& file) {
    BackupCheck check;
    check.file = file;
    if (!QFileInfo(file).isFile() || !hasSqliteHeader(file)) {
        check.problem = Tr::tr("not an SQLite file (cut off while it was written?)");
        return check;
    }
    withDatabase(file, true, [&](QSqlDatabase db) {
        if (!db.isOpen()) {
            check.problem = Tr::tr("cannot be opened");
            return;
        }
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next() || q.value(0).toString() != u"ok") {
            check.problem = Tr::tr("fails SQLite's integrity check");
            return;
        }
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next() || q.value(0).toInt() < 1 ||
            q.value(0).toInt() > kSchemaVersion) {
            check.problem = Tr::tr("is not a database of this version of Nianbao");
            return;
        }
        const int version = q.value(0).toInt();
        if (!q.exec(u"SELECT count(*) FROM report"_s) || !q.next()) {
            check.problem = Tr::tr("holds no table of reports");
            return;
        }
        check.reports = q.value(0).toInt();
        if (version >= 5 && q.exec(u"SELECT count(*) FROM request"_s) && q.next())
            check.requests = q.value(0).toInt();
        const QString lastChange =
            version >= 5   ? kLastChangeWithRegisterSql
            : version >= 2 ? kLastChangeSql
                           : u"SELECT max(t) FROM (SELECT max(modified) AS t FROM report UNION ALL "
                             u"SELECT max(at) FROM history)"_s;
        if (q.exec(lastChange) && q.next() && !q.value(0).isNull()) {
            check.lastChange = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
            check.lastChange.setTimeSpec(Qt::UTC);
        }
        check.good = true;
    });
    return check;
}

std::optional<ReportStore::BackupCheck> ReportStore::bestBackup(const QString& databasePath,
                                                                QStringList* rejected) {
    std::optional<BackupCheck> best;
    auto better = [](const BackupCheck& a, const BackupCheck& b) {
        // One holding reports beats an empty one; then the later last change (the time inside
        // the file, not its name: a file named for 2099 does not win by its name).
        if (a.holdsData() != b.holdsData())
            return a.holdsData();
        if (a.lastChange != b.lastChange)
            return a.lastChange > b.lastChange;
        return a.file > b.file;
    };
    for (const QString& file : backups(databasePath)) {
        BackupCheck check = inspect(file);
        if (!check.good) {
            if (rejected)
                rejected->append(QFileInfo(file).fileName() + u": "_s + check.problem);
            continue;
        }
        if (!best || better(check, *best))
            best = std::move(check);
    }
    return best;
}

ReportStore::ReportStore(QString connection, QString path, const Dialect& dialect)
    : m_connection(std::move(connection))
    , m_path(std::move(path))
    , m_dialect(&dialect) {}

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
    if (const QString chosen = chosenStore(); !chosen.isEmpty())
        return chosen;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"nianbao.sqlite"_s);
}

namespace {
const QString kChosenStoreKey = u"store/address"_s;
} // namespace

QString ReportStore::chosenStore() {
    return QSettings().value(kChosenStoreKey).toString();
}

bool ReportStore::chooseStore(const QString& address, const Options& options, QString* error) {
    const QString chosen = address.trimmed();
    if (chosen.isEmpty()) {
        QSettings().remove(kChosenStoreKey);
        return true;
    }
    // Opened once, as the editor will open it: an address that cannot be used is said now,
    // not at the next start.
    if (!open(chosen, options, error))
        return false;
    rememberChosenStore(chosen);
    return true;
}

void ReportStore::rememberChosenStore(const QString& address) {
    QSettings().setValue(kChosenStoreKey, address);
}

QString ReportStore::backupFolder(const QString& databasePath) {
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + u"-backups"_s);
}

QStringList ReportStore::backups(const QString& databasePath) {
    if (storage::isServerUrl(databasePath))
        return {}; // the server's own backup (pg_dump), not Nianbao's
    QDir dir(backupFolder(databasePath));
    QStringList files = dir.entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString& f : files)
        f = dir.filePath(f);
    return files;
}

bool ReportStore::isInUse(const QString& databasePath) {
    if (storage::isServerUrl(databasePath))
        return false; // the server serialises its clients
    bool inUse = false;
    StoreLock::take(databasePath, nullptr, &inUse);
    return inUse;
}

std::optional<QString> ReportStore::restoreLatestBackup(const QString& databasePath, QString* error,
                                                        QString* restoredFrom) {
    if (storage::isServerUrl(databasePath)) {
        if (error)
            *error = serverBackupNote();
        return std::nullopt;
    }
    // Never under a running Nianbao: it would go on writing to the file moved aside.
    const std::unique_ptr<StoreLock> lock = StoreLock::take(databasePath, error);
    if (!lock)
        return std::nullopt;
    if (backups(databasePath).isEmpty()) {
        if (error)
            *error = Tr::tr("there is no backup of %1").arg(databasePath);
        return std::nullopt;
    }
    // Each candidate is checked before it is used: a backup cut off while it was written must
    // not replace even a damaged store.
    QStringList rejected;
    const auto best = bestBackup(databasePath, &rejected);
    if (!best) {
        if (error)
            *error = Tr::tr("no backup of %1 can be restored:\n%2")
                         .arg(databasePath, rejected.join(u'\n'));
        return std::nullopt;
    }
    QFile source(best->file);
    if (!source.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("cannot read the backup %1: %2").arg(best->file, source.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = source.readAll();
    source.close();
    QString aside = databasePath + u".damaged-"_s +
                    QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    // Two restores within a second must not collide: the first one's file is never replaced.
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = aside.section(u'~', 0, 0) + u'~' + QString::number(n);
    if (QFile::exists(databasePath) && !QFile::rename(databasePath, aside)) {
        if (error)
            *error = Tr::tr("cannot move the damaged %1 aside").arg(databasePath);
        return std::nullopt;
    }
    for (const char16_t* suffix : {u"-wal", u"-shm"})
        QFile::rename(databasePath + QString::fromUtf16(suffix),
                      aside + QString::fromUtf16(suffix));
    QString writeError;
    if (bytes.size() != QFileInfo(best->file).size() ||
        !writeFileSafely(databasePath, bytes, &writeError)) {
        if (error)
            *error = Tr::tr("cannot copy the backup %1 to %2: %3")
                         .arg(best->file, databasePath, writeError);
        return std::nullopt;
    }
    if (restoredFrom)
        *restoredFrom = best->file;
    return aside;
}

std::unique_ptr<ReportStore> ReportStore::open(const QString& path, QString* error) {
    return open(path, Options(), error);
}

std::unique_ptr<ReportStore> ReportStore::open(const QString& path, const Options& options,
                                               QString* error) {
    if (storage::isServerUrl(path))
        return openServer(path, options, error);
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
    const bool isNew = !info.exists() || info.size() == 0;
    if (isNew) {
        // A store deleted or emptied beside backups that hold reports is a loss to repair, not
        // a new beginning: recreating it empty would hide the loss and its empty backup would
        // push the good ones out.
        if (const auto best = bestBackup(path); best && best->holdsData()) {
            return failWith(
                Tr::tr("%1 is missing or empty, but its backup %2 holds %3 report(s). Restore "
                       "it with: nianbao db restore --db %1")
                    .arg(path, best->file)
                    .arg(best->reports));
        }
        if (!options.mayCreate)
            return failWith(Tr::tr("there is no database at %1").arg(path));
    }
    // The store holds the names of officials and applicants: its folder and files are the
    // user's alone (on Windows the per-user application data folder already is).
    if (!info.absoluteDir().exists() && !makePrivateFolder(info.absolutePath()))
        return failWith(
            Tr::tr("the folder %1 does not exist and cannot be created").arg(info.absolutePath()));
    if (!info.exists()) {
        QFile created(path);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return failWith(Tr::tr("%1 cannot be created: %2").arg(path, created.errorString()));
    } else {
        // SQLite gives -wal and -shm the mode of the database file.
        for (const QString& file : {path, path + u"-wal"_s, path + u"-shm"_s}) {
            if (QFileInfo::exists(file))
                QFile::setPermissions(file, kOwnerOnly);
        }
    }
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

    // Signs that the last process to write the file did not close it: a lock file left
    // behind (a clean close removes it) or a write-ahead log not folded back (the last
    // connection to close folds and deletes it). Only then is the whole file worth reading
    // through before it is trusted; otherwise opening costs the same at 1 report or 500.
    const bool uncleanShutdown =
        QFileInfo::exists(path + u".lock"_s) || QFileInfo(path + u"-wal"_s).size() > 0;

    QString lockError;
    bool inUse = false;
    auto lock = StoreLock::take(path, &lockError, &inUse);
    // A command that only reads goes on without the lock when the lock file cannot be written
    // (a full disk): it writes nothing, and SQLite keeps its reads consistent with a writer.
    if (!lock && (inUse || !options.readOnly))
        return failWith(lockError);

    const QString connection =
        u"nianbao-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ReportStore> store(new ReportStore(connection, path, Dialect::sqlite()));
    store->m_lock = std::move(lock);
    store->m_new = isNew;
    store->m_backups = options.dailyBackup;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return failWith(Tr::tr("%1 cannot be opened: %2").arg(path, describe(db.lastError())));
    if (!store->m_lock) {
        // Reading without the lock, which only a full disk allows (see above): SQLite would
        // need to make the write-ahead log's shared-memory file, which a full disk refuses.
        // In exclusive locking mode it keeps that index in memory instead; no other Nianbao
        // can be writing, since it could not have made its lock file either.
        QSqlQuery exclusive(db);
        exclusive.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s);
    }
    const bool damaged = uncleanShutdown ? !store->quickCheck() : !isNew && isTruncated(path);
    store->m_checkedAtOpen = uncleanShutdown;
    if (damaged) {
        return failWith(withBackupHint(
            Tr::tr("%1 is damaged (SQLite's quick check failed); it was left untouched.")
                .arg(path)));
    }
    if (!store->migrate(error))
        return nullptr;
    if (options.dailyBackup && !store->backupIfDue(options.today, error)) {
        // Reading must still work on a full disk; the backup is tried again next time.
        if (!options.readOnly)
            return nullptr;
        if (error) {
            store->m_warning = *error;
            error->clear();
        }
    }
    return store;
}

bool ReportStore::migrate(QString* error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QString reason;
    const auto version = m_dialect->schemaVersion(db, &reason);
    if (!version) {
        if (error)
            *error = Tr::tr("cannot read the version of %1: %2").arg(m_path, reason);
        return false;
    }
    if (*version > kSchemaVersion) {
        if (error) {
            *error =
                Tr::tr("%1 was written by a newer version of Nianbao (database version %2; this "
                       "version reads up to %3). Update Nianbao; the file was left untouched.")
                    .arg(m_path)
                    .arg(*version)
                    .arg(kSchemaVersion);
        }
        return false;
    }
    if (!m_dialect->isServer() && *version > 0 && *version < kSchemaVersion) {
        // The file as it was, before a migration touches it.
        QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        const QString backup = m_path + u".before-v%1.bak"_s.arg(kSchemaVersion);
        QFile::remove(backup);
        if (!QFile::copy(m_path, backup)) {
            if (error)
                *error = Tr::tr("cannot back up %1 before upgrading it").arg(m_path);
            return false;
        }
        QFile::setPermissions(backup, kOwnerOnly);
    }
    for (const QString& setting : m_dialect->connectionSettings()) {
        QSqlQuery p(db);
        if (!p.exec(setting)) {
            if (error)
                *error = Tr::tr("cannot prepare %1: %2").arg(m_path, describe(p.lastError()));
            return false;
        }
    }
    if (*version == kSchemaVersion)
        return true;
    Transaction transaction(db);
    // On a server another client may have migrated meanwhile: the version is read again
    // under the lock.
    QString failure;
    const auto current = m_dialect->lockForMigration(db, &failure)
                             ? m_dialect->schemaVersion(db, &failure)
                             : std::nullopt;
    if (!current) {
        if (error)
            *error = Tr::tr("upgrading %1 failed: %2; nothing was changed").arg(m_path, failure);
        return false;
    }
    if (*current == kSchemaVersion)
        return transaction.commit(error);
    for (int v = *current; v < kSchemaVersion; ++v) {
        for (const QString& statement : migrations()[v]) {
            QSqlQuery m(db);
            if (!m.exec(m_dialect->schema(statement))) {
                if (error)
                    *error = Tr::tr("upgrading %1 to version %2 failed: %3; nothing was changed")
                                 .arg(m_path)
                                 .arg(v + 1)
                                 .arg(describe(m.lastError()));
                return false;
            }
        }
    }
    if (!m_dialect->setSchemaVersion(db, kSchemaVersion, error))
        return false;
    return transaction.commit(error);
}

bool ReportStore::backupIfDue(const QDate& today, QString* error) {
    return takeBackup(today, false, error);
}

bool ReportStore::takeBackup(const QDate& today, bool replaceToday, QString* error) {
    if (m_dialect->isServer())
        return true; // the server's own backup (pg_dump): see serverBackupNote
    const QString folder = backupFolder(m_path);
    const QString name =
        QFileInfo(m_path).completeBaseName() + u'-' + today.toString(Qt::ISODate) + u".sqlite"_s;
    const QString target = QDir(folder).filePath(name);
    // A file at the day's name was checked before it was put there; only one left by an older
    // version, cut off mid-write, lacks even the header and is replaced.
    if (!replaceToday && hasSqliteHeader(target))
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    int reports = 0;
    int requests = 0;
    {
        QSqlQuery count(db);
        if (!count.exec(u"SELECT count(*) FROM report"_s) || !count.next()) {
            if (error)
                *error = Tr::tr("the daily backup of %1 failed: %2")
                             .arg(m_path, describe(count.lastError()));
            return false;
        }
        reports = count.value(0).toInt();
        // A store holding only the request register is worth a backup too.
        if (count.exec(u"SELECT count(*) FROM request"_s) && count.next())
            requests = count.value(0).toInt();
    }
    if (reports == 0 && requests == 0)
        return true;
    if (!makePrivateFolder(folder)) {
        if (error)
            *error = Tr::tr("cannot create the backup folder %1").arg(folder);
        return false;
    }
    // One process holds the store: a *.partial here is one a crash cut off.
    const QDir backupDir(folder);
    for (const QString& stale : backupDir.entryList({u"*.partial"_s}, QDir::Files))
        QFile::remove(backupDir.filePath(stale));
    const QString partial = target + u".partial"_s;
    auto failWith = [&](const QString& reason) {
        QFile::remove(partial);
        if (error)
            *error = Tr::tr("the daily backup to %1 failed: %2").arg(target, reason);
        return false;
    };
    QFile::remove(partial);
    {
        QSqlQuery q(db);
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(partial);
        if (!q.exec())
            return failWith(describe(q.lastError()));
    }
    QFile::setPermissions(partial, kOwnerOnly);
    {
        QFile written(partial);
        if (!written.open(QIODevice::ReadWrite) || !syncFile(written))
            return failWith(Tr::tr("it could not be synced to the disk"));
    }
    const BackupCheck check = inspect(partial);
    if (!check.good)
        return failWith(check.problem);
    if (check.reports != reports)
        return failWith(
            Tr::tr("it holds %1 report(s) instead of %2").arg(check.reports).arg(reports));
    if (check.requests != requests)
        return failWith(
            Tr::tr("it holds %1 register entries instead of %2").arg(check.requests).arg(requests));
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), renameError);
    if (renameError)
        return failWith(QString::fromLocal8Bit(renameError.message()));
    const QStringList all = backups(m_path);
    for (qsizetype i = kBackupsKept; i < all.size(); ++i)
        QFile::remove(all[i]);
    return true;
}

bool ReportStore::quickCheck() const {
    if (m_dialect->isServer())
        return true;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(u"PRAGMA quick_check"_s) && q.next() && q.value(0).toString() == u"ok";
}

bool ReportStore::integrityCheck(QString* error) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // A server checks its own pages (data checksums, pg_amcheck): here only that it answers.
    if (m_dialect->isServer()) {
        if (q.exec(u"SELECT 1"_s) && q.next())
            return true;
        if (error)
            *error = describe(q.lastError());
        return false;
    }
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
    if (m_dialect->isServer())
        return;
    QSqlQuery(QSqlDatabase::database(m_connection))
        .exec(u"PRAGMA max_page_count = %1"_s.arg(pages));
}

} // namespace nianbao
