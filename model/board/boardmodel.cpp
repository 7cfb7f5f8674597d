#include "model/board/boardmodel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// Light enough to read black text on, told apart without colour too (the status is written).
QColor statusColour(BoardStatus status) {
    switch (status) {
    case BoardStatus::NotStarted:
        return QColor(0xee, 0xee, 0xee);
    case BoardStatus::Draft:
        return QColor(0xff, 0xf4, 0xc2);
    case BoardStatus::HasErrors:
        return QColor(0xf8, 0xc8, 0xc4);
    case BoardStatus::Finalized:
        return QColor(0xcf, 0xe8, 0xfc);
    case BoardStatus::Published:
        return QColor(0xc8, 0xec, 0xc9);
    }
    return {};
}

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

BoardModel::BoardModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void BoardModel::setRows(std::vector<BoardRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int BoardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BoardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardModel::display(const BoardRow& row, int column) const {
    switch (column) {
    case UnitColumn:
        return row.unit;
    case LevelColumn:
        return row.level == AgencyLevel::Unknown ? QString() : agencyLevelName(row.level);
    case StatusColumn:
        return row.returnReason.isEmpty() ? boardStatusName(row.status)
                                          : tr("%1 (returned)").arg(boardStatusName(row.status));
    case ErrorsColumn:
        return row.reportId ? QVariant(row.errors) : QVariant();
    case WarningsColumn:
        return row.reportId ? QVariant(row.warnings) : QVariant();
    case LastChangeColumn:
        return row.lastChange.isValid()
                   ? QLocale().toString(row.lastChange.toLocalTime(), u"yyyy-MM-dd HH:mm"_s)
                   : QString();
    case DeadlineColumn:
        return row.daysToDeadline ? QVariant(*row.daysToDeadline) : QVariant();
    case FinalizedColumn:
        return dateText(row.finalizedOn);
    case PublishedColumn:
        return dateText(row.publishedOn);
    case ReturnColumn:
        return row.returnReason;
    }
    return {};
}

QVariant BoardModel::sortValue(const BoardRow& row, int column) const {
    switch (column) {
    case LevelColumn:
        return static_cast<int>(row.level);
    case StatusColumn:
        return static_cast<int>(row.status);
    case ErrorsColumn:
        return row.reportId ? row.errors : -1;
    case WarningsColumn:
        return row.reportId ? row.warnings : -1;
    case LastChangeColumn:
        return row.lastChange;
    case DeadlineColumn:
        return row.daysToDeadline.value_or(0);
    case FinalizedColumn:
        return row.finalizedOn;
    case PublishedColumn:
        return row.publishedOn;
    default:
        return display(row, column);
    }
}

QVariant BoardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BoardRow& r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case SortRole:
        return sortValue(r, index.column());
    case StatusRole:
        return static_cast<int>(r.status);
    case LevelRole:
        return static_cast<int>(r.level);
    case ReportIdRole:
        return r.reportId;
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn)
            return statusColour(r.status);
        break;
    case Qt::ForegroundRole:
        if (index.column() == DeadlineColumn && r.daysToDeadline && *r.daysToDeadline < 0)
            return QColor(0xb0, 0x00, 0x20); // late
        break;
    case Qt::ToolTipRole:
        if (!r.returnReason.isEmpty())
            return tr("Returned on %1: %2")
                .arg(QLocale().toString(r.returnedAt.toLocalTime(), u"yyyy-MM-dd HH:mm"_s),
                     r.returnReason);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ErrorsColumn || index.column() == WarningsColumn ||
            index.column() == DeadlineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case LevelColumn:
        return tr("Level");
    case StatusColumn:
        return tr("Status");
    case ErrorsColumn:
        return tr("Errors");
    case WarningsColumn:
        return tr("Warnings");
    case LastChangeColumn:
        return tr("Last change");
    case DeadlineColumn:
        return tr("Days to deadline");
    case FinalizedColumn:
        return tr("Finalized on");
    case PublishedColumn:
        return tr("Published on");
    case ReturnColumn:
        return tr("Returned because");
    }
    return {};
}

BoardFilter::BoardFilter(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(BoardModel::SortRole);
    setSortLocaleAware(true);
}

void BoardFilter::setStatus(std::optional<BoardStatus> status) {
    m_status = status;
    invalidateFilter();
}

void BoardFilter::setLevel(std::optional<AgencyLevel> level) {
    m_level = level;
    invalidateFilter();
}

void BoardFilter::setText(const QString& text) {
    m_text = text.trimmed();
    invalidateFilter();
}

bool BoardFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const auto* board = qobject_cast<const BoardModel*>(sourceModel());
    if (!board || sourceParent.isValid())
        return false;
    const BoardRow& row = board->row(sourceRow);
    if (m_status && row.status != *m_status)
        return false;
    if (m_level && row.level != *m_level)
        return false;
    return m_text.isEmpty() || row.unit.contains(m_text, Qt::CaseInsensitive) ||
           row.returnReason.contains(m_text, Qt::CaseInsensitive);
}

} // namespace nianbao
