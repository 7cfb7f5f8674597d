#include "app/gui/printing.h"

#include "model/render/pdfexport.h"

#include "app/gui/printoptionsdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTemporaryFile>

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Printing)
};

} // namespace

RenderOptions finalizedRenderOptions(const Finalization& finalization) {
    RenderOptions options;
    options.watermark = false;
    options.fingerprint = finalization.hash;
    options.preparer = finalization.approval.preparer;
    options.reviewer = finalization.approval.reviewer;
    options.approver = finalization.approval.approver;
    options.finalizedOn = finalization.approval.date;
    options.date = finalization.approval.date.toString(QStringLiteral("yyyy年M月d日"));
    return options;
}

RenderOptions applyPrintChoices(RenderOptions options, const PrintChoices& choices,
                                bool finalized) {
    options.approvalPage = choices.approvalPage;
    if (finalized && choices.finalCopy) {
        options.watermark = false;
    } else {
        // A draft can never pass for the signed copy.
        options.watermark = true;
        options.fingerprint.clear();
    }
    return options;
}

namespace {

bool finishPrintedPdf(const QString& path, const QString& author,
                      const std::vector<LaidOutPage>& pages, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("cannot read back %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray raw = file.readAll();
    file.close();
    const auto fixed = ReportExport::fixPdf(raw, author, ReportExport::drawnText(pages), error);
    if (!fixed)
        return false;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*fixed) != fixed->size() || !out.flush() ||
        !out.commit()) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace

bool printReport(const Report& report, const RenderOptions& options, QPrinter* printer,
                 QString* error) {
    return printPages(ReportLayout::layout(report, options),
                      {report.form().reportTitle(report.agency, report.year), report.agency},
                      printer, error);
}

bool printPages(const std::vector<LaidOutPage>& pages, const PrintedDocument& document,
                QPrinter* printer, QString* error) {
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(QPageSize::A4));
    const bool landscape = !pages.empty() && pages.front().isLandscape();
    printer->setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    printer->setDocName(document.title);
    QPainter painter;
    if (!painter.begin(printer)) {
        if (error) {
            *error = printer->outputFormat() == QPrinter::PdfFormat
                         ? Tr::tr("cannot write %1").arg(printer->outputFileName())
                         : Tr::tr("the printer %1 cannot be started").arg(printer->printerName());
        }
        return false;
    }
    for (size_t i = 0; i < pages.size(); ++i) {
        if (i > 0 && !printer->newPage()) {
            if (error)
                *error = Tr::tr("the printer stopped after page %1").arg(i);
            return false;
        }
        ReportLayout::paintPage(painter, pages[i]);
    }
    if (!painter.end()) {
        if (error)
            *error = Tr::tr("the printer did not accept the pages");
        return false;
    }
    // Printed to a PDF file (Qt's "print to file", `print --to-file`): the same text maps as the
    // exported PDF, so that its text is found and copied as printed, not as radicals.
    if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty())
        return finishPrintedPdf(printer->outputFileName(), document.author, pages, error);
    return true;
}

bool printReportToFile(const Report& report, const RenderOptions& options, const QString& path,
                       int dpi, QString* error) {
    return printPagesToFile(ReportLayout::layout(report, options),
                            {report.form().reportTitle(report.agency, report.year), report.agency},
                            path, dpi, error);
}

bool printPagesToFile(const std::vector<LaidOutPage>& pages, const PrintedDocument& document,
                      const QString& path, int dpi, QString* error) {
    const QFileInfo target(path);
    QTemporaryFile temporary(
        target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX")));
    // Qt may open an unnamed file first and name it only when asked: a name it cannot give is
    // a failure too (an empty name would send the pages to the default printer).
    if (!temporary.open() || temporary.fileName().isEmpty()) {
        if (error) {
            *error = temporary.isOpen()
                         ? Tr::tr("cannot write %1: no file can be created next to it (is the "
                                  "name too long?)")
                               .arg(path)
                         : Tr::tr("cannot write %1: %2").arg(path, temporary.errorString());
        }
        return false;
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close();
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setResolution(dpi);
        printer.setOutputFileName(temporaryPath);
        if (!printPages(pages, document, &printer, error))
            return false;
    }
    // QSaveFile replaces the old file in one step on every system (a rename over an existing
    // file is not that on Windows).
    QFile printed(temporaryPath);
    QSaveFile file(path);
    if (!printed.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, printed.errorString());
        return false;
    }
    const QByteArray bytes = printed.readAll();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

PrintController::PrintController(QWidget* parent)
    : m_parent(parent) {
    askChoices = [this](const PrintChoices& proposal, bool finalized) {
        PrintOptionsDialog dialog(proposal, finalized, m_parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::optional<PrintChoices>();
        return std::optional<PrintChoices>(dialog.choices());
    };
    askPrinter = [this](QPrinter& printer) {
        QPrintDialog dialog(&printer, m_parent);
        return dialog.exec() == QDialog::Accepted;
    };
    runPreview = [](QPrintPreviewDialog& dialog) {
        dialog.exec();
    };
}

bool PrintController::print(const Report& report, const RenderOptions& options, bool finalized,
                            QString* error) {
    PrintChoices proposal;
    proposal.finalCopy = finalized;
    const auto choices = askChoices(proposal, finalized);
    if (!choices)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setCopyCount(choices->copies);
    if (!askPrinter(printer))
        return false;
    return printReport(report, applyPrintChoices(options, *choices, finalized), &printer, error);
}

bool PrintController::preview(const Report& report, const RenderOptions& options, bool finalized) {
    PrintChoices proposal;
    proposal.finalCopy = finalized;
    const auto choices = askChoices(proposal, finalized);
    if (!choices)
        return false;
    const RenderOptions chosen = applyPrintChoices(options, *choices, finalized);
    showPreview([&](QPrinter* target) { printReport(report, chosen, target, nullptr); },
                choices->copies);
    return true;
}

void PrintController::showPreview(const std::function<void(QPrinter*)>& paint, int copies) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setCopyCount(copies);
    QPrintPreviewDialog dialog(&printer, m_parent);
    // As large as the window it comes from: at Qt's default size a page is unreadable.
    if (m_parent)
        dialog.resize(m_parent->window()->size());
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
    runPreview(dialog);
}

void PrintController::previewPages(const std::vector<LaidOutPage>& pages,
                                   const PrintedDocument& document) {
    showPreview([&](QPrinter* target) { printPages(pages, document, target, nullptr); }, 1);
}

QString proposedFileName(const Report& report, const QString& suffix) {
    QString name = report.form().reportTitle(report.agency, report.year);
    // Characters a file name cannot hold on Windows.
    for (QChar c : QStringLiteral("\\/:*?\"<>|"))
        name.replace(c, QLatin1Char('_'));
    return name + QLatin1Char('.') + suffix;
}

} // namespace nianbao
