#include "model/editing/formtablemodel.h"

#include "model/core/cellinput.h"
#include "model/editing/reportdocument.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>

using namespace Qt::StringLiterals;

namespace nianbao {

FormTableModel::FormTableModel(ReportDocument* document, int table, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(table) {
    const TableDefinition& t = document->form().tables()[table];
    m_columns = t.gridColumns;
    for (const TableSection& s : t.sections)
        m_rows += s.rowCount;
    m_grid.assign(static_cast<size_t>(m_rows * m_columns), {});
    m_rowOfCell.assign(document->form().cells().size(), -1);
    m_columnOfCell.assign(document->form().cells().size(), -1);
    int offset = 0;
    for (const TableSection& s : t.sections) {
        for (const GridCell& box : s.grid) {
            const int top = offset + box.row;
            for (int r = top; r < top + box.rowSpan; ++r) {
                for (int c = box.column; c < box.column + box.columnSpan; ++c)
                    m_grid[static_cast<size_t>(r * m_columns + c)] = {&box, top, box.column};
            }
            if (box.kind == GridCell::Kind::Value) {
                m_rowOfCell[box.cell.index] = top;
                m_columnOfCell[box.cell.index] = box.column;
            }
        }
        offset += s.rowCount;
    }
    onFindingsChanged(); // remember what the first paint shows
    connect(document, &ReportDocument::cellsChanged, this, &FormTableModel::onCellsChanged);
    connect(document, &ReportDocument::findingsChanged, this, &FormTableModel::onFindingsChanged);
    const auto everyCellChanged = [this] {
        if (m_rows > 0 && m_columns > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, m_columns - 1));
    };
    connect(document, &ReportDocument::readOnlyChanged, this, everyCellChanged);
    connect(document, &ReportDocument::cellSourcesChanged, this, everyCellChanged);
}

int FormTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int FormTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columns;
}

const GridCell* FormTableModel::boxAt(int row, int column) const {
    if (row < 0 || column < 0 || row >= m_rows || column >= m_columns)
        return nullptr;
    const Placed& p = m_grid[static_cast<size_t>(row * m_columns + column)];
    // Only the top-left position of a merged box carries it; the rest is covered.
    if (!p.box || p.row != row || p.column != column)
        return nullptr;
    return p.box;
}

std::optional<CellRef> FormTableModel::cellAt(const QModelIndex& index) const {
    const GridCell* box = index.isValid() ? boxAt(index.row(), index.column()) : nullptr;
    if (!box || box->kind != GridCell::Kind::Value)
        return std::nullopt;
    return box->cell;
}

QModelIndex FormTableModel::indexOf(CellRef cell) const {
    if (!cell.isValid() || cell.index >= m_rowOfCell.size() || m_rowOfCell[cell.index] < 0)
        return {};
    return index(m_rowOfCell[cell.index], m_columnOfCell[cell.index]);
}

bool FormTableModel::isEditableValue(const QModelIndex& index) const {
    const auto cell = cellAt(index);
    return cell && !m_document->isReadOnly() && !m_document->isComputedTotal(*cell) &&
           !m_document->isFromRegister(*cell);
}

QVariant FormTableModel::data(const QModelIndex& index, int role) const {
    const GridCell* box = index.isValid() ? boxAt(index.row(), index.column()) : nullptr;
    if (!box)
        return {};
    if (role == KindRole)
        return static_cast<int>(box->kind);
    if (box->kind != GridCell::Kind::Value) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return box->text;
        case Qt::TextAlignmentRole:
            return box->kind == GridCell::Kind::RowHeader && box->columnSpan == 1 &&
                           box->rowSpan == 1
                       ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                       : QVariant(Qt::AlignCenter);
        case Qt::BackgroundRole:
            return QBrush(box->kind == GridCell::Kind::Heading ? QColor(0xe4, 0xe9, 0xf0)
                                                               : QColor(0xf2, 0xf2, 0xf2));
        case Qt::FontRole:
            if (box->kind == GridCell::Kind::Heading) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case CellIndexRole:
            return -1;
        default:
            return {};
        }
    }
    const CellRef cell = box->cell;
    const CellValue& value = m_document->report().value(cell);
    const bool total = m_document->isComputedTotal(cell);
    const bool fromRegister = m_document->isFromRegister(cell);
    const auto severity = shownSeverity(cell);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return value.displayText();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        QStringList lines{m_document->form().cellLabel(cell)};
        if (const Report* previous = m_document->previousYear())
            lines << tr("Last year: %1")
                         .arg(previous->value(cell).isEmpty()
                                  ? tr("not filled")
                                  : previous->value(cell).displayText());
        if (fromRegister)
            lines << tr("From the register")
                  << tr("Double-click to list the requests counted here");
        if (total)
            lines << tr("Total, computed from the cells it sums");
        else if (value.isEmpty() && !m_document->isReadOnly() && !fromRegister)
            lines << tr("Not filled in yet (enter 0 if there were none)");
        for (const Finding* f : m_document->findingsFor(cell)) {
            QString line = severityName(f->severity) + u' ' + f->rule + u"："_s + f->message;
            const QString reason = m_document->acknowledgement(*f);
            if (!reason.isEmpty())
                line += u"（"_s + tr("explained: %1").arg(reason) + u"）"_s;
            lines << line;
        }
        return lines.join(u'\n');
    }
    case Qt::BackgroundRole:
        if (severity == Severity::Error)
            return QBrush(QColor(0xf9, 0xd6, 0xd5));
        if (severity == Severity::Warning)
            return QBrush(QColor(0xff, 0xf1, 0xc2));
        if (fromRegister) // a green tint: counted, not typed
            return QBrush(total ? QColor(0xd7, 0xea, 0xdc) : QColor(0xe6, 0xf3, 0xe8));
        if (total)
            return QBrush(QColor(0xe8, 0xef, 0xf7));
        return {};
    case Qt::FontRole:
        if (total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case CellIndexRole:
        return static_cast<int>(cell.index);
    case SeverityRole:
        return severity ? static_cast<int>(*severity) : -1;
    case IsTotalRole:
        return total;
    case NotFilledRole:
        return value.isEmpty() && !total;
    case FromRegisterRole:
        return fromRegister;
    case PreviousYearRole:
        if (const Report* previous = m_document->previousYear())
            return previous->value(cell).displayText();
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags FormTableModel::flags(const QModelIndex& index) const {
    const GridCell* box = index.isValid() ? boxAt(index.row(), index.column()) : nullptr;
    if (!box)
        return Qt::NoItemFlags;
    if (box->kind != GridCell::Kind::Value)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditableValue(index))
        f |= Qt::ItemIsEditable;
    return f;
}

bool FormTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !isEditableValue(index))
        return false;
    const CellRef cell = *cellAt(index);
    const CellInput input = CellInput::parse(value.toString(), m_document->form().cell(cell));
    if (!input.value) {
        Q_EMIT inputRefused(index, input.error, value.toString());
        return false;
    }
    m_document->setCellValue(cell, *input.value);
    return true;
}

std::vector<FormTableModel::Span> FormTableModel::spans() const {
    std::vector<Span> out;
    for (int r = 0; r < m_rows; ++r) {
        for (int c = 0; c < m_columns; ++c) {
            const GridCell* box = boxAt(r, c);
            if (box && (box->rowSpan > 1 || box->columnSpan > 1))
                out.push_back({r, c, box->rowSpan, box->columnSpan});
        }
    }
    return out;
}

QString FormTableModel::copyText(const QModelIndexList& indexes) const {
    if (indexes.isEmpty())
        return {};
    int top = m_rows, left = m_columns, bottom = -1, right = -1;
    for (const QModelIndex& i : indexes) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList fields;
        for (int c = left; c <= right; ++c) {
            const auto cell = cellAt(index(r, c));
            if (!cell && boxAt(r, c) == nullptr)
                continue; // covered by a merged box: not a column of its own
            fields << (cell ? m_document->report().value(*cell).displayText()
                            : data(index(r, c)).toString());
        }
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

std::optional<Severity> FormTableModel::shownSeverity(CellRef cell) const {
    const CellValue& value = m_document->report().value(cell);
    if (!value.isEmpty())
        return m_document->severityOf(cell);
    std::optional<Severity> worst;
    for (const Finding* f : m_document->findingsFor(cell)) {
        if (f->rule == u"V3" ||
            (f->severity == Severity::Warning && m_document->isAcknowledged(*f)))
            continue;
        if (!worst || static_cast<int>(f->severity) < static_cast<int>(*worst))
            worst = f->severity;
    }
    return worst;
}

bool FormTableModel::paste(const QModelIndex& at, const QString& text, QString* error,
                           QString* notice) {
    auto refuse = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_document->isReadOnly())
        return refuse(tr("the report is finalized and cannot be changed"));
    if (!cellAt(at))
        return refuse(tr("select the cell where the pasted block should start"));
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    if (normalized.endsWith(u'\n'))
        normalized.chop(1);
    const QStringList lines = normalized.split(u'\n');
    std::vector<std::pair<CellRef, CellValue>> values;
    std::vector<std::pair<CellRef, CellValue>> pastedTotals;
    for (qsizetype r = 0; r < lines.size(); ++r) {
        const QStringList fields = lines[r].split(u'\t');
        // Walk right over the grid's value cells only: merged boxes are one column each.
        int column = at.column();
        for (qsizetype c = 0; c < fields.size(); ++c, ++column) {
            const int row = at.row() + static_cast<int>(r);
            const auto cell = cellAt(index(row, column));
            if (!cell) {
                return refuse(tr("the pasted block (%1 rows × %2 columns) does not fit here: its "
                                 "row %3, column %4 falls outside the table's cells")
                                  .arg(lines.size())
                                  .arg(fields.size())
                                  .arg(r + 1)
                                  .arg(c + 1));
            }
            if (m_document->isFromRegister(*cell))
                return refuse(tr("%1 is counted from the request register; switch table three "
                                 "back to typed figures to change it")
                                  .arg(m_document->form().cellLabel(*cell)));
            const CellInput input = CellInput::parse(fields[c], m_document->form().cell(*cell));
            if (m_document->isComputedTotal(*cell)) {
                // Computed from what is pasted beside it; what the sheet said is compared below.
                if (input.value && input.value->isNumber())
                    pastedTotals.emplace_back(*cell, *input.value);
                continue;
            }
            if (!input.value) {
                return refuse(tr("row %1, column %2 of the pasted block (%3): %4")
                                  .arg(r + 1)
                                  .arg(c + 1)
                                  .arg(m_document->form().cellLabel(*cell), input.error));
            }
            values.emplace_back(*cell, *input.value);
        }
    }
    m_document->setCellValues(values, tr("Paste %1 cells").arg(values.size()));
    QStringList disagreements;
    for (const auto& [cell, pasted] : pastedTotals) {
        const CellValue& computed = m_document->report().value(cell);
        if (!(computed == pasted)) {
            disagreements << tr("the pasted %1 %2 disagrees with the computed %3")
                                 .arg(m_document->form().cellLabel(cell), pasted.displayText(),
                                      computed.isEmpty() ? tr("(nothing)")
                                                         : computed.displayText());
        }
    }
    if (notice && !disagreements.isEmpty())
        *notice = tr("Pasted. Check the sheet: %1").arg(disagreements.join(tr("; ")));
    return true;
}

void FormTableModel::clear(const QModelIndexList& indexes) {
    std::vector<std::pair<CellRef, CellValue>> values;
    for (const QModelIndex& i : indexes) {
        if (isEditableValue(i))
            values.emplace_back(*cellAt(i), CellValue::empty());
    }
    if (!values.empty())
        m_document->setCellValues(values, tr("Clear %1 cells").arg(values.size()));
}

void FormTableModel::onCellsChanged(const std::vector<CellRef>& cells) {
    for (CellRef cell : cells) {
        const QModelIndex i = indexOf(cell);
        if (i.isValid())
            Q_EMIT dataChanged(i, i);
    }
}

// Only cells whose mark changes are repainted: repainting the whole form re-lays out every
// label, which made one keystroke cost milliseconds.
void FormTableModel::onFindingsChanged() {
    const TableDefinition& table = m_document->form().tables()[m_table];
    if (m_shownSeverity.empty())
        m_shownSeverity.assign(m_document->form().cells().size(), -2);
    for (CellRef cell : table.cells) {
        const auto severity = shownSeverity(cell);
        const int now = severity ? static_cast<int>(*severity) : -1;
        int& shown = m_shownSeverity[cell.index];
        if (shown == now)
            continue;
        const bool first = shown == -2;
        shown = now;
        if (first)
            continue;
        const QModelIndex i = indexOf(cell);
        Q_EMIT dataChanged(i, i, {Qt::BackgroundRole, SeverityRole});
    }
}

} // namespace nianbao
