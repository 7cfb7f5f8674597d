#pragma once

#include "model/board/summary.h"
#include "model/render/reportlayout.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

// The 汇总 printed: only its title, the note naming the units, and tables two, three and four,
// through the one layout (ReportLayout) that prints reports.
RenderOptions summaryRenderOptions(const Summary& summary, const QString& county);

// One line per summed cell: table, row, column, cell id, the sum, then each unit's value,
// every number written exactly as stored ("12.3450" stays so). Empty where unknown.
QList<QStringList> summaryRows(const Summary& summary, QStringList* header);

// UTF-8 with a BOM (so that Excel opens it as UTF-8), comma separated, CRLF lines. A text
// that a spreadsheet would run as a formula (=, +, -, @ first) is written with a leading '.
QByteArray summaryCsv(const Summary& summary);

// .csv, .xlsx or .pdf by the name's suffix; an old file is left as it was when the new one
// cannot be written. False with the reason naming the file.
bool writeSummary(const Summary& summary, const QString& county, const QString& path,
                  QString* error);

} // namespace nianbao
