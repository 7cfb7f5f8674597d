#pragma once

#include "model/core/finding.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace nianbao {

class ReportDocument;

QIcon severityIcon(Severity severity);

// Every finding of the document, for the issues panel: severity, rule, message, where.
// Rebuilt when the findings change (a report has a few dozen findings at most).
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, MessageColumn, PlaceColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, AcknowledgedRole };

    explicit FindingsModel(ReportDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Finding* findingAt(int row) const;

private:
    std::vector<QString> acknowledgements() const; // of m_findings, "" where none

    ReportDocument* m_document;
    std::vector<Finding> m_findings;
    std::vector<QString> m_acknowledgements;
};

// The report's parts for the navigator: 基本信息 and the six parts, each with a badge
// (complete, n errors, n warnings) counted from the findings that concern it.
class NavigatorModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { ErrorsRole = Qt::UserRole + 1, WarningsRole, PartRole };
    static constexpr int kBasicInformation = 0; // row 0; parts follow in form order

    explicit NavigatorModel(ReportDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // The navigator row that shows a finding's place.
    int rowOf(const Finding& finding) const;

private:
    void recount();
    // Nothing entered in the part yet (its texts and its table).
    bool isUnfilled(int row) const;

    ReportDocument* m_document;
    std::vector<std::pair<int, int>> m_counts; // errors, warnings per row
    std::vector<bool> m_unfilled;
};

} // namespace nianbao
