#include "app/gui/printing.h"

#include <QPainter>
#include <QPrinter>

namespace nianbao {

void printReport(const Report& report, const RenderOptions& options, QPrinter* printer) {
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setDocName(report.form().reportTitle(report.agency, report.year));
    const auto pages = ReportLayout::layout(report, options);
    QPainter painter(printer);
    const double scale = printer->resolution() / 72.0;
    for (size_t i = 0; i < pages.size(); ++i) {
        if (i > 0)
            printer->newPage();
        painter.save();
        painter.scale(scale, scale);
        ReportLayout::paint(painter, pages[i]);
        painter.restore();
    }
}

QString proposedFileName(const Report& report, const QString& suffix) {
    QString name = report.form().reportTitle(report.agency, report.year);
    // Characters a file name cannot hold on Windows.
    for (QChar c : QStringLiteral("\\/:*?\"<>|"))
        name.replace(c, QLatin1Char('_'));
    return name + QLatin1Char('.') + suffix;
}

} // namespace nianbao
