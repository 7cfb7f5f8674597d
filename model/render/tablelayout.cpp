#include "model/render/tablelayout.h"

#include "model/render/textmeasure.h"

#include <algorithm>

namespace nianbao {

namespace {

void addRule(LaidOutPage& page, const QLineF& line) {
    PageItem item;
    item.kind = PageItem::Kind::Line;
    item.line = line;
    page.items.push_back(item);
}

} // namespace

void addTableBox(LaidOutPage& page, const QRectF& rect, const QString& text, const QFont& font,
                 int alignment) {
    constexpr double padding = TableLayout::kCellPadding;
    if (!text.isEmpty()) {
        PageItem item;
        item.kind = PageItem::Kind::Text;
        item.rect = rect.adjusted(padding, 1, -padding, -1);
        item.text = text;
        item.font = font;
        item.flags = alignment | Qt::TextWordWrap;
        page.items.push_back(item);
    }
    addRule(page, {rect.topLeft(), rect.topRight()});
    addRule(page, {rect.bottomLeft(), rect.bottomRight()});
    addRule(page, {rect.topLeft(), rect.bottomLeft()});
    addRule(page, {rect.topRight(), rect.bottomRight()});
}

TableLayout::TableLayout(TableGrid grid)
    : m_grid(std::move(grid))
    , m_x(m_grid.columnWidths.size() + 1, m_grid.left) {
    for (size_t c = 0; c < m_grid.columnWidths.size(); ++c)
        m_x[c + 1] = m_x[c] + m_grid.columnWidths[c];
    // Each row as tall as its tallest one-row box; a box over several rows makes its last
    // row taller if it needs to.
    const double lineHeight = lineSpacing(m_grid.font);
    m_height.assign(static_cast<size_t>(m_grid.rowCount), lineHeight + 2 * kCellPadding);
    auto needed = [&](const TableBox& box) {
        const auto lines = wrapText(box.text, m_grid.font, spanWidth(box) - 2 * kCellPadding);
        return static_cast<double>(lines.size()) * lineHeight + 2 * kCellPadding;
    };
    for (const TableBox& box : m_grid.boxes) {
        if (box.rowSpan == 1)
            m_height[static_cast<size_t>(box.row)] =
                std::max(m_height[static_cast<size_t>(box.row)], needed(box));
    }
    for (const TableBox& box : m_grid.boxes) {
        if (box.rowSpan == 1)
            continue;
        const double sum = heightOf(box.row, box.rowSpan);
        const double need = needed(box);
        if (need > sum)
            m_height[static_cast<size_t>(box.row + box.rowSpan - 1)] += need - sum;
    }
    // Boxes row by row, so that the text reads in the printed order.
    std::stable_sort(m_grid.boxes.begin(), m_grid.boxes.end(),
                     [](const TableBox& a, const TableBox& b) {
                         return a.row != b.row ? a.row < b.row : a.column < b.column;
                     });
}

double TableLayout::x(int column) const {
    return m_x[static_cast<size_t>(column)];
}

double TableLayout::spanWidth(const TableBox& box) const {
    return x(box.column + box.columnSpan) - x(box.column);
}

double TableLayout::heightOf(int firstRow, int rows) const {
    double sum = 0;
    for (int r = firstRow; r < firstRow + rows; ++r)
        sum += m_height[static_cast<size_t>(r)];
    return sum;
}

double TableLayout::headerHeight() const {
    return heightOf(0, m_grid.headerRows);
}

double TableLayout::startHeight() const {
    const double firstRow =
        m_grid.headerRows < m_grid.rowCount ? m_height[static_cast<size_t>(m_grid.headerRows)] : 0;
    return headerHeight() + firstRow;
}

void TableLayout::place(PageFlow& flow) const {
    const int headerCount = m_grid.headerRows;
    struct Placement {
        int page;
        double y;
    };
    std::vector<Placement> body(static_cast<size_t>(m_grid.rowCount), {-1, 0});
    std::vector<Placement> headers; // the first header row on each page
    auto placeHeader = [&] {
        headers.push_back({static_cast<int>(flow.pages.size()) - 1, flow.y});
        flow.y += headerHeight();
    };
    placeHeader();
    for (int r = headerCount; r < m_grid.rowCount; ++r) {
        if (flow.y + m_height[static_cast<size_t>(r)] > flow.bottom + 0.01) {
            flow.newPage();
            placeHeader();
        }
        body[static_cast<size_t>(r)] = {static_cast<int>(flow.pages.size()) - 1, flow.y};
        flow.y += m_height[static_cast<size_t>(r)];
    }
    auto pageAt = [&](int page) -> LaidOutPage& {
        return flow.pages[static_cast<size_t>(page)];
    };
    for (const Placement& header : headers) {
        for (const TableBox& box : m_grid.boxes) {
            if (box.row >= headerCount)
                continue;
            addTableBox(pageAt(header.page),
                        {x(box.column), header.y + heightOf(0, box.row), spanWidth(box),
                         heightOf(box.row, box.rowSpan)},
                        box.text, box.font, box.alignment);
        }
    }
    for (int r = headerCount; r < m_grid.rowCount; ++r) {
        const Placement here = body[static_cast<size_t>(r)];
        for (const TableBox& box : m_grid.boxes) {
            if (box.row > r || box.row + box.rowSpan <= r)
                continue;
            // A box over several rows is drawn once per page it stands on, from its first
            // row there.
            const bool startsHere =
                box.row == r || body[static_cast<size_t>(r) - 1].page != here.page;
            if (!startsHere)
                continue;
            double h = 0;
            for (int rr = r;
                 rr < box.row + box.rowSpan && body[static_cast<size_t>(rr)].page == here.page;
                 ++rr)
                h += m_height[static_cast<size_t>(rr)];
            addTableBox(pageAt(here.page), {x(box.column), here.y, spanWidth(box), h}, box.text,
                        box.font, box.alignment);
        }
    }
}

} // namespace nianbao
