#include "model/storage/storelock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QSet>
#include <QStorageInfo>
#include <QSysInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// The lock files this process holds, so that a lock naming this process is known to be ours
// (a second store on the same file is refused) or else stale (see takeLock).
class HeldLocks {
public:
    static bool contains(const QString& lockPath) {
        const QMutexLocker locker(&mutex());
        return paths().contains(QFileInfo(lockPath).absoluteFilePath());
    }
    static void add(const QString& lockPath) {
        const QMutexLocker locker(&mutex());
        paths().insert(QFileInfo(lockPath).absoluteFilePath());
    }
    static void remove(const QString& lockPath) {
        const QMutexLocker locker(&mutex());
        paths().remove(QFileInfo(lockPath).absoluteFilePath());
    }

private:
    static QMutex& mutex() {
        static QMutex m;
        return m;
    }
    static QSet<QString>& paths() {
        static QSet<QString> p;
        return p;
    }
};

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
};

// An empty lock file younger than this may be one that its owner is still writing.
constexpr qint64 kSettleMs = 2000;
// Less free space than this, and a lock file that cannot be made is put down to a full disk.
constexpr qint64 kRoomForALock = 64 * 1024;

} // namespace

StoreLock::StoreLock(std::unique_ptr<QLockFile> file)
    : m_file(std::move(file)) {}

StoreLock::~StoreLock() {
    HeldLocks::remove(m_file->fileName());
}

bool StoreLock::verify(QString* error) {
    qint64 pid = 0;
    QString host;
    QString application;
    const QString path = m_file->fileName();
    if (m_file->getLockInfo(&pid, &host, &application)) {
        if (pid == QCoreApplication::applicationPid() &&
            host.compare(QSysInfo::machineHostName(), Qt::CaseInsensitive) == 0)
            return true;
        if (error) {
            *error = Tr::tr("the lock on the store was lost: another Nianbao (%1, process %2 on "
                            "%3) has it now")
                         .arg(application)
                         .arg(pid)
                         .arg(host);
        }
        return false;
    }
    if (QFileInfo::exists(path)) {
        if (error)
            *error = Tr::tr("the lock file %1 cannot be read").arg(path);
        return false;
    }
    // Gone: take it again, unless someone else is quicker.
    auto again = std::make_unique<QLockFile>(path);
    again->setStaleLockTime(0);
    if (!again->tryLock(0)) {
        if (error)
            *error = Tr::tr("the lock file %1 was deleted and cannot be made again").arg(path);
        return false;
    }
    // The old QLockFile would delete the file at its path — now the new lock — when unlocked
    // or destroyed, so it is let go without either (a few bytes, once per lost lock).
    [[maybe_unused]] QLockFile* orphan = m_file.release();
    m_file = std::move(again);
    return true;
}

// A lock that names this very process is stale unless we hold it: a process that died left
// it, and its number was given to us (Wine and containers reuse small numbers).
std::unique_ptr<StoreLock> StoreLock::take(const QString& databasePath, QString* error,
                                           bool* inUse) {
    auto lock = std::make_unique<QLockFile>(databasePath + u".lock"_s);
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale
    if (inUse)
        *inUse = false;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (lock->tryLock(0)) {
            HeldLocks::add(lock->fileName());
            return std::unique_ptr<StoreLock>(new StoreLock(std::move(lock)));
        }
        qint64 pid = 0;
        QString host;
        QString application;
        if (lock->error() != QLockFile::LockFailedError)
            break;
        if (!lock->getLockInfo(&pid, &host, &application)) {
            // Empty or unreadable: a power cut between creating the file and writing it. A
            // live owner writes it at once, and removeStaleLockFile() refuses while any process
            // still holds the file's own lock, so this takes nothing from a running Nianbao.
            // One just created may still be being written: it is given until it is
            // kSettleMs old (a bounded wait) before it is taken for stale.
            const QFileInfo file(lock->fileName());
            const qint64 age = file.lastModified().msecsTo(QDateTime::currentDateTime());
            if (age >= 0 && age < kSettleMs)
                QThread::msleep(static_cast<unsigned long>(kSettleMs - age));
            if (attempt == 0 && QFileInfo::exists(lock->fileName()) &&
                !lock->getLockInfo(&pid, &host, &application) && lock->removeStaleLockFile())
                continue;
            if (attempt == 0 && !QFileInfo::exists(lock->fileName()))
                continue; // its owner gave it up meanwhile
            break;
        }
        // Qt for Windows writes the NetBIOS name (VM), QSysInfo gives the DNS name (vm).
        const bool thisMachine =
            host.compare(QSysInfo::machineHostName(), Qt::CaseInsensitive) == 0;
        if (pid == QCoreApplication::applicationPid() && thisMachine && attempt == 0 &&
            !HeldLocks::contains(lock->fileName()) && lock->removeStaleLockFile())
            continue;
        if (inUse)
            *inUse = true;
        if (error) {
            *error = Tr::tr("%1 is in use by another Nianbao (%2, process %3 on %4); close it "
                            "first")
                         .arg(databasePath, application)
                         .arg(pid)
                         .arg(host);
        }
        return nullptr;
    }
    if (error) {
        // QLockFile says only that it failed; a full disk is the usual cause on a clerk's PC
        // and one the clerk can act on, so it is named.
        const QStorageInfo disk(QFileInfo(databasePath).absolutePath());
        if (disk.isValid() && disk.bytesAvailable() < kRoomForALock)
            *error = Tr::tr("cannot lock %1: the disk is full (free some space, then try again)")
                         .arg(databasePath);
        else
            *error = Tr::tr("cannot lock %1 (is its folder writable?)").arg(databasePath);
    }
    return nullptr;
}

} // namespace nianbao
