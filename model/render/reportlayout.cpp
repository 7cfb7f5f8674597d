#include "model/render/reportlayout.h"

#include "model/render/tablelayout.h"
#include "model/render/textmeasure.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>

#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

using G = PageGeometry;

// Body text: 22 lines in the 225 mm type area (GB/T 9704).
constexpr double kBodyLine = G::kTypeHeight / 22.0;

const QStringList kFangSong = {
    u"仿宋_GB2312"_s,      u"FangSong_GB2312"_s,    u"仿宋"_s,           u"FangSong"_s,
    u"STFangsong"_s,       u"Noto Serif CJK SC"_s,  u"AR PL UMing CN"_s, u"Source Han Serif SC"_s,
    u"Noto Sans CJK SC"_s, u"WenQuanYi Micro Hei"_s};
const QStringList kSong = {u"宋体"_s,
                           u"SimSun"_s,
                           u"STSong"_s,
                           u"Noto Serif CJK SC"_s,
                           u"AR PL UMing CN"_s,
                           u"Source Han Serif SC"_s,
                           u"Noto Sans CJK SC"_s,
                           u"WenQuanYi Micro Hei"_s};
const QStringList kXiaoBiaoSong = {u"方正小标宋简体"_s,      u"方正小标宋_GBK"_s,
                                   u"FZXiaoBiaoSong-B05S"_s, u"SimSun"_s,
                                   u"Noto Serif CJK SC"_s,   u"AR PL UMing CN"_s,
                                   u"Noto Sans CJK SC"_s,    u"WenQuanYi Micro Hei"_s};
const QStringList kHei = {u"黑体"_s,
                          u"SimHei"_s,
                          u"Noto Sans CJK SC"_s,
                          u"WenQuanYi Micro Hei"_s,
                          u"Source Han Sans SC"_s,
                          u"Noto Serif CJK SC"_s};
const QStringList kKai = {u"楷体_GB2312"_s,
                          u"KaiTi_GB2312"_s,
                          u"楷体"_s,
                          u"KaiTi"_s,
                          u"STKaiti"_s,
                          u"AR PL UKai CN"_s,
                          u"Noto Serif CJK SC"_s,
                          u"AR PL UMing CN"_s,
                          u"Noto Sans CJK SC"_s};

QFont makeFont(const QStringList& families, double points, bool bold = false) {
    QFont f;
    f.setFamilies(families);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Unhinted metrics do not depend on the device: the layout measured here is the layout
    // painted to PDF, PNG or paper.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    // Without this, Latin runs (「SHA-256」, a URL) take alternate digit glyphs that have no
    // cmap entry, and Qt's PDF writer gives them no text: the digits vanish when copied.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Lines of similar width, each broken where the text allows (wrapText()), with no line of one
// or two characters: the shortest line count, then the narrowest widest line.
std::vector<QString> balancedLines(const QString& text, const QFont& font, double width) {
    std::vector<QString> lines = wrapText(text, font, width);
    if (lines.size() < 2)
        return lines;
    const size_t count = lines.size();
    // Narrow the measure until one more line would be needed: the lines come out even.
    double low = textWidth(text, font) / static_cast<double>(count);
    double high = width;
    for (int i = 0; i < 20; ++i) {
        const double middle = (low + high) / 2;
        if (wrapText(text, font, middle).size() > count)
            low = middle;
        else
            high = middle;
    }
    std::vector<QString> even = wrapText(text, font, high);
    for (const QString& line : even) {
        if (line.trimmed().size() <= 2)
            return lines;
    }
    return even;
}

// The report's title as GB/T 9704 sets it: on one line if it fits; otherwise broken after
// the agency or before 「政府信息公开工作年度报告」, whichever gives lines of more similar
// width (both fitting), never leaving one or two characters alone on a line.
std::vector<QString> titleLines(const QString& title, const QString& agency, int year,
                                const QFont& font, double width) {
    constexpr double kFit = 0.999;
    if (textWidth(title, font) <= width * kFit)
        return {title};
    const QString yearText = QString::number(year) + u"年"_s;
    std::vector<std::pair<QString, QString>> candidates;
    if (!agency.isEmpty() && title.startsWith(agency))
        candidates.emplace_back(agency, title.mid(agency.size()));
    const qsizetype afterYear = title.indexOf(yearText);
    if (afterYear > 0)
        candidates.emplace_back(title.left(afterYear + yearText.size()),
                                title.mid(afterYear + yearText.size()));
    std::optional<std::pair<QString, QString>> best;
    double bestDifference = 0;
    for (const auto& [first, second] : candidates) {
        if (first.trimmed().size() <= 2 || second.trimmed().size() <= 2)
            continue;
        const double a = textWidth(first, font);
        const double b = textWidth(second, font);
        if (a > width * kFit || b > width * kFit)
            continue;
        if (!best || std::abs(a - b) < bestDifference) {
            best = {first, second};
            bestDifference = std::abs(a - b);
        }
    }
    if (best)
        return {best->first, best->second};
    // An agency too long for one line: its name (with the year) in even lines, then the
    // rest of the title on a line of its own.
    if (afterYear > 0) {
        const QString rest = title.mid(afterYear + yearText.size());
        if (textWidth(rest, font) <= width * kFit) {
            std::vector<QString> lines =
                balancedLines(title.left(afterYear + yearText.size()), font, width);
            lines.push_back(rest);
            return lines;
        }
    }
    return balancedLines(title, font, width);
}

class Builder {
public:
    Builder(const Report& report, const RenderOptions& options)
        : m_report(report)
        , m_options(options)
        , m_fonts(PrintFonts::standard()) {
        newPage();
    }

    std::vector<LaidOutPage> finish() {
        for (LaidOutPage& page : m_pages)
            decorate(page);
        return std::move(m_pages);
    }

    void title() {
        const QString text = m_options.title.isEmpty()
                                 ? m_report.form().reportTitle(m_report.agency, m_report.year)
                                 : m_options.title;
        const double height = lineSpacing(m_fonts.title) * 1.25;
        for (const QString& line :
             titleLines(text, m_report.agency, m_report.year, m_fonts.title, G::kTypeWidth)) {
            add(PageItem::Kind::Text, {G::kLeft, m_y, G::kTypeWidth, height}, line, m_fonts.title,
                Qt::AlignHCenter | Qt::AlignVCenter);
            m_y += height;
        }
        m_y += kBodyLine; // an empty line under the title
    }

    void heading(const QString& text, const QFont& font) {
        ensure(kBodyLine * 2); // a heading is never the last line of a page
        paragraph(text, font, /*indent=*/true);
    }

    // Paragraphs separated by line breaks; the first line of each indented by two characters.
    void paragraph(const QString& text, const QFont& font, bool indent = true) {
        const double indentWidth = indent ? font.pointSizeF() * 2 : 0;
        for (const QString& paragraph : text.split(u'\n', Qt::SkipEmptyParts)) {
            const QString trimmed = paragraph.trimmed();
            if (trimmed.isEmpty())
                continue;
            const auto lines = wrapText(trimmed, font, G::kTypeWidth, indentWidth);
            for (size_t i = 0; i < lines.size(); ++i) {
                ensure(kBodyLine);
                const double x = G::kLeft + (i == 0 ? indentWidth : 0);
                add(PageItem::Kind::Text, {x, m_y, G::kLeft + G::kTypeWidth - x, kBodyLine},
                    lines[i], font, Qt::AlignLeft | Qt::AlignVCenter);
                m_lastLines.push_back({m_pages.size() - 1, m_pages.back().items.size() - 1});
                m_y += kBodyLine;
            }
        }
    }

    void narrative(int textIndex) {
        const TextDefinition& def = m_report.form().texts()[static_cast<size_t>(textIndex)];
        const QString text = m_report.text(textIndex).trimmed();
        if (text.isEmpty())
            return;
        // The aspects of part 1 print their 「（一）…」 label in 楷体 unless the text starts
        // with it already, as most clerks write it.
        if (def.label.startsWith(u"（") && !text.startsWith(u"（"))
            heading(def.label, m_fonts.kai);
        paragraph(text, m_fonts.body);
    }

    // The table, with its part's heading kept on the page of its header and first row.
    void table(int tableIndex, const QString& heading);
    // The end of the report: the 落款 (agency and date) and, for a fingerprinted report, its
    // QR code, kept on one page with the last lines of text.
    void closing();
    void qrCode();
    void approvalPage();

private:
    void newPage() {
        m_pages.push_back({static_cast<int>(m_pages.size()) + 1, {}});
        m_y = G::kTop;
    }
    // Starts a new page and carries the last `count` lines of text of the current page over
    // to it, so that what follows does not stand alone.
    void newPageWithLastLines(size_t count);
    double qrCodeHeight() const;
    void ensure(double height) {
        if (m_y + height > G::kBottomOfType + 0.01 && m_y > G::kTop + 0.01)
            newPage();
    }
    void add(PageItem::Kind kind, const QRectF& rect, const QString& text, const QFont& font,
             int flags, int page = -1) {
        PageItem item;
        item.kind = kind;
        item.rect = rect;
        item.text = text;
        item.font = font;
        item.flags = flags;
        m_pages[static_cast<size_t>(page < 0 ? m_pages.size() - 1 : page)].items.push_back(item);
    }
    void rule(const QLineF& line, int page) {
        PageItem item;
        item.kind = PageItem::Kind::Line;
        item.line = line;
        m_pages[static_cast<size_t>(page)].items.push_back(item);
    }
    void box(const QRectF& rect, const QString& text, const QFont& font, int align, int page) {
        addTableBox(m_pages[static_cast<size_t>(page)], rect, text, font, align);
    }

    void decorate(LaidOutPage& page) {
        // 「— N —」 7 mm under the type area: odd pages right, even pages left, one character in.
        const QFont& f = m_fonts.pageNumber;
        const double y = G::kBottomOfType + 7 * G::kMm;
        const double inset = f.pointSizeF();
        const QString text = u"— %1 —"_s.arg(page.number);
        PageItem number;
        number.kind = PageItem::Kind::Text;
        number.text = text;
        number.font = f;
        number.rect = {G::kLeft + inset, y, G::kTypeWidth - 2 * inset, f.pointSizeF() * 1.5};
        number.flags = (page.number % 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
        page.items.push_back(number);
        if (!m_options.fingerprint.isEmpty()) {
            PageItem fingerprint = number;
            fingerprint.font = m_fonts.table;
            fingerprint.text = u"校验码 "_s + m_options.fingerprint.left(16);
            fingerprint.rect.translate(0, f.pointSizeF() * 1.6);
            fingerprint.flags = Qt::AlignHCenter | Qt::AlignTop;
            page.items.push_back(fingerprint);
        }
        if (m_options.watermark) {
            PageItem mark;
            mark.kind = PageItem::Kind::Watermark;
            mark.text = u"草稿"_s;
            mark.font = makeFont(kHei, 120, true);
            mark.rect = {0, 0, G::kWidth, G::kHeight};
            page.items.push_back(mark);
        }
    }

    const Report& m_report;
    const RenderOptions& m_options;
    PrintFonts m_fonts;
    std::vector<LaidOutPage> m_pages;
    double m_y = 0;
    struct ItemAt {
        size_t page;
        size_t item;
    };
    std::vector<ItemAt> m_lastLines; // the body lines, in order
};

void Builder::table(int tableIndex, const QString& partHeading) {
    QString pendingHeading = partHeading;
    const TableDefinition& table = m_report.form().tables()[static_cast<size_t>(tableIndex)];
    // Ten columns (t3) or fifteen (t4) fit the type area in 小五 (9 pt); t2 in 五号.
    const QFont font = table.gridColumns > 4 ? m_fonts.table : makeFont(kSong, 10.5);
    const int columns = table.gridColumns;
    int labelColumns = 0;
    for (const TableSection& s : table.sections)
        labelColumns = std::max(labelColumns, s.labelColumns);
    const int valueColumns = columns - labelColumns;

    // Value columns wide enough for a figure; the label columns share the rest, each by the
    // length of the labels that stand in it alone.
    std::vector<double> width(static_cast<size_t>(columns));
    const double valueWidth =
        labelColumns == 0 ? G::kTypeWidth / columns
                          : std::min(G::kTypeWidth * 0.6 / valueColumns, font.pointSizeF() * 8);
    std::vector<double> weight(static_cast<size_t>(labelColumns), 1.0);
    for (const TableSection& s : table.sections) {
        for (const GridCell& g : s.grid) {
            if (g.kind == GridCell::Kind::RowHeader && g.columnSpan == 1 && g.column < labelColumns)
                weight[static_cast<size_t>(g.column)] =
                    std::max(weight[static_cast<size_t>(g.column)],
                             std::sqrt(static_cast<double>(g.text.size())));
        }
    }
    double weights = 0;
    for (double w : weight)
        weights += w;
    const double labelTotal = G::kTypeWidth - valueWidth * valueColumns;
    for (int c = 0; c < columns; ++c)
        width[static_cast<size_t>(c)] =
            c < labelColumns ? labelTotal * weight[static_cast<size_t>(c)] / weights : valueWidth;
    auto textOf = [&](const GridCell& g) {
        return g.kind == GridCell::Kind::Value ? m_report.value(g.cell).displayText() : g.text;
    };
    auto alignment = [](const GridCell& g) {
        if (g.kind == GridCell::Kind::RowHeader && g.rowSpan == 1)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignCenter);
    };

    for (const TableSection& section : table.sections) {
        TableGrid grid;
        grid.left = G::kLeft;
        grid.columnWidths = width;
        grid.rowCount = section.rowCount;
        grid.headerRows = (section.heading.isEmpty() ? 0 : 1) + section.headerRows;
        grid.font = font;
        for (const GridCell& g : section.grid) {
            // Header boxes of a heading row in 黑体; the body of the table in its own font.
            const bool heading = g.kind == GridCell::Kind::Heading && g.row < grid.headerRows;
            grid.boxes.push_back({g.row, g.column, g.rowSpan, g.columnSpan, textOf(g),
                                  heading ? makeFont(kHei, font.pointSizeF()) : font,
                                  alignment(g)});
        }
        const TableLayout layout(std::move(grid));
        if (!pendingHeading.isEmpty()) {
            ensure(kBodyLine + layout.startHeight());
            paragraph(pendingHeading, m_fonts.heading);
            pendingHeading.clear();
        }
        ensure(layout.startHeight());
        PageFlow flow{m_pages, m_y, G::kBottomOfType, [this] {
                          newPage();
                      }};
        layout.place(flow);
    }
    m_y += kBodyLine * 0.5;
}

} // namespace

void Builder::newPageWithLastLines(size_t count) {
    const size_t from = m_pages.size() - 1;
    std::vector<ItemAt> moving;
    for (auto it = m_lastLines.rbegin(); it != m_lastLines.rend() && moving.size() < count; ++it) {
        if (it->page != from)
            break;
        moving.insert(moving.begin(), *it);
    }
    // Only lines that end the page, one after the other, move: nothing else may be drawn
    // among or under them.
    for (size_t i = 0; i < moving.size(); ++i) {
        if (moving[i].item != moving.front().item + i ||
            moving.back().item + 1 != m_pages[from].items.size()) {
            moving.clear();
            break;
        }
    }
    newPage();
    if (moving.empty())
        return;
    std::vector<PageItem>& old = m_pages[from].items;
    const double shift = old[moving.front().item].rect.top() - m_y;
    for (const ItemAt& at : moving) {
        PageItem item = old[at.item];
        item.rect.translate(0, -shift);
        m_pages.back().items.push_back(item);
        m_y = item.rect.bottom();
    }
    old.erase(old.begin() + static_cast<std::ptrdiff_t>(moving.front().item), old.end());
    m_lastLines.clear();
}

double Builder::qrCodeHeight() const {
    if (m_options.fingerprint.isEmpty())
        return 0;
    const QByteArray data = m_options.fingerprint.toLatin1();
    QRcode* code = QRcode_encodeString8bit(data.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return 0;
    const double height = code->width * 1.6 + kBodyLine * 0.5;
    QRcode_free(code);
    return height;
}

// 落款 as GB/T 9704 sets it: the date right-aligned four characters from the right margin,
// the agency centred over it (moved left only as far as it must to stay inside the type
// area). A finalized report is dated when it was finalized, a draft today.
void Builder::closing() {
    const QFont& font = m_fonts.body;
    const QDate day =
        m_options.finalizedOn.isValid() ? m_options.finalizedOn : QDate::currentDate();
    const QString date = u"%1年%2月%3日"_s.arg(day.year()).arg(day.month()).arg(day.day());
    const QString agency = m_report.agency.trimmed();
    const double needed = kBodyLine * (agency.isEmpty() ? 2 : 3) + qrCodeHeight();
    if (m_y + needed > G::kBottomOfType + 0.01)
        newPageWithLastLines(2);
    m_y += kBodyLine; // an empty line between the text and the 落款
    const double right = G::kLeft + G::kTypeWidth;
    const double dateWidth = textWidth(date, font);
    const double dateRight = right - font.pointSizeF() * 4;
    if (!agency.isEmpty()) {
        const auto lines = wrapText(agency, font, G::kTypeWidth);
        for (const QString& line : lines) {
            const double w = std::min(textWidth(line, font) + 1, G::kTypeWidth);
            double left = dateRight - dateWidth / 2 - w / 2;
            left = std::clamp(left, G::kLeft, right - w);
            add(PageItem::Kind::Text, {left, m_y, w, kBodyLine}, line, font,
                Qt::AlignLeft | Qt::AlignVCenter);
            m_y += kBodyLine;
        }
    }
    add(PageItem::Kind::Text, {dateRight - dateWidth - 1, m_y, dateWidth + 1, kBodyLine}, date,
        font, Qt::AlignRight | Qt::AlignVCenter);
    m_y += kBodyLine;
    if (!m_options.fingerprint.isEmpty())
        qrCode();
}

// A QR code of the whole SHA-256 at the end of the report, with the hash written beside it.
void Builder::qrCode() {
    const QByteArray data = m_options.fingerprint.toLatin1();
    QRcode* code = QRcode_encodeString8bit(data.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return;
    const double module = 1.6;
    const double side = code->width * module;
    m_y += kBodyLine * 0.5;
    const double left = G::kLeft + G::kTypeWidth - side;
    for (int row = 0; row < code->width; ++row) {
        for (int column = 0; column < code->width; ++column) {
            if (code->data[row * code->width + column] & 1) {
                PageItem block;
                block.kind = PageItem::Kind::Block;
                block.rect = {left + column * module, m_y + row * module, module, module};
                m_pages.back().items.push_back(block);
            }
        }
    }
    QRcode_free(code);
    const QFont small = m_fonts.table;
    add(PageItem::Kind::Text, {G::kLeft, m_y, G::kTypeWidth - side - 6, side},
        u"报告内容校验码（SHA-256）：\n"_s + m_options.fingerprint.left(32) + u"\n"_s +
            m_options.fingerprint.mid(32),
        small, Qt::AlignRight | Qt::AlignBottom);
    m_y += side;
}

// 签批页: who prepared, reviewed and approved the report, with lines to sign and date, and a
// box for the seal.
void Builder::approvalPage() {
    newPage();
    const QString heading = u"政府信息公开工作年度报告签批页"_s;
    add(PageItem::Kind::Text, {G::kLeft, m_y, G::kTypeWidth, kBodyLine * 1.5}, heading,
        m_fonts.title, Qt::AlignHCenter | Qt::AlignVCenter);
    m_y += kBodyLine * 2.5;
    auto field = [&](const QString& label, const QString& value) {
        add(PageItem::Kind::Text, {G::kLeft, m_y, G::kTypeWidth, kBodyLine}, label + value,
            m_fonts.body, Qt::AlignLeft | Qt::AlignVCenter);
        m_y += kBodyLine * 1.2;
    };
    field(u"机关名称："_s, m_report.agency);
    field(u"报告年度："_s, QString::number(m_report.year) + u"年"_s);
    m_y += kBodyLine * 0.5;
    for (const auto& [role, name] :
         {std::pair{u"填报人"_s, m_options.preparer}, std::pair{u"审核人"_s, m_options.reviewer},
          std::pair{u"负责人（签批）"_s, m_options.approver}}) {
        const double lineY = m_y + kBodyLine - 4;
        add(PageItem::Kind::Text, {G::kLeft, m_y, 130, kBodyLine}, role + u"："_s, m_fonts.body,
            Qt::AlignLeft | Qt::AlignVCenter);
        if (!name.isEmpty())
            add(PageItem::Kind::Text, {G::kLeft + 130, m_y, 120, kBodyLine}, name, m_fonts.body,
                Qt::AlignLeft | Qt::AlignVCenter);
        rule({QPointF(G::kLeft + 130, lineY), QPointF(G::kLeft + 250, lineY)},
             static_cast<int>(m_pages.size()) - 1);
        add(PageItem::Kind::Text, {G::kLeft + 262, m_y, 60, kBodyLine}, u"日期："_s, m_fonts.body,
            Qt::AlignLeft | Qt::AlignVCenter);
        if (!m_options.date.isEmpty())
            add(PageItem::Kind::Text, {G::kLeft + 322, m_y, 120, kBodyLine}, m_options.date,
                m_fonts.body, Qt::AlignLeft | Qt::AlignVCenter);
        rule({QPointF(G::kLeft + 322, lineY), QPointF(G::kLeft + G::kTypeWidth, lineY)},
             static_cast<int>(m_pages.size()) - 1);
        m_y += kBodyLine * 2;
    }
    const QRectF seal(G::kLeft + G::kTypeWidth - 46 * G::kMm, m_y + kBodyLine, 46 * G::kMm,
                      46 * G::kMm);
    box(seal, QString(), m_fonts.body, 0, static_cast<int>(m_pages.size()) - 1);
    add(PageItem::Kind::Text, seal.adjusted(0, seal.height() - kBodyLine, 0, 0), u"（单位盖章）"_s,
        m_fonts.body, Qt::AlignHCenter | Qt::AlignVCenter);
    m_y = seal.bottom();
}

PrintFonts PrintFonts::standard() {
    PrintFonts f;
    f.body = makeFont(kFangSong, 16);
    f.title = makeFont(kXiaoBiaoSong, 22, true);
    f.heading = makeFont(kHei, 16);
    f.kai = makeFont(kKai, 16);
    f.table = makeFont(kSong, 9);
    f.pageNumber = makeFont(kSong, 14);
    return f;
}

QString PrintFonts::installedCjkFamily() {
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString& family : kFangSong) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    for (const QString& family : installed) {
        if (QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese))
            return family;
    }
    return {};
}

std::vector<LaidOutPage> ReportLayout::layout(const Report& report, const RenderOptions& options) {
    Builder b(report, options);
    const FormDefinition& form = report.form();
    b.title();
    const int intro = form.findText(u"overview.intro");
    if (intro >= 0 && !report.text(intro).trimmed().isEmpty())
        b.paragraph(report.text(intro), PrintFonts::standard().body);
    const PrintFonts fonts = PrintFonts::standard();
    if (options.tablesOnly) {
        if (!options.note.isEmpty())
            b.paragraph(options.note, fonts.body);
        for (const PartDefinition& part : form.parts()) {
            if (part.table >= 0)
                b.table(part.table, part.heading);
        }
        return b.finish();
    }
    for (const PartDefinition& part : form.parts()) {
        if (part.table >= 0)
            b.table(part.table, part.heading);
        else
            b.heading(part.heading, fonts.heading);
        for (int text : part.texts) {
            if (text != intro)
                b.narrative(text);
        }
    }
    b.closing();
    if (options.approvalPage)
        b.approvalPage();
    return b.finish();
}

void ReportLayout::paintPage(QPainter& painter, const LaidOutPage& page) {
    // The layout is in points. The painter is scaled once from points to the device's pixels;
    // a font's point size, though, is converted to pixels by the device as well, so it is
    // divided by the same factor, or text would be drawn (dpi / 72) times too large.
    const QPaintDevice* device = painter.device();
    const double scaleX = device ? device->logicalDpiX() / 72.0 : 1.0;
    const double scaleY = device ? device->logicalDpiY() / 72.0 : 1.0;
    auto deviceFont = [&](const QFont& font) {
        QFont f = font;
        f.setPointSizeF(font.pointSizeF() / scaleY);
        return f;
    };
    painter.save();
    painter.scale(scaleX, scaleY);
    for (const PageItem& item : page.items) {
        switch (item.kind) {
        case PageItem::Kind::Line:
            painter.setPen(QPen(Qt::black, 0.5));
            painter.drawLine(item.line);
            break;
        case PageItem::Kind::Text:
            painter.setPen(Qt::black);
            painter.setFont(deviceFont(item.font));
            painter.drawText(item.rect, item.flags, item.text);
            break;
        case PageItem::Kind::Block:
            painter.fillRect(item.rect, Qt::black);
            break;
        case PageItem::Kind::Watermark:
            painter.save();
            painter.setPen(QColor(0, 0, 0, 28));
            painter.setFont(deviceFont(item.font));
            painter.translate(item.rect.center());
            painter.rotate(-35);
            painter.drawText(QRectF(-page.size.width(), -item.font.pointSizeF(),
                                    2 * page.size.width(), 2 * item.font.pointSizeF()),
                             Qt::AlignCenter, item.text);
            painter.restore();
            break;
        }
    }
    painter.restore();
}

} // namespace nianbao
