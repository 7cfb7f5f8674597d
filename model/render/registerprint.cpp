#include "model/render/registerprint.h"

#include "model/render/tablelayout.h"
#include "model/render/textmeasure.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

using L = LandscapeGeometry;

// Columns whose text has a known widest form keep it on one line; the others share the
// rest of the width by weight.
struct ColumnWidth {
    QString widest; // a fixed column as wide as this text
    double weight = 0;
};

const QHash<QString, ColumnWidth>& columnWidths() {
    static const QHash<QString, ColumnWidth> widths = {
        {u"编号"_s, {u"2025-0001"_s, 0}},
        {u"收到日期"_s, {u"2025-03-04"_s, 0}},
        {u"申请方式"_s, {u"电子邮件"_s, 0}},
        {u"申请人类型"_s, {u"法律服务机构"_s, 0}},
        {u"申请人"_s, {{}, 0.8}},
        {u"联系方式"_s, {u"13812341234"_s, 0}},
        {u"申请内容"_s, {{}, 3}},
        {u"补正"_s, {{}, 0.8}},
        {u"征求意见"_s, {{}, 0.8}},
        {u"延期"_s, {u"2025-03-04"_s, 0}},
        {u"答复日期"_s, {u"2025-03-04"_s, 0}},
        {u"办理结果"_s, {{}, 3}},
        {u"截止日期"_s, {u"2025-03-04"_s, 0}},
        {u"费用（万元）"_s, {u"0.0000"_s, 0}},
        {u"备注"_s, {{}, 1.6}},
    };
    return widths;
}

// Each column at least as wide as its header on two lines (in `headerFont`) and its widest
// text on one; what is left goes to the columns of free text, by weight.
std::vector<double> widthsFor(const QStringList& headers, const QFont& font,
                              const QFont& headerFont) {
    constexpr double padding = 2 * TableLayout::kCellPadding + 1;
    std::vector<double> widths;
    double used = 0;
    double weights = 0;
    for (const QString& header : headers) {
        const ColumnWidth spec = columnWidths().value(header, {{}, 1});
        // A header may take two lines: its first half must fit.
        double width = textWidth(header.left((header.size() + 1) / 2), headerFont) + padding;
        if (!spec.widest.isEmpty())
            width = std::max(width, textWidth(spec.widest, font) + padding);
        widths.push_back(width);
        used += width;
        weights += spec.weight;
    }
    const double rest = std::max(0.0, L::kTypeWidth - used);
    for (int i = 0; i < headers.size(); ++i) {
        const double weight = columnWidths().value(headers[i], {{}, 1}).weight;
        widths[static_cast<size_t>(i)] += weights > 0 ? rest * weight / weights : 0;
    }
    return widths;
}

} // namespace

QString registerPrintTitle(const RegisterPrintOptions& options) {
    return options.agency + (options.year ? u"%1年"_s.arg(*options.year) : QString()) +
           u"政府信息公开申请登记表"_s;
}

std::vector<LaidOutPage> layoutRegister(const std::vector<RegisterEntry>& entries,
                                        const RegisterPrintOptions& options,
                                        const WorkCalendar* calendar) {
    const PrintFonts fonts = PrintFonts::standard();
    QFont titleFont = fonts.title;
    titleFont.setPointSizeF(18);
    QFont headerFont = fonts.heading;
    headerFont.setPointSizeF(fonts.table.pointSizeF());
    std::vector<LaidOutPage> pages;
    double y = 0;
    auto newPage = [&] {
        LaidOutPage page;
        page.number = static_cast<int>(pages.size()) + 1;
        page.size = {L::kWidth, L::kHeight};
        pages.push_back(page);
        y = L::kMargin;
    };
    newPage();
    PageItem title;
    title.kind = PageItem::Kind::Text;
    title.text = registerPrintTitle(options);
    title.font = titleFont;
    title.rect = {L::kMargin, y, L::kTypeWidth, lineSpacing(titleFont) * 1.5};
    title.flags = Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap;
    pages.back().items.push_back(title);
    y += title.rect.height() + 4 * L::kMm;

    const QStringList headers = registerColumnHeaders(options.personalData);
    TableGrid grid;
    grid.left = L::kMargin;
    grid.columnWidths = widthsFor(headers, fonts.table, headerFont);
    grid.rowCount = 1 + static_cast<int>(entries.size());
    grid.headerRows = 1;
    grid.font = fonts.table;
    for (int c = 0; c < headers.size(); ++c)
        grid.boxes.push_back({0, c, 1, 1, headers[c], headerFont, Qt::AlignCenter});
    for (size_t r = 0; r < entries.size(); ++r) {
        const QStringList texts = registerEntryTexts(entries[r], options.personalData, calendar);
        for (int c = 0; c < texts.size(); ++c) {
            // Broken here as measured: the painter breaks at spaces only, and an e-mail
            // address or a long number would run out of its cell.
            const double width =
                grid.columnWidths[static_cast<size_t>(c)] - 2 * TableLayout::kCellPadding;
            QStringList lines;
            for (const QString& line : wrapText(texts[c], fonts.table, width))
                lines << line.trimmed();
            grid.boxes.push_back({static_cast<int>(r) + 1, c, 1, 1,
                                  lines.join(QChar(QChar::LineSeparator)), fonts.table,
                                  int(Qt::AlignLeft | Qt::AlignVCenter)});
        }
    }
    const TableLayout table(std::move(grid));
    PageFlow flow{pages, y, L::kBottomOfType, newPage};
    table.place(flow);

    const int count = static_cast<int>(pages.size());
    for (LaidOutPage& page : pages) {
        PageItem number;
        number.kind = PageItem::Kind::Text;
        number.text = u"第 %1 页 共 %2 页"_s.arg(page.number).arg(count);
        number.font = fonts.table;
        number.rect = {L::kMargin, L::kBottomOfType + 6 * L::kMm, L::kTypeWidth,
                       lineSpacing(fonts.table)};
        number.flags = Qt::AlignHCenter | Qt::AlignTop;
        page.items.push_back(number);
    }
    return pages;
}

} // namespace nianbao
