#pragma once

#include "model/core/report.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace nianbao {

// A published report read back into the form: what was found, and in Chinese what was not.
struct ImportedReport {
    Report report;
    bool complete = false;
    bool format2019 = false; // the 2019 layout was found: its tables were not imported
    QStringList notes; // each names what is missing or could not be read, e.g. a row or a cell
    // Some tables in the 2019 layout (F1), the others read as the 2021 form's.
    bool mixedFormats = false;
};

// One line of a printed table: its innermost row label (none for t4) and its value cells
// from left to right, as the definition's grid lays them out.
struct PrintedRow {
    QString label;
    std::vector<CellRef> cells;
    QString group; // the label of the rows it belongs to, e.g. 「（六）其他处理」; may be empty
};
std::vector<PrintedRow> printedRows(const TableDefinition& table);

// Reads the text of a published report as pulled out of its PDF (labels broken over lines,
// rows wrapped, 「0000000」 rows) into `form`. Rows are found by their official labels in
// the order the form prints them, so a page header or a wrapped label between them does no
// harm. Returns nullopt and says why when the text is not a report of this form. When the
// title is missing (a web page's text often starts at 「一、总体情况」) the agency is empty and
// the year 0, and a note says so: the caller must supply them before the report is stored.
std::optional<ImportedReport> importReportText(QStringView text,
                                               const std::shared_ptr<const FormDefinition>& form,
                                               QString* error);

// Reads a text file (UTF-8, or GB18030 as Chinese Windows saves it; at most 8 MiB) and
// imports it as above. On failure the message names the file and what is wrong with it.
std::optional<ImportedReport>
importReportTextFile(const QString& path, const std::shared_ptr<const FormDefinition>& form,
                     QString* error);

} // namespace nianbao
