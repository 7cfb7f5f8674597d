// In libnianbao-pdf: a PDF's text through poppler-qt6 (see pdfmodule.h).
#include "model/pdf/pdfmodule.h"
#include "model/pdf/pdfmodule_symbols.h"

#include <QRectF>

#include <poppler-qt6.h>

#include <memory>

using nianbao::pdfmodule::TextStatus;

extern "C" NIANBAO_PDF_MODULE_EXPORT TextStatus nianbao_pdf_text(const QString& path,
                                                                 QString* text) {
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return TextStatus::Unreadable;
    if (document->isLocked())
        return TextStatus::Locked;
    text->clear();
    for (int i = 0; i < document->numPages(); ++i) {
        if (const std::unique_ptr<Poppler::Page> page = document->page(i))
            *text += page->text(QRectF(), Poppler::Page::PhysicalLayout) + u'\n';
    }
    return TextStatus::Read;
}
