#pragma once

#include "model/core/report.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

// The `*.nianbao.json` exchange format (schema "nianbao-report/1"), see
// shared/spec/exchange-format.md. Reading is strict: anything the format does not allow is
// refused with a message that names the key; nothing is dropped silently.
class ReportJson {
public:
    static constexpr qint64 kMaxFileSize = 8 * 1024 * 1024;

    static std::optional<Report> fromJson(const QByteArray& bytes, QString* error);
    static QByteArray toJson(const Report& report);

    // SHA-256 (hex) of the report's canonical form: the exchange JSON of its content (agency,
    // year, level, values, texts) without any other key. Stable across save and load.
    static QString contentHash(const Report& report);

    // Reads a file, refusing directories, unreadable and oversized files before reading.
    static std::optional<Report> load(const QString& path, QString* error);

    // What the "finalized" key a store export adds (date, names, sha256) says of the content.
    enum class Seal {
        None,     // no "finalized" key: a draft
        Matches,  // its sha256 is the content's hash
        Mismatch, // its sha256 is missing or another: the content is not what was finalized
    };
    // `recordedHash` receives the sha256 the file states, if any.
    static Seal finalizedSeal(const Report& report, QString* recordedHash = nullptr);

    // What differs between two reports of the same form, one line each: the cell or part by
    // its labels, with the value in `before` and in `after`. Empty when the content is equal.
    static QStringList differences(const Report& before, const Report& after);
};

} // namespace nianbao
