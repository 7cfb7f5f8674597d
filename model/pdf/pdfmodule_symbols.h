#pragma once

#include "model/pdf/pdfmodule.h"

#include <QtGlobal>

// The module's entry points, by the names the loader resolves (pdfmodule.cpp).
#ifdef NIANBAO_PDF_MODULE_BUILTIN
#define NIANBAO_PDF_MODULE_EXPORT
#else
#define NIANBAO_PDF_MODULE_EXPORT Q_DECL_EXPORT
#endif

extern "C" {
NIANBAO_PDF_MODULE_EXPORT bool nianbao_pdf_finish(const QByteArray& bytes,
                                                  const nianbao::pdfmodule::Finishing& finishing,
                                                  QByteArray* out, std::string* error);
NIANBAO_PDF_MODULE_EXPORT nianbao::pdfmodule::TextStatus nianbao_pdf_text(const QString& path,
                                                                          QString* text);
}
