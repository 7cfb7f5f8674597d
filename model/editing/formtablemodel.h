#pragma once

#include "model/core/formdefinition.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace nianbao {

class ReportDocument;

// One table of the form as the paper shows it: headings, merged header cells, row labels and
// value cells in a single grid, all drawn from the form definition (nothing per table in
// code). Header boxes are part of the grid so that multi-level merged headers are plain
// spans. Editing goes through the ReportDocument; refused input is reported, never dropped.
class FormTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        CellIndexRole = Qt::UserRole + 1, // the CellRef's index, or -1 for header boxes
        SeverityRole,                     // -1 none, else Severity as int
        KindRole,                         // GridCell::Kind as int
        IsTotalRole,
        PreviousYearRole, // last year's value of the cell, when last year's report is known
        NotFilledRole,    // an empty value cell still to be filled (not an error to paint)
        FromRegisterRole, // counted from the request register: read-only, drill-down
    };

    FormTableModel(ReportDocument* document, int table, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The boxes that span more than one grid position, for the view's setSpan().
    struct Span {
        int row, column, rowSpan, columnSpan;
    };
    std::vector<Span> spans() const;

    int table() const { return m_table; }
    std::optional<CellRef> cellAt(const QModelIndex& index) const;
    QModelIndex indexOf(CellRef cell) const;
    bool isEditableValue(const QModelIndex& index) const;

    // Tab-separated text of the rectangle (as Excel, WPS and LibreOffice copy).
    QString copyText(const QModelIndexList& indexes) const;
    // Pastes tab-separated text with its top-left at `at`, as one undo step; refuses the whole
    // block with a message if any part of it does not fit or is not a valid entry. Totals in the
    // block are computed, not pasted; where a pasted total disagrees with the computed one,
    // `notice` says so (the paste itself is done).
    bool paste(const QModelIndex& at, const QString& text, QString* error,
               QString* notice = nullptr);
    // Clears the editable cells among `indexes`, as one undo step.
    void clear(const QModelIndexList& indexes);

Q_SIGNALS:
    // `typed` is what the clerk entered, to be given back for correcting.
    void inputRefused(const QModelIndex& index, const QString& message, const QString& typed);

private:
    const GridCell* boxAt(int row, int column) const;
    // The worst finding to paint on a cell. An empty cell is not yet filled, not an error: the
    // completeness finding (V3) is listed in the issues panel, not painted on each cell.
    std::optional<Severity> shownSeverity(CellRef cell) const;
    void onCellsChanged(const std::vector<CellRef>& cells);
    void onFindingsChanged();

    ReportDocument* m_document;
    int m_table;
    int m_rows = 0;
    int m_columns = 0;
    struct Placed {
        const GridCell* box = nullptr;
        int row = 0; // top-left of the box in the whole grid
        int column = 0;
    };
    std::vector<Placed> m_grid;   // m_rows × m_columns
    std::vector<int> m_rowOfCell; // CellRef index → grid row (-1 elsewhere)
    std::vector<int> m_columnOfCell;
    std::vector<int> m_shownSeverity; // per CellRef index: what the view last painted
};

} // namespace nianbao
