#pragma once

#include "model/render/reportlayout.h"

#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

namespace nianbao {

// One box of a table: text over one or more rows and columns, ruled on its four sides.
struct TableBox {
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;
    QFont font;
    int alignment = Qt::AlignCenter;
};

// A table to lay out: its columns, its rows, and the first `headerRows` of them repeated on
// top of every page the table continues on. The report's tables (from the form definition)
// and the printed register (登记表) are both drawn from one.
struct TableGrid {
    double left = 0;                  // x of the first column, in points
    std::vector<double> columnWidths; // in points
    int rowCount = 0;
    int headerRows = 0;
    // Rows are measured in this font; a box may be drawn in another of its size (a heading
    // in 黑体).
    QFont font;
    std::vector<TableBox> boxes;
};

// Where a flow of pages stands: the pages laid out so far, the height reached on the last
// one, the bottom of its type area, and how to start the next page.
struct PageFlow {
    std::vector<LaidOutPage>& pages;
    double& y;
    double bottom;
    std::function<void()> newPage;
};

// Rows as tall as their text needs, placed on pages: the header rows again on top of every
// page the table continues on, a row never split, a box over several rows drawn once per
// page it stands on.
class TableLayout {
public:
    static constexpr double kCellPadding = 4; // a row label must not touch the rule

    explicit TableLayout(TableGrid grid);
    double headerHeight() const;
    // The header with the first row under it: what must fit for the table to start on a page.
    double startHeight() const;
    // Places the table from flow.y on, and leaves flow.y under its last row.
    void place(PageFlow& flow) const;

private:
    double x(int column) const;
    double spanWidth(const TableBox& box) const;
    double heightOf(int firstRow, int rows) const;

    TableGrid m_grid;
    std::vector<double> m_x;
    std::vector<double> m_height;
};

// A ruled box on a page with its text inside the cell padding (none for an empty text).
void addTableBox(LaidOutPage& page, const QRectF& rect, const QString& text, const QFont& font,
                 int alignment);

} // namespace nianbao
