#pragma once

#include "model/core/report.h"

#include <QByteArray>
#include <QString>

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
};

} // namespace nianbao
