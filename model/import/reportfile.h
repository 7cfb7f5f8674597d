#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace nianbao {

// The text of a published report's bytes: by their byte-order mark, else by `declared` (a
// charset name such as a web page declares, e.g. 「gb2312」), else UTF-8, else GB18030 — the
// first that reads without error. nullopt, with the reason, when none does.
std::optional<QString> decodeReportBytes(QByteArrayView bytes, QByteArrayView declared,
                                         QString* error);

// The bytes of a published report's file, at most 8 MiB; nullopt with a message that names the
// file and what is wrong with it. `kind` names such files in that message (「年报网页」).
std::optional<QByteArray> readReportFile(const QString& path, const QString& kind, QString* error);

} // namespace nianbao
