#pragma once

#include "model/core/report.h"

#include <QDate>
#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace nianbao {

// What a page holds: text boxes and rules at positions in points (1/72 inch) from the
// page's top-left corner. The layout is computed once and painted the same way to PDF, PNG
// or a printer, so those can never disagree.
struct PageItem {
    enum class Kind { Text, Line, Watermark, Block };
    Kind kind = Kind::Text;
    QRectF rect;
    QLineF line;
    QString text;
    QFont font;
    int flags = 0; // Qt::AlignmentFlag | Qt::TextWordWrap
};

// A4 with the GB/T 9704 type area; every measure in points.
struct PageGeometry {
    static constexpr double kMm = 72.0 / 25.4;
    static constexpr double kWidth = 210 * kMm;
    static constexpr double kHeight = 297 * kMm;
    static constexpr double kTop = 37 * kMm;
    static constexpr double kLeft = 28 * kMm;
    static constexpr double kTypeWidth = 156 * kMm;
    static constexpr double kTypeHeight = 225 * kMm;
    static constexpr double kBottomOfType = kTop + kTypeHeight;
};

struct LaidOutPage {
    int number = 0;
    std::vector<PageItem> items;
    // In points: A4 portrait (the report), or landscape (the printed register).
    QSizeF size{PageGeometry::kWidth, PageGeometry::kHeight};
    bool isLandscape() const { return size.width() > size.height(); }
};

struct RenderOptions {
    bool watermark = true; // 「草稿」 on every page; off for a finalized report
    // The report's SHA-256 (hex): its first 16 characters go in every footer and a QR code of
    // all of it on the last page, so the signed paper matches the uploaded PDF. Empty: none.
    QString fingerprint;
    bool approvalPage = false; // a 签批页 for the signatures and the seal, after the report
    QString preparer;          // 填报人, 审核人, 负责人 and the date, if already known
    QString reviewer;
    QString approver;
    QString date;
    // The 落款's date: the finalization's; when not valid (a draft), today's.
    QDate finalizedOn;
    bool pdfA = false; // PDF/A-1b for archiving
    // Only the title and the tables (a county's 汇总): no narrative parts, no 落款.
    bool tablesOnly = false;
    QString title; // instead of the form's title of the report, when not empty
    QString note;  // a paragraph under the title (which units a 汇总 adds up)
};

// The font families the layout asks for, Windows names first, then the Linux CJK fonts
// (shared/spec/print-layout.md). `available` says whether any of them is installed.
struct PrintFonts {
    QFont body;    // 仿宋, 3号 (16 pt)
    QFont title;   // 小标宋 (bold Song), 2号 (22 pt)
    QFont heading; // 黑体, 3号
    QFont kai;     // 楷体, 3号
    QFont table;   // Song, 五号/小五
    QFont pageNumber;
    static PrintFonts standard();
    // The first installed family of the body chain, or an empty string if no CJK font is
    // installed at all (Qt would then write a PDF without any text).
    static QString installedCjkFamily();
};

// Lays out a report as the printed document: title, the six parts with their headings and
// paragraphs, and the tables drawn from the form definition with merged header cells,
// header rows repeated after a page break, rows never split.
class ReportLayout {
public:
    static std::vector<LaidOutPage> layout(const Report& report, const RenderOptions& options);
    // Paints one page on any device (PDF writer, image, printer, print preview) whose painter
    // has not been transformed: the page's top-left corner at the device's origin, one point
    // converted by the device's own resolution. Fonts, which the device already converts
    // from points, are compensated, so every device shows the same page at its own size.
    static void paintPage(QPainter& painter, const LaidOutPage& page);
};

} // namespace nianbao
