#pragma once

#include "model/import/textimport.h"

#include <QByteArrayView>

namespace nianbao {

// The visible text of a web page as the text importer reads it: one line per paragraph or
// heading, one line per table row with its cells between 「|」 (a cell spanning rows or
// columns is printed once, where the page shows it), and nothing from scripts, styles,
// navigation menus, footers or hidden elements. The page's <title> comes first, so a
// report whose heading is only in the browser's title bar still has one. The bytes are
// decoded by their byte-order mark, by the charset the page declares, or else as UTF-8 or
// GB18030, whichever reads without error. Parsed with libxml2's HTML parser, which mends
// broken markup as browsers do.
QString htmlReportText(QByteArrayView html, QString* error);

// A published report's web page read into `form` (see importReportText for what is read
// and what is noted).
std::optional<ImportedReport> importReportHtml(QByteArrayView html,
                                               const std::shared_ptr<const FormDefinition>& form,
                                               QString* error);

// Reads an .html/.htm file (at most 8 MiB) and imports it as above. On failure the message
// names the file and what is wrong with it.
std::optional<ImportedReport>
importReportHtmlFile(const QString& path, const std::shared_ptr<const FormDefinition>& form,
                     QString* error);

} // namespace nianbao
