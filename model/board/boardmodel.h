#pragma once

#include "model/board/board.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace nianbao {

// The board as a table for a view: one row per unit, its status coloured, each column
// sortable by its value (SortRole), not by the text shown.
class BoardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UnitColumn,
        LevelColumn,
        StatusColumn,
        ErrorsColumn,
        WarningsColumn,
        LastChangeColumn,
        DeadlineColumn,
        FinalizedColumn,
        PublishedColumn,
        ReturnColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, StatusRole, LevelRole, ReportIdRole };

    explicit BoardModel(QObject* parent = nullptr);
    void setRows(std::vector<BoardRow> rows);
    const std::vector<BoardRow>& rows() const { return m_rows; }
    const BoardRow& row(int index) const { return m_rows[static_cast<size_t>(index)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const BoardRow& row, int column) const;
    QVariant sortValue(const BoardRow& row, int column) const;
    std::vector<BoardRow> m_rows;
};

// The board filtered by status, level and a text found in the unit's name or the reason of
// its return; sorted by SortRole.
class BoardFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit BoardFilter(QObject* parent = nullptr);
    void setStatus(std::optional<BoardStatus> status);
    void setLevel(std::optional<AgencyLevel> level);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<BoardStatus> m_status;
    std::optional<AgencyLevel> m_level;
    QString m_text;
};

} // namespace nianbao
