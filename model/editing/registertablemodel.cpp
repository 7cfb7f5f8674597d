#include "model/editing/registertablemodel.h"

#include "model/core/formdefinition.h"
#include "model/core/registerdeadlines.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

const TableDefinition& table3() {
    static const auto form = FormDefinition::builtIn(FormDefinition::defaultFormId());
    return form->tables()[form->findTable(u"t3")];
}

QString shortLabel(const std::vector<Dimension>& dimensions, const QString& key) {
    for (const Dimension& d : dimensions) {
        if (d.key == key)
            return d.shortLabel;
    }
    return key;
}

QString dateText(QDate date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

RegisterTableModel::RegisterTableModel(std::shared_ptr<const WorkCalendar> calendar, QDate today,
                                       QObject* parent)
    : QAbstractTableModel(parent)
    , m_calendar(std::move(calendar))
    , m_today(today) {}

QString RegisterTableModel::applicantTypeLabel(const QString& type) {
    return shortLabel(table3().columns, type);
}

QString RegisterTableModel::outcomeLabel(const QString& outcome) {
    return shortLabel(table3().rows, outcome);
}

QString RegisterTableModel::outcomeOfficialLabel(const QString& outcome) {
    for (const Dimension& d : table3().rows) {
        if (d.key != outcome)
            continue;
        // The numbered rows (1.属于国家秘密) are read under their heading (不予公开).
        const qsizetype dot = d.shortLabel.indexOf(u'·');
        return dot < 0 ? d.label : d.shortLabel.left(dot) + u" · "_s + d.label;
    }
    return outcome;
}

void RegisterTableModel::setEntries(std::vector<RegisterEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    m_deadlines.assign(m_entries.size(), std::nullopt);
    endResetModel();
}

void RegisterTableModel::setToday(QDate today) {
    beginResetModel();
    m_today = today;
    m_deadlines.assign(m_entries.size(), std::nullopt);
    endResetModel();
}

int RegisterTableModel::rowOf(qint64 entryId) const {
    for (size_t row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == entryId)
            return int(row);
    }
    return -1;
}

const RegisterTableModel::Deadline& RegisterTableModel::deadlineOf(int row) const {
    auto& cached = m_deadlines[size_t(row)];
    if (!cached) {
        Deadline d;
        d.description = describeDeadline(m_entries[size_t(row)], *m_calendar, m_today, &d.deadline);
        cached = std::move(d);
    }
    return *cached;
}

RegisterTableModel::Urgency RegisterTableModel::urgency(int row) const {
    const auto& d = deadlineOf(row).deadline;
    if (!d || d->state != RequestDeadline::State::Running)
        return Urgency::None;
    if (d->isOverdue())
        return Urgency::Overdue;
    return d->workingDaysLeft <= kDueSoonWorkingDays ? Urgency::DueSoon : Urgency::None;
}

int RegisterTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RegisterTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Column::Count;
}

QVariant RegisterTableModel::display(const RegisterEntry& e, int row, int column) const {
    switch (column) {
    case Number:
        return e.number;
    case Received:
        return dateText(e.received);
    case ApplicantType:
        return applicantTypeLabel(e.applicantType);
    case Subject:
        return e.subject.simplified();
    case Outcome:
        return e.outcome.isEmpty() ? QString() : outcomeLabel(e.outcome);
    case Due: {
        const auto& d = deadlineOf(row).deadline;
        return d && d->state == RequestDeadline::State::Running ? dateText(d->due) : QString();
    }
    case WorkingDaysLeft: {
        const Deadline& d = deadlineOf(row);
        if (d.deadline && d.deadline->state == RequestDeadline::State::Running)
            return d.deadline->workingDaysLeft;
        return d.description; // 等待补正, paused, or why it cannot be counted
    }
    default:
        return {};
    }
}

QVariant RegisterTableModel::sortKey(const RegisterEntry& e, int row, int column) const {
    switch (column) {
    case Received:
        return e.received;
    case Due:
    case WorkingDaysLeft: {
        const auto& d = deadlineOf(row).deadline;
        // Answered and paused requests after every running one.
        if (!d || d->state != RequestDeadline::State::Running)
            return column == Due ? QVariant(QDate(9999, 12, 31)) : QVariant(1 << 30);
        return column == Due ? QVariant(d->due) : QVariant(d->workingDaysLeft);
    }
    default:
        return display(e, row, column);
    }
}

QVariant RegisterTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RegisterEntry& e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == Subject)
            return e.subject;
        if (index.column() == Due || index.column() == WorkingDaysLeft)
            return deadlineOf(index.row()).description;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == WorkingDaysLeft ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant();
    case Qt::ForegroundRole:
        return urgency(index.row()) == Urgency::Overdue ? QVariant(QBrush(QColor(0xb0, 0x1c, 0x1c)))
                                                        : QVariant();
    case Qt::BackgroundRole:
        return urgency(index.row()) == Urgency::DueSoon ? QVariant(QBrush(QColor(0xff, 0xf1, 0xc2)))
                                                        : QVariant();
    case EntryIdRole:
        return e.id;
    case SortRole:
        return sortKey(e, index.row(), index.column());
    case UrgencyRole:
        return int(urgency(index.row()));
    default:
        return {};
    }
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Received:
        return tr("Received");
    case ApplicantType:
        return tr("Applicant type");
    case Subject:
        return tr("Request");
    case Outcome:
        return tr("Outcome");
    case Due:
        return tr("Due");
    case WorkingDaysLeft:
        return tr("Working days left");
    default:
        return {};
    }
}

} // namespace nianbao
