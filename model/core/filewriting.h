#pragma once

#include <QByteArray>
#include <QString>

namespace nianbao {

// Writes `bytes` to `path` so that `path` afterwards holds either the whole new content or,
// on any failure, exactly what it held before: a temporary file beside it is written with
// every write() and flush() checked, synced to the disk, then renamed over `path`. (Qt 6.4's
// QSaveFile can lose a buffered ENOSPC at commit and report success for a truncated file.)
// On Linux the file is created readable by its owner only (0600): exports carry the names of
// officials. On failure `error` names the file and the reason, and false is returned.
bool writeFileSafely(const QString& path, const QByteArray& bytes, QString* error);

// Creates a folder (and its parents) readable by its owner only on Linux (0700); a folder
// that exists already is left as it is. False if it cannot be created.
bool makePrivateFolder(const QString& path);

} // namespace nianbao
