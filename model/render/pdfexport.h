#pragma once

#include "model/render/reportlayout.h"

#include <QByteArray>
#include <QFont>
#include <QString>

#include <functional>
#include <vector>

#include <optional>

namespace nianbao {

// Writes the laid-out report as PDF and PNG pages. The PDF is written to a temporary file and
// renamed into place, so a failure never leaves half a file behind.
class ReportExport {
public:
    static bool writePdf(const Report& report, const QString& path, const RenderOptions& options,
                         QString* error);
    // One PNG per page (page-001.png, …) at `dpi` dots per inch.
    static bool writePng(const Report& report, const QString& folder, const RenderOptions& options,
                         int dpi, QString* error);
    // The PDF bytes (for tests and the print preview's source).
    static std::optional<QByteArray> pdfBytes(const Report& report, const RenderOptions& options,
                                              QString* error);
    // Any laid-out pages as PDF (the report's, the printed register's), A4 in the orientation
    // of the first page, finished as the report's PDF is (fixPdf).
    struct PdfInfo {
        QString title;
        QString author; // empty: none (PDF/A keeps Qt's own)
        bool pdfA = false;
    };
    static std::optional<QByteArray> pagesPdfBytes(const std::vector<LaidOutPage>& pages,
                                                   const PdfInfo& info, QString* error);

    // Qt 6.4 builds each embedded font's ToUnicode map from the lowest code point that maps
    // to a glyph. Fonts that give the CJK radicals (U+2E80–U+2FD5) the glyphs of common
    // ideographs (Noto CJK does, for about 270 characters such as 一 人 工 方) then produce
    // text that looks right but is found and copied as radicals. This rewrites every
    // ToUnicode map, replacing each radical by its equivalent unified ideograph (Unicode's
    // EquivalentUnifiedIdeograph data), whatever font was used. Also sets /Author.
    //
    // The same mechanism also hits variant ideographs (Noto SC draws 户 U+6237 and 戶 U+6236
    // with one glyph, and 户 comes out as 戶), so `drawn` — the characters the document
    // really contains and the fonts that drew them — is used too: a destination that was never
    // drawn becomes the drawn character that has the same glyph in one of those fonts.
    struct DrawnText {
        QString characters;
        std::vector<QFont> fonts;
    };
    static std::optional<QByteArray> fixPdf(const QByteArray& pdf, const QString& author,
                                            const DrawnText& drawn, QString* error);
    // What the pages draw, for fixPdf.
    static DrawnText drawnText(const std::vector<LaidOutPage>& pages);
    // One CMap's text, with a function that corrects a destination character.
    static QByteArray fixToUnicodeCMap(const QByteArray& cmap,
                                       const std::function<char32_t(char32_t)>& correct);
    static char32_t equivalentIdeograph(char32_t radical);
};

} // namespace nianbao
