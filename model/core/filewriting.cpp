#include "model/core/filewriting.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::FileWriting)
};

bool syncToDisk(int handle) {
#ifdef Q_OS_WIN
    return ::_commit(handle) == 0;
#else
    return ::fsync(handle) == 0;
#endif
}

} // namespace

bool writeFileSafely(const QString& path, const QByteArray& bytes, QString* error) {
    auto failWith = [&](const QString& reason) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, reason);
        return false;
    };
    const QFileInfo target(path);
    if (target.isDir())
        return failWith(Tr::tr("it is a folder"));
    // Beside the target, so that the rename stays on one file system. QTemporaryFile creates
    // it 0600 and removes it on every failure below.
    QTemporaryFile temporary(
        target.absoluteDir().filePath(u"."_s + target.fileName() + u".XXXXXX.part"_s));
    if (!temporary.open())
        return failWith(temporary.errorString());
    for (qsizetype written = 0; written < bytes.size();) {
        const qint64 n = temporary.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            return failWith(temporary.errorString());
        written += n;
    }
    if (!temporary.flush())
        return failWith(temporary.errorString());
    if (!syncToDisk(temporary.handle()))
        return failWith(Tr::tr("the disk did not confirm the write (full?)"));
    if (temporary.size() != bytes.size())
        return failWith(Tr::tr("only %1 of %2 bytes reached the disk (full?)")
                            .arg(temporary.size())
                            .arg(bytes.size()));
    temporary.close();
    if (temporary.error() != QFileDevice::NoError)
        return failWith(temporary.errorString());
    // std::filesystem::rename replaces an existing file on Windows too (QFile::rename does not).
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(temporary.fileName().toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), renameError);
    if (renameError)
        return failWith(QString::fromLocal8Bit(renameError.message()));
    temporary.setAutoRemove(false);
    return true;
}

bool makePrivateFolder(const QString& path) {
    if (QFileInfo(path).isDir())
        return true;
    const QFileInfo info(path);
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath()))
        return false;
    return QDir().mkdir(path,
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace nianbao
