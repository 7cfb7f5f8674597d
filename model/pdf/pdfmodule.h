#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

// The work that needs libqpdf or poppler lives in a module of its own (libnianbao-pdf.so),
// loaded at the first PDF written or read. Those libraries and theirs (NSS, GnuTLS, image
// codecs) took a fifth of the editor's start-up to map and relocate, for work most sessions
// never do. The Windows build links them in (NIANBAO_PDF_MODULE_BUILTIN).
namespace nianbao::pdfmodule {

struct Finishing {
    // Every /ToUnicode map of the document at once (a correction in one depends on what the
    // others map), returning them in the same order; a map returned unchanged is kept as is.
    std::function<std::vector<QByteArray>(const std::vector<QByteArray>&)> fixTextMaps;
    QString author; // written into /Info when not empty
};

// Rewrites a PDF from QPdfWriter: its text maps through Finishing::fixTextMaps, a subset tag
// on every embedded font's name, the author. On failure *error gets qpdf's reason.
using FinishFunction = bool (*)(const QByteArray& pdf, const Finishing& finishing, QByteArray* out,
                                std::string* error);

enum class TextStatus { Read, Unreadable, Locked };
// The text of every page of a PDF file, laid out as on the page (one table row, one line).
using TextFunction = TextStatus (*)(const QString& path, QString* text);

// Where the module is looked for, in order. `chosen` (NIANBAO_MODULE_DIR), when not empty, is
// the only place. Otherwise the folder the installation puts it in, relative to the program's
// folder; and the build tree's, but only for a program that runs from the build tree: an
// installed program must never load a library from wherever it happened to be built.
QStringList searchFolders(const QString& programFolder, const QString& chosen);

// The module's functions, loaded once per process; nullptr with *error saying which module
// file was looked for where, and why it did not load.
FinishFunction finishFunction(QString* error);
TextFunction textFunction(QString* error);

} // namespace nianbao::pdfmodule
