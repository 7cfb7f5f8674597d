#include "model/editing/findingsmodel.h"

#include <utility>

#include "model/editing/reportdocument.h"

#include <QBrush>

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <array>

using namespace Qt::StringLiterals;

namespace nianbao {

// The same shapes as the marks in the table cells: square ×, triangle !, circle i.
QIcon severityIcon(Severity severity) {
    static const std::array<QIcon, 3> icons = [] {
        auto draw = [](int which) {
            QPixmap pixmap(32, 32);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            QFont font;
            font.setBold(true);
            font.setPixelSize(22);
            p.setFont(font);
            const QRectF box(2, 2, 28, 28);
            if (which == 0) {
                p.fillRect(box, QColor(0xc6, 0x28, 0x28));
                p.setPen(Qt::white);
                p.drawText(box, Qt::AlignCenter, QStringLiteral("×"));
            } else if (which == 1) {
                QPainterPath triangle;
                triangle.moveTo(16, 2);
                triangle.lineTo(30, 30);
                triangle.lineTo(2, 30);
                triangle.closeSubpath();
                p.fillPath(triangle, QColor(0xe0, 0x9a, 0x00));
                p.setPen(Qt::black);
                p.drawText(box.adjusted(0, 5, 0, 0), Qt::AlignCenter, QStringLiteral("!"));
            } else {
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0x33, 0x66, 0xaa));
                p.drawEllipse(box);
                p.setPen(Qt::white);
                p.drawText(box, Qt::AlignCenter, QStringLiteral("i"));
            }
            return QIcon(pixmap);
        };
        return std::array<QIcon, 3>{draw(0), draw(1), draw(2)};
    }();
    return icons[static_cast<int>(severity)];
}

FindingsModel::FindingsModel(ReportDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_findings(document->findings())
    , m_acknowledgements(acknowledgements()) {
    // Same number of findings (the usual case while typing): update in place, so that the
    // view keeps its layout and current row, and signal only the rows that changed (a
    // keystroke usually changes none or one; repainting every row's Chinese text is what a
    // keystroke cost most); otherwise start over.
    connect(document, &ReportDocument::findingsChanged, this, [this] {
        if (m_findings.size() == m_document->findings().size()) {
            const std::vector<Finding> before = std::exchange(m_findings, m_document->findings());
            const std::vector<QString> acknowledgedBefore =
                std::exchange(m_acknowledgements, acknowledgements());
            for (size_t row = 0; row < m_findings.size(); ++row) {
                if (before[row] == m_findings[row] &&
                    acknowledgedBefore[row] == m_acknowledgements[row])
                    continue;
                // One index at a time: Qt 6.4's views repaint the whole viewport for a range.
                for (int column = 0; column < ColumnCount; ++column) {
                    const QModelIndex cell = index(int(row), column);
                    Q_EMIT dataChanged(cell, cell);
                }
            }
            return;
        }
        beginResetModel();
        m_findings = m_document->findings();
        m_acknowledgements = acknowledgements();
        endResetModel();
    });
}

std::vector<QString> FindingsModel::acknowledgements() const {
    std::vector<QString> reasons;
    reasons.reserve(m_findings.size());
    for (const Finding& finding : m_findings)
        reasons.push_back(m_document->acknowledgement(finding));
    return reasons;
}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const Finding* FindingsModel::findingAt(int row) const {
    return row >= 0 && row < rowCount() ? &m_findings[static_cast<size_t>(row)] : nullptr;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    const Finding* f = index.isValid() ? findingAt(index.row()) : nullptr;
    if (!f)
        return {};
    const FormDefinition& form = m_document->form();
    const QString reason = m_document->acknowledgement(*f);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(f->severity) + (reason.isEmpty() ? QString() : tr("(explained)"));
        case RuleColumn:
            return f->rule;
        case MessageColumn:
            return f->message;
        case PlaceColumn: {
            if (f->text >= 0)
                return form.texts()[f->text].label;
            QStringList cells;
            for (size_t i = 0; i < f->cells.size() && i < 2; ++i)
                cells << form.cellLabel(f->cells[i]);
            QString place = cells.join(u"、"_s);
            if (f->cells.size() > 2)
                place += tr(" and %n more", nullptr, static_cast<int>(f->cells.size() - 2));
            return place;
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityIcon(f->severity)) : QVariant();
    case Qt::ToolTipRole:
        return reason.isEmpty() ? f->message : f->message + u"\n"_s + tr("Reason: %1").arg(reason);
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn && reason.isEmpty()) {
            return QBrush(f->severity == Severity::Error     ? QColor(0xb0, 0x1c, 0x1c)
                          : f->severity == Severity::Warning ? QColor(0x8a, 0x5a, 0x00)
                                                             : QColor(0x33, 0x55, 0x88));
        }
        return {};
    case SeverityRole:
        return static_cast<int>(f->severity);
    case AcknowledgedRole:
        return !reason.isEmpty();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Finding");
    case PlaceColumn:
        return tr("Where");
    default:
        return {};
    }
}

NavigatorModel::NavigatorModel(ReportDocument* document, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document) {
    recount();
    connect(document, &ReportDocument::findingsChanged, this, [this] {
        const auto before = m_counts;
        const auto unfilledBefore = m_unfilled;
        recount();
        for (int row = 0; row < rowCount(); ++row) {
            if (before[static_cast<size_t>(row)] != m_counts[static_cast<size_t>(row)] ||
                unfilledBefore[static_cast<size_t>(row)] != m_unfilled[static_cast<size_t>(row)])
                Q_EMIT dataChanged(index(row), index(row));
        }
    });
}

int NavigatorModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 1 + static_cast<int>(m_document->form().parts().size());
}

int NavigatorModel::rowOf(const Finding& finding) const {
    const FormDefinition& form = m_document->form();
    for (size_t p = 0; p < form.parts().size(); ++p) {
        const PartDefinition& part = form.parts()[p];
        if (finding.text >= 0 &&
            std::find(part.texts.begin(), part.texts.end(), finding.text) != part.texts.end())
            return static_cast<int>(p) + 1;
        if (finding.text < 0 && !finding.cells.empty() && part.table >= 0 &&
            form.cell(finding.cells.front()).table == part.table)
            return static_cast<int>(p) + 1;
    }
    return kBasicInformation;
}

bool NavigatorModel::isUnfilled(int row) const {
    if (row == kBasicInformation)
        return false;
    const FormDefinition& form = m_document->form();
    const PartDefinition& part = form.parts()[static_cast<size_t>(row - 1)];
    for (int text : part.texts) {
        if (!m_document->report().text(text).trimmed().isEmpty())
            return false;
    }
    if (part.table >= 0) {
        for (CellRef ref : form.tables()[static_cast<size_t>(part.table)].cells) {
            if (!m_document->report().value(ref).isEmpty())
                return false;
        }
    }
    return true;
}

void NavigatorModel::recount() {
    m_unfilled.assign(static_cast<size_t>(rowCount()), false);
    for (int row = 0; row < rowCount(); ++row)
        m_unfilled[static_cast<size_t>(row)] = isUnfilled(row);
    m_counts.assign(static_cast<size_t>(rowCount()), {0, 0});
    for (const Finding& f : m_document->findings()) {
        if (f.severity == Severity::Warning && m_document->isAcknowledged(f))
            continue;
        auto& c = m_counts[static_cast<size_t>(rowOf(f))];
        if (f.severity == Severity::Error)
            ++c.first;
        else if (f.severity == Severity::Warning)
            ++c.second;
    }
}

QVariant NavigatorModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto [errors, warnings] = m_counts[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = index.row() == kBasicInformation
                                  ? tr("Basic information")
                                  : m_document->form().parts()[index.row() - 1].heading;
        QString badge;
        if (errors > 0)
            badge = tr("%n error(s)", nullptr, errors);
        if (warnings > 0)
            badge +=
                (badge.isEmpty() ? QString() : u" · "_s) + tr("%n warning(s)", nullptr, warnings);
        // An empty part has nothing wrong in it, but it is not done either.
        if (badge.isEmpty())
            badge = m_unfilled[static_cast<size_t>(index.row())] ? tr("not filled in yet") : u"✓"_s;
        return title + u"\n"_s + badge;
    }
    case Qt::ForegroundRole:
        return errors > 0 ? QBrush(QColor(0xb0, 0x1c, 0x1c))
                          : (warnings > 0 ? QBrush(QColor(0x8a, 0x5a, 0x00)) : QVariant());
    case ErrorsRole:
        return errors;
    case WarningsRole:
        return warnings;
    case PartRole:
        return index.row() - 1;
    default:
        return {};
    }
}

} // namespace nianbao
