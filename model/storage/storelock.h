#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace nianbao {

// The lock file beside a database, held for as long as this object lives: one process at a
// time writes a store. A lock file that names a process still running elsewhere refuses the
// store; one left by a dead process is taken over.
class StoreLock {
public:
    ~StoreLock();
    StoreLock(const StoreLock&) = delete;
    StoreLock& operator=(const StoreLock&) = delete;

    // nullptr with the reason when another process holds the database; `inUse` says whether
    // that is why (rather than, say, a folder that cannot be written).
    static std::unique_ptr<StoreLock> take(const QString& databasePath, QString* error,
                                           bool* inUse = nullptr);

    // Whether the lock file still names this process. A lock file that has gone (deleted by
    // hand, a cleaning tool) is made again if nobody else took it; false, with the reason, if
    // another process holds the store now.
    bool verify(QString* error);

private:
    explicit StoreLock(std::unique_ptr<QLockFile> file);
    std::unique_ptr<QLockFile> m_file;
};

} // namespace nianbao
