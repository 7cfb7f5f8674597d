#pragma once

#include "model/import/textimport.h"

namespace nianbao {

// Reads a published report's PDF: its text in the page's physical layout (as pdftotext
// -layout gives it, one table row a line) through poppler-qt6, then importReportText().
// A damaged, encrypted or image-only PDF is refused with a message saying which.
std::optional<ImportedReport> importReportPdf(const QString& path,
                                              const std::shared_ptr<const FormDefinition>& form,
                                              QString* error);

// A published report in any form the importer reads, chosen by the file's suffix: .pdf, a web
// page (.html, .htm, .shtml, .xhtml), or text (.txt and anything else).
std::optional<ImportedReport>
importPublishedReport(const QString& path, const std::shared_ptr<const FormDefinition>& form,
                      QString* error);

} // namespace nianbao
