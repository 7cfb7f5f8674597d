#include "model/render/pdfexport.h"

#include "model/core/filewriting.h"
#include "model/pdf/pdfmodule.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSet>
#include <QTextLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportExport)
};

struct RadicalPair {
    char32_t radical;
    char32_t ideograph;
};
constexpr RadicalPair kRadicals[] = {
#include "model/render/radicals.inc"
};

} // namespace

char32_t ReportExport::equivalentIdeograph(char32_t c) {
    const auto* end = std::end(kRadicals);
    const auto* it =
        std::lower_bound(std::begin(kRadicals), end, c,
                         [](const RadicalPair& p, char32_t v) { return p.radical < v; });
    return it != end && it->radical == c ? it->ideograph : c;
}

namespace {

bool checkFonts(QString* error) {
    if (!PrintFonts::installedCjkFamily().isEmpty())
        return true;
    if (error)
        *error = Tr::tr("no Chinese font is installed (for example 仿宋_GB2312, SimSun, Noto "
                        "Serif CJK SC or AR PL UMing); the PDF would have no readable text");
    return false;
}

// Hex digits of UTF-16 code units to text and back.
QString fromHex(const QByteArray& hex) {
    QString s;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        s += QChar(static_cast<char16_t>(hex.mid(i, 4).toUInt(nullptr, 16)));
    return s;
}

QByteArray toHex(const QString& s) {
    QByteArray out;
    for (QChar c : s)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out;
}

} // namespace

QByteArray ReportExport::fixToUnicodeCMap(const QByteArray& cmap,
                                          const std::function<char32_t(char32_t)>& correct) {
    // Parse every mapping (bfchar and bfrange), fix the destinations, and write the maps
    // back as bfchar blocks: simple and valid whatever shape the ranges had.
    const qsizetype firstBlock =
        std::min(cmap.indexOf("beginbfchar") >= 0 ? cmap.indexOf("beginbfchar") : cmap.size(),
                 cmap.indexOf("beginbfrange") >= 0 ? cmap.indexOf("beginbfrange") : cmap.size());
    if (firstBlock >= cmap.size())
        return cmap;
    // The count that precedes the first block belongs to it.
    qsizetype headEnd = cmap.lastIndexOf('\n', firstBlock);
    headEnd = headEnd < 0 ? 0 : headEnd + 1;
    const qsizetype lastEnd =
        std::max(cmap.lastIndexOf("endbfchar"), cmap.lastIndexOf("endbfrange"));
    const qsizetype tailStart = cmap.indexOf('\n', lastEnd);
    const QByteArray head = cmap.left(headEnd);
    const QByteArray tail = tailStart < 0 ? QByteArray("\n") : cmap.mid(tailStart);

    std::vector<std::pair<QByteArray, QString>> mappings; // source code (hex), text
    bool changed = false;
    auto fixText = [&](QString text) {
        QString fixedText;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char32_t c = text[i].unicode();
            const char32_t e = correct(c);
            if (e != c)
                changed = true;
            fixedText += QChar(static_cast<char16_t>(e));
        }
        return fixedText;
    };
    const QList<QByteArray> lines = cmap.mid(headEnd, tailStart - headEnd).split('\n');
    enum { None, Char, Range } block = None;
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.endsWith("beginbfchar")) {
            block = Char;
            continue;
        }
        if (line.endsWith("beginbfrange")) {
            block = Range;
            continue;
        }
        if (line.startsWith("endbf")) {
            block = None;
            continue;
        }
        QList<QByteArray> tokens;
        for (qsizetype i = 0; i < line.size();) {
            const qsizetype open = line.indexOf('<', i);
            if (open < 0)
                break;
            const qsizetype close = line.indexOf('>', open);
            if (close < 0)
                break;
            tokens << line.mid(open + 1, close - open - 1);
            i = close + 1;
        }
        if (block == Char && tokens.size() == 2) {
            mappings.emplace_back(tokens[0], fixText(fromHex(tokens[1])));
        } else if (block == Range && tokens.size() >= 3) {
            const uint low = tokens[0].toUInt(nullptr, 16);
            const uint high = tokens[1].toUInt(nullptr, 16);
            const int width = static_cast<int>(tokens[0].size());
            const bool array = line.contains('[');
            for (uint code = low; code <= high && code - low < 65536; ++code) {
                QString text;
                if (array) {
                    if (static_cast<qsizetype>(code - low) + 2 >= tokens.size())
                        break;
                    text = fromHex(tokens[static_cast<qsizetype>(code - low) + 2]);
                } else {
                    text = fromHex(tokens[2]);
                    if (!text.isEmpty())
                        text.back() =
                            QChar(static_cast<char16_t>(text.back().unicode() + (code - low)));
                }
                mappings.emplace_back(
                    QByteArray::number(code, 16).rightJustified(width, '0').toUpper(),
                    fixText(text));
            }
        }
    }
    if (!changed)
        return cmap;
    QByteArray out = head;
    for (size_t i = 0; i < mappings.size(); i += 100) {
        const size_t n = std::min<size_t>(100, mappings.size() - i);
        out += QByteArray::number(static_cast<qulonglong>(n)) + " beginbfchar\n";
        for (size_t j = i; j < i + n; ++j)
            out += '<' + mappings[j].first + "> <" + toHex(mappings[j].second) + ">\n";
        out += "endbfchar\n";
    }
    return out + tail.mid(1);
}

ReportExport::DrawnText ReportExport::drawnText(const std::vector<LaidOutPage>& pages) {
    DrawnText drawn;
    QSet<QString> fontKeys;
    for (const LaidOutPage& page : pages) {
        for (const PageItem& item : page.items) {
            drawn.characters += item.text;
            if (!fontKeys.contains(item.font.key())) {
                fontKeys.insert(item.font.key());
                drawn.fonts.push_back(item.font);
            }
        }
    }
    // Each character once is enough to find the glyphs.
    QString unique;
    QSet<QChar> seen;
    for (QChar c : drawn.characters) {
        if (!seen.contains(c)) {
            seen.insert(c);
            unique += c;
        }
    }
    drawn.characters = unique;
    return drawn;
}

std::optional<QByteArray> ReportExport::fixPdf(const QByteArray& bytes, const QString& author,
                                               const DrawnText& drawn, QString* error) {
    QSet<char32_t> used;
    for (QChar c : drawn.characters)
        used.insert(c.unicode());
    QSet<char32_t> missing; // drawn, but found in no text map: the ones wrongly mapped
    QHash<char32_t, char32_t> corrections;
    auto correct = [&](char32_t c) -> char32_t {
        if (used.contains(c))
            return c;
        if (auto it = corrections.constFind(c); it != corrections.constEnd())
            return *it;
        // The unified ideograph the radical or compatibility character stands for...
        char32_t base = equivalentIdeograph(c);
        if (base == c) {
            const QString compatible =
                QString(QChar(static_cast<char16_t>(c))).normalized(QString::NormalizationForm_KC);
            if (compatible.size() == 1)
                base = compatible[0].unicode();
        }
        // ...unless the document drew a neighbouring variant instead (⼾ → 戶 U+6236, but the
        // text has 户 U+6237): the nearest character that was drawn but is mapped nowhere.
        char32_t found = base;
        if (!used.contains(base)) {
            char32_t best = 0;
            const auto distance = [&](char32_t x) {
                return x > base ? x - base : base - x;
            };
            for (char32_t m : missing) {
                if (!best || distance(m) < distance(best))
                    best = m;
            }
            if (best && distance(best) < 0x100)
                found = best;
        }
        corrections.insert(c, found);
        return found;
    };
    QString loadError;
    const pdfmodule::FinishFunction finish = pdfmodule::finishFunction(&loadError);
    if (!finish) {
        if (error)
            *error = loadError;
        return std::nullopt;
    }
    pdfmodule::Finishing finishing;
    finishing.author = author;
    finishing.fixTextMaps = [&](const std::vector<QByteArray>& maps) {
        // First what the maps give back, then the corrections.
        QSet<char32_t> mapped;
        for (const QByteArray& cmap : maps) {
            fixToUnicodeCMap(cmap, [&](char32_t c) {
                mapped.insert(c);
                return c;
            });
        }
        for (char32_t c : used) {
            if (!mapped.contains(c) && !QChar(static_cast<char16_t>(c)).isSpace())
                missing.insert(c);
        }
        std::vector<QByteArray> fixed;
        fixed.reserve(maps.size());
        for (const QByteArray& cmap : maps)
            fixed.push_back(fixToUnicodeCMap(cmap, correct));
        return fixed;
    };
    QByteArray finished;
    std::string reason;
    if (!finish(bytes, finishing, &finished, &reason)) {
        if (error)
            *error =
                Tr::tr("the PDF could not be finished: %1").arg(QString::fromLocal8Bit(reason));
        return std::nullopt;
    }
    return finished;
}

std::optional<QByteArray> ReportExport::pdfBytes(const Report& report, const RenderOptions& options,
                                                 QString* error) {
    PdfInfo info;
    info.title = report.form().reportTitle(report.agency, report.year);
    // PDF/A keeps its document information in step with its XMP metadata: leave it as Qt
    // wrote it there.
    info.author = options.pdfA ? QString() : report.agency;
    info.pdfA = options.pdfA;
    if (!checkFonts(error))
        return std::nullopt;
    return pagesPdfBytes(ReportLayout::layout(report, options), info, error);
}

std::optional<QByteArray> ReportExport::pagesPdfBytes(const std::vector<LaidOutPage>& pages,
                                                      const PdfInfo& info, QString* error) {
    if (!checkFonts(error))
        return std::nullopt;
    QByteArray raw;
    {
        QBuffer buffer(&raw);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(72); // one unit is one point, as in the layout
        if (info.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageSize(QPageSize(QPageSize::A4));
        const bool landscape = !pages.empty() && pages.front().isLandscape();
        writer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(info.title);
        writer.setCreator(u"Nianbao"_s);
        QPainter painter(&writer);
        for (size_t i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            ReportLayout::paintPage(painter, pages[i]);
        }
        painter.end();
    }
    return fixPdf(raw, info.author, drawnText(pages), error);
}

bool ReportExport::writePdf(const Report& report, const QString& path, const RenderOptions& options,
                            QString* error) {
    const auto bytes = pdfBytes(report, options, error);
    if (!bytes)
        return false;
    return writeFileSafely(path, *bytes, error);
}

bool ReportExport::writePng(const Report& report, const QString& folder,
                            const RenderOptions& options, int dpi, QString* error) {
    if (!checkFonts(error))
        return false;
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = Tr::tr("cannot create the folder %1").arg(folder);
        return false;
    }
    const double scale = dpi / 72.0;
    const auto pages = ReportLayout::layout(report, options);
    for (const LaidOutPage& page : pages) {
        QImage image(qRound(PageGeometry::kWidth * scale), qRound(PageGeometry::kHeight * scale),
                     QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        ReportLayout::paintPage(painter, page);
        painter.end();
        const QString path =
            QDir(folder).filePath(u"page-%1.png"_s.arg(page.number, 3, 10, QChar(u'0')));
        QByteArray png;
        {
            QBuffer buffer(&png);
            if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG")) {
                if (error)
                    *error = Tr::tr("cannot write %1: %2").arg(path, buffer.errorString());
                return false;
            }
        }
        if (!writeFileSafely(path, png, error))
            return false;
    }
    return true;
}

} // namespace nianbao
