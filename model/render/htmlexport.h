#pragma once

#include "model/core/report.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

// The report as one clean, semantic XHTML file for the portal's CMS: headings, paragraphs and
// real <table>s with rowspan/colspan and <th> for headers, laid out from the form definition.
// No styling beyond a few lines in <head>. Each value cell carries its cell id (data-cell).
class HtmlExport {
public:
    static QByteArray html(const Report& report);
    static bool writeHtml(const Report& report, const QString& path, QString* error);
    // ODT (opens in WPS and Word), from the same HTML through Qt's ODF writer.
    static bool writeOdt(const Report& report, const QString& path, QString* error);
};

} // namespace nianbao
