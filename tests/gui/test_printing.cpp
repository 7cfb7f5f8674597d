// Printing is the PDF, exactly: the pages sent through QPrinter (in its PDF mode, at several
// resolutions) and those of the print preview, rasterized, against the exported PDF's pages.
// With the painter scaled to the printer's resolution while fonts, in points, are converted by
// the printer too, every character came out (dpi / 72) times too large: these fail then.
#include "app/gui/printing.h"
#include "app/gui/printoptionsdialog.h"
#include "model/render/pdfexport.h"
#include "tests/support/pagecompare.h"
#include "tests/support/testsupport.h"

#include <QCheckBox>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPainter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

// Pages are compared at this resolution: enough to see a line of text out of place.
constexpr int kCompareDpi = 50;
// Share of a page's pixels that may differ (antialiasing, a glyph's rounding).
constexpr double kPdfTolerance = 0.01;
// The preview is drawn by Qt's raster engine, not by poppler, which antialiases glyphs
// differently (thin table rules most): its pages are compared by the ink in blocks of
// 3 × 3 pixels (1.5 mm).
constexpr double kPreviewTolerance = 0.02;
constexpr int kPreviewCell = 3;

Report busy() {
    return test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
}

RenderOptions finalOptions() {
    RenderOptions options;
    options.watermark = false;
    options.fingerprint = u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;
    options.approvalPage = true;
    options.preparer = u"张三"_s;
    options.date = u"2025年1月20日"_s;
    options.finalizedOn = QDate(2025, 1, 20);
    return options;
}

class PrintedPages : public ::testing::TestWithParam<int> {
protected:
    std::vector<QImage> exported(const Report& report, const RenderOptions& options) {
        const QString path = m_dir.filePath(u"export.pdf"_s);
        QString error;
        EXPECT_TRUE(ReportExport::writePdf(report, path, options, &error)) << error.toStdString();
        return test::rasterizePdf(path, kCompareDpi);
    }
    QTemporaryDir m_dir;
};

void expectSamePages(const std::vector<QImage>& printed, const std::vector<QImage>& reference,
                     double tolerance, int cell = 1) {
    ASSERT_FALSE(reference.empty()) << "the exported PDF could not be rasterized";
    ASSERT_EQ(printed.size(), reference.size()) << "page count";
    for (size_t i = 0; i < printed.size(); ++i) {
        if (qEnvironmentVariableIsSet("NIANBAO_DEBUG_PAGES")) {
            printed[i].save(u"/tmp/printed-%1.png"_s.arg(i + 1));
            reference[i].save(u"/tmp/reference-%1.png"_s.arg(i + 1));
        }
        const double differing = test::differingPixels(printed[i], reference[i], cell);
        EXPECT_LT(differing, tolerance)
            << "page " << i + 1 << ": " << differing * 100 << " % of the pixels differ ("
            << test::inkedPixels(reference[i]) * 100 << " % of the exported page is ink)";
    }
}

TEST_P(PrintedPages, QPrinterInPdfModeEqualsTheExportedPdf) {
    const int dpi = GetParam();
    const Report report = busy();
    for (const RenderOptions& options : {RenderOptions(), finalOptions()}) {
        const QString path = m_dir.filePath(u"printed-%1.pdf"_s.arg(dpi));
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setResolution(dpi);
            printer.setOutputFileName(path);
            QString error;
            ASSERT_TRUE(printReport(report, options, &printer, &error)) << error.toStdString();
            ASSERT_EQ(printer.resolution(), dpi);
        }
        expectSamePages(test::rasterizePdf(path, kCompareDpi), exported(report, options),
                        kPdfTolerance);
    }
}

// The pages the preview recorded, as its scene shows them (each page item draws its recorded
// picture on white paper), rendered at the comparison's resolution.
std::vector<QImage> previewPages(QPrintPreviewWidget& preview, const QPrinter& printer,
                                 QSize pageSize) {
    preview.updatePreview();
    auto* view = preview.findChild<QGraphicsView*>();
    if (!view || !view->scene())
        return {};
    QList<QGraphicsItem*> items = view->scene()->items();
    std::sort(items.begin(), items.end(), [](QGraphicsItem* a, QGraphicsItem* b) {
        return a->pos().y() != b->pos().y() ? a->pos().y() < b->pos().y()
                                            : a->pos().x() < b->pos().x();
    });
    const QSizeF paper = printer.pageLayout().fullRectPixels(printer.resolution()).size();
    std::vector<QImage> pages;
    for (QGraphicsItem* item : items) {
        QImage image(pageSize, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        view->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(pageSize)),
                              QRectF(item->pos(), paper), Qt::IgnoreAspectRatio);
        painter.end();
        pages.push_back(image.convertToFormat(QImage::Format_Grayscale8));
    }
    return pages;
}

TEST_P(PrintedPages, PrintPreviewEqualsTheExportedPdf) {
    const int dpi = GetParam();
    const Report report = busy();
    const RenderOptions options = finalOptions();
    const std::vector<QImage> reference = exported(report, options);
    ASSERT_FALSE(reference.empty());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat); // no system printer needed
    printer.setResolution(dpi);
    QPrintPreviewWidget preview(&printer);
    int requests = 0;
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, [&](QPrinter* target) {
        ++requests;
        QString error;
        EXPECT_TRUE(printReport(report, options, target, &error)) << error.toStdString();
    });
    const std::vector<QImage> pages = previewPages(preview, printer, reference.front().size());
    EXPECT_EQ(requests, 1);
    EXPECT_EQ(preview.pageCount(), static_cast<int>(reference.size()));
    expectSamePages(pages, reference, kPreviewTolerance, kPreviewCell);
}

INSTANTIATE_TEST_SUITE_P(Dpi, PrintedPages, ::testing::Values(300, 600, 1200));

TEST(PrintOptions, OnlyAFinalizedReportPrintsAsTheSignedCopy) {
    PrintOptionsDialog draft(PrintChoices{true, true, 3}, /*finalized=*/false);
    auto* finalCopy = draft.findChild<QRadioButton*>(u"finalCopy"_s);
    ASSERT_TRUE(finalCopy);
    EXPECT_FALSE(finalCopy->isEnabled());
    finalCopy->setChecked(true); // even if it were checked somehow
    EXPECT_FALSE(draft.choices().finalCopy);
    EXPECT_TRUE(draft.choices().approvalPage);
    EXPECT_EQ(draft.choices().copies, 3);

    PrintOptionsDialog signedCopy(PrintChoices{false, true, 1}, /*finalized=*/true);
    EXPECT_TRUE(signedCopy.choices().finalCopy);
    signedCopy.findChild<QRadioButton*>(u"draft"_s)->setChecked(true);
    signedCopy.findChild<QSpinBox*>(u"copies"_s)->setValue(2);
    signedCopy.findChild<QCheckBox*>(u"approvalPage"_s)->setChecked(true);
    const PrintChoices chosen = signedCopy.choices();
    EXPECT_FALSE(chosen.finalCopy);
    EXPECT_TRUE(chosen.approvalPage);
    EXPECT_EQ(chosen.copies, 2);

    // What the choices do to a finalized report's own options, and to a draft's.
    RenderOptions own;
    own.watermark = false;
    own.fingerprint = u"abc"_s;
    const RenderOptions asDraft = applyPrintChoices(own, chosen, true);
    EXPECT_TRUE(asDraft.watermark);
    EXPECT_TRUE(asDraft.fingerprint.isEmpty());
    EXPECT_TRUE(asDraft.approvalPage);
    const RenderOptions asSigned = applyPrintChoices(own, PrintChoices{false, true, 1}, true);
    EXPECT_FALSE(asSigned.watermark);
    EXPECT_EQ(asSigned.fingerprint, u"abc"_s);
    EXPECT_TRUE(applyPrintChoices(RenderOptions(), PrintChoices{false, true, 1}, false).watermark);
}

} // namespace
