// In libnianbao-pdf: a PDF's text through poppler-qt6 (see pdfmodule.h).
#include "model/pdf/pdfmodule.h"
#include "model/pdf/pdfmodule_symbols.h"

#include <QFile>
#include <QRectF>

#include <poppler-qt6.h>

#include <memory>

using nianbao::pdfmodule::TextStatus;

namespace {

// poppler prints its own English 「Error: …」 lines (hundreds of thousands for a hostile
// file); the user gets one message of ours instead.
void ignorePopplerMessage(const QString& /*message*/, const QVariant& /*closure*/) {}

// A run of hundreds of opening brackets (a PDF of deeply nested arrays) keeps poppler's
// parser busy for seconds; no real document nests more than a few levels.
bool nestsTooDeeply(const QByteArray& bytes) {
    constexpr int kMaxRun = 256;
    int run = 0;
    for (const char c : bytes) {
        if (c == '[') {
            if (++run > kMaxRun)
                return true;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            run = 0;
        }
    }
    return false;
}

} // namespace

extern "C" NIANBAO_PDF_MODULE_EXPORT TextStatus nianbao_pdf_text(const QString& path,
                                                                 QString* text) {
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
    // The caller has checked that this is a regular file of bounded size.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return TextStatus::Unreadable;
    const QByteArray bytes = file.readAll();
    if (nestsTooDeeply(bytes))
        return TextStatus::Unreadable;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
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
