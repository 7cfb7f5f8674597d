#pragma once

// Pages compared as a reader sees them: PDFs rasterized by poppler's pdftoppm (the same
// program for every PDF, so only what was drawn differs), grey, at a low resolution.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace nianbao::test {

// The pages of a PDF as grey images at `dpi`; empty if pdftoppm failed.
inline std::vector<QImage> rasterizePdf(const QString& pdf, int dpi) {
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
             QStringLiteral("-png"), pdf, dir.filePath(QStringLiteral("page"))});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    std::vector<QImage> pages;
    QStringList files = QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files);
    // page-1.png … page-10.png: pdftoppm pads the numbers to the same width, so the names sort.
    files.sort();
    for (const QString& f : files)
        pages.push_back(QImage(dir.filePath(f)).convertToFormat(QImage::Format_Grayscale8));
    return pages;
}

// The mean grey of each `cell` × `cell` block: two renderers antialias a glyph's edges
// differently, but put the same ink in the same place.
inline QImage blockAverage(const QImage& image, int cell) {
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    if (cell <= 1)
        return g;
    QImage out(g.width() / cell, g.height() / cell, QImage::Format_Grayscale8);
    for (int by = 0; by < out.height(); ++by) {
        uchar* row = out.scanLine(by);
        for (int bx = 0; bx < out.width(); ++bx) {
            int sum = 0;
            for (int y = by * cell; y < (by + 1) * cell; ++y) {
                const uchar* r = g.constScanLine(y);
                for (int x = bx * cell; x < (bx + 1) * cell; ++x)
                    sum += r[x];
            }
            row[bx] = static_cast<uchar>(sum / (cell * cell));
        }
    }
    return out;
}

// The share of pixels (0…1) whose grey differs by more than a quarter of the range, after
// averaging `cell` × `cell` blocks; images of different sizes differ completely.
inline double differingPixels(const QImage& a, const QImage& b, int cell = 1) {
    if (a.size() != b.size() || a.isNull())
        return 1.0;
    const QImage ga = blockAverage(a, cell);
    const QImage gb = blockAverage(b, cell);
    qint64 differing = 0;
    for (int y = 0; y < ga.height(); ++y) {
        const uchar* ra = ga.constScanLine(y);
        const uchar* rb = gb.constScanLine(y);
        for (int x = 0; x < ga.width(); ++x) {
            if (std::abs(int(ra[x]) - int(rb[x])) > 64)
                ++differing;
        }
    }
    return double(differing) / (double(ga.width()) * ga.height());
}

// The share of pixels that are not white: a page that differs by 1 % of its pixels from
// another, when only 8 % of either is ink, differs in an eighth of what was printed.
inline double inkedPixels(const QImage& image) {
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 inked = 0;
    for (int y = 0; y < g.height(); ++y) {
        const uchar* r = g.constScanLine(y);
        inked += std::count_if(r, r + g.width(), [](uchar v) { return v < 192; });
    }
    return double(inked) / (double(g.width()) * g.height());
}

} // namespace nianbao::test
