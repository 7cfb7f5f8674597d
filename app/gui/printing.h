#pragma once

#include "model/render/reportlayout.h"
#include "model/storage/reportstore.h"

#include <QString>

#include <functional>
#include <optional>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace nianbao {

// What matters for the paper copy, chosen in Nianbao's own dialog before the system's print
// dialog (which on Windows is the native one and shows none of Qt's extra tabs).
struct PrintChoices {
    bool approvalPage = false;
    // The signed copy: no 「草稿」 watermark, the content fingerprint in every footer and its QR
    // code at the end. Only a finalized report can print so; otherwise it is a draft.
    bool finalCopy = false;
    int copies = 1;
};

// A finalized report's own options: no watermark, its content hash as the fingerprint, the
// names and the date of 定稿 for the approval page and the 落款.
RenderOptions finalizedRenderOptions(const Finalization& finalization);

// The report's own options (from its finalization) with the clerk's choices applied. A
// report that is not finalized always prints as a draft, whatever was chosen.
RenderOptions applyPrintChoices(RenderOptions options, const PrintChoices& choices, bool finalized);

// The one way the report reaches a printer, for the window, its preview and the command line:
// A4 without margins (the layout has its own), the document's name, then every page painted
// as the PDF paints it. False, with *error, when the printer could not be started (a file
// that cannot be written, a printer that went away).
bool printReport(const Report& report, const RenderOptions& options, QPrinter* printer,
                 QString* error);

// Prints through QPrinter's PDF mode at `dpi` into `path`. The pages go to a temporary file
// next to it first, and replace the old file only once complete: a failure leaves an old file
// as it was.
bool printReportToFile(const Report& report, const RenderOptions& options, const QString& path,
                       int dpi, QString* error);

// What a printer is told of a document: its name (the print queue's) and, for a PDF printed
// to a file, its author.
struct PrintedDocument {
    QString title;
    QString author;
};

// Any laid-out pages (the report's, the printed register's) to a printer, A4 in the first
// page's orientation, painted as the PDF paints them; a PDF printed to a file is finished as
// the exported one. printReport and printReportToFile are these with the report's pages.
bool printPages(const std::vector<LaidOutPage>& pages, const PrintedDocument& document,
                QPrinter* printer, QString* error);
bool printPagesToFile(const std::vector<LaidOutPage>& pages, const PrintedDocument& document,
                      const QString& path, int dpi, QString* error);

// The window's printing: Nianbao's options dialog, then the system's print dialog or the
// preview. The dialogs are seams that tests answer.
class PrintController {
public:
    explicit PrintController(QWidget* parent);

    std::function<std::optional<PrintChoices>(const PrintChoices& proposal, bool finalized)>
        askChoices;
    std::function<bool(QPrinter& printer)> askPrinter;           // the system's print dialog
    std::function<void(QPrintPreviewDialog& dialog)> runPreview; // shows it until closed

    // `options` are the report's own (RenderOptions from its finalization); `finalized` says
    // whether it may print as the signed copy. False when cancelled (error left empty) or
    // failed (*error says why).
    bool print(const Report& report, const RenderOptions& options, bool finalized, QString* error);
    bool preview(const Report& report, const RenderOptions& options, bool finalized);
    // Pages that have no print options of their own (the printed register): the preview, from
    // which they are printed.
    void previewPages(const std::vector<LaidOutPage>& pages, const PrintedDocument& document);

private:
    void showPreview(const std::function<void(QPrinter*)>& paint, int copies);

    QWidget* m_parent;
};

// The name the save dialogs propose: 「<机关名称><年度>年政府信息公开工作年度报告.pdf」.
QString proposedFileName(const Report& report, const QString& suffix);

} // namespace nianbao
