#pragma once

#include "model/render/reportlayout.h"

class QPrinter;

namespace nianbao {

// Paints the report's laid-out pages on a printer (or the print preview's printer): the same
// layout as the PDF, scaled from points to the printer's resolution.
void printReport(const Report& report, const RenderOptions& options, QPrinter* printer);

// The name the save dialogs propose: 「<机关名称><年度>年政府信息公开工作年度报告.pdf」.
QString proposedFileName(const Report& report, const QString& suffix);

} // namespace nianbao
