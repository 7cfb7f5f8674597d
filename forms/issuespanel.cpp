#include "forms/issuespanel.h"

#include "model/editing/findingsmodel.h"
#include "model/editing/reportdocument.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// The panel's text columns drawn with one text layout per cell. Qt's own item painting lays a
// cell's text out four to six times (to measure, elide and draw it), and shaping Chinese text
// is the most expensive part of a keystroke's repaint.
class SingleLineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = std::exchange(opt.text, QString());
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        // The row's background (alternating, selected); the text follows.
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect area = opt.rect.adjusted(margin, 0, -margin, 0);
        QTextLayout layout(text, opt.font);
        QTextOption single;
        single.setWrapMode(QTextOption::NoWrap);
        layout.setTextOption(single);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (!line.isValid())
            return;
        line.setLineWidth(area.width());
        layout.endLayout();
        painter->save();
        painter->setPen(opt.palette.color(
            opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setClipRect(area);
        if (line.naturalTextWidth() <= area.width()) {
            const qreal top = area.top() + (area.height() - line.height()) / 2;
            layout.draw(painter, QPointF(area.left(), top));
        } else {
            painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                              opt.fontMetrics.elidedText(text, Qt::ElideRight, area.width()));
        }
        painter->restore();
    }
};

} // namespace

IssuesPanel::IssuesPanel(ReportDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new FindingsModel(document, this))
    , m_view(new QTreeView(this))
    , m_explain(new QPushButton(tr("Explain warning…"), this)) {
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    auto* textDelegate = new SingleLineDelegate(m_view);
    for (int column :
         {FindingsModel::RuleColumn, FindingsModel::MessageColumn, FindingsModel::PlaceColumn})
        m_view->setItemDelegateForColumn(column, textDelegate);
    // Widths are set once, not fitted to the contents: fitting measures every row's Chinese
    // text again after each keystroke, which cost more than the rest of the keystroke.
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    // Wide enough for the longest severity, 「提醒（已说明）」.
    header->resizeSection(FindingsModel::SeverityColumn,
                          m_view->iconSize().width() + 2 * padding +
                              metrics.horizontalAdvance(severityName(Severity::Warning) +
                                                        FindingsModel::tr("(explained)")));
    header->resizeSection(FindingsModel::RuleColumn, metrics.horizontalAdvance(u"T2a"_s) + padding);
    header->resizeSection(FindingsModel::PlaceColumn, 22 * metrics.horizontalAdvance(u'表'));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_explain);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    askReason = [this](const Finding& finding) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(
            this, tr("Explain warning"),
            tr("%1\n\nWhy is this right? The reason is kept with the report.").arg(finding.message),
            m_document->acknowledgement(finding), &ok);
        if (!ok)
            return std::nullopt;
        if (reason.trimmed().isEmpty()) {
            QMessageBox::information(this, tr("Explain warning"),
                                     tr("Nothing was stored: write the reason, then OK."));
            return std::nullopt;
        }
        return reason;
    };
    auto activate = [this](const QModelIndex& index) {
        if (const Finding* f = m_model->findingAt(index.row()))
            Q_EMIT findingActivated(*f);
    };
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_explain, &QPushButton::clicked, this, &IssuesPanel::explainCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &IssuesPanel::updateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IssuesPanel::updateButton);
    updateButton();
}

void IssuesPanel::updateButton() {
    const Finding* f = m_model->findingAt(m_view->currentIndex().row());
    m_explain->setEnabled(f && f->severity == Severity::Warning && !m_document->isReadOnly());
}

void IssuesPanel::explainCurrent() {
    const Finding* f = m_model->findingAt(m_view->currentIndex().row());
    if (!f || f->severity != Severity::Warning)
        return;
    const Finding finding = *f; // the model resets when the reason is stored
    if (const auto reason = askReason(finding))
        m_document->acknowledge(finding, *reason);
}

} // namespace nianbao
