#include "forms/tableeditor.h"

#include "model/core/formdefinition.h"
#include "model/editing/formtablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

#include <utility>

using namespace Qt::StringLiterals;

namespace nianbao {

TableEditor::TableEditor(FormTableModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model) {
    setModel(model);
    for (const auto& s : model->spans())
        setSpan(s.row, s.column, s.rowSpan, s.columnSpan);
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setItemDelegate(new CellDelegate(this));
    setEditTriggers(AnyKeyPressed | EditKeyPressed | DoubleClicked);
    setSelectionMode(ContiguousSelection);
    setWordWrap(true);
    setTabKeyNavigation(true);
    setCornerButtonEnabled(false);
    // Label columns wide enough for the official labels, figure columns for a number.
    const int labelColumns = [&] {
        int n = 0;
        for (int c = 0; c < model->columnCount(); ++c) {
            bool anyValue = false;
            for (int r = 0; r < model->rowCount() && !anyValue; ++r)
                anyValue = model->cellAt(model->index(r, c)).has_value();
            if (anyValue)
                break;
            ++n;
        }
        return n;
    }();
    const QFontMetrics metrics(font());
    for (int c = 0; c < model->columnCount(); ++c) {
        const bool label = c < labelColumns;
        const int width =
            label ? (labelColumns == 1
                         ? metrics.horizontalAdvance(u"行政规范性文件　　"_s)
                         : (c == labelColumns - 1
                                ? metrics.horizontalAdvance(u"1.申请人无正当理由逾期不补正、"_s)
                                : metrics.horizontalAdvance(u"（三）不予公"_s)))
                  : metrics.horizontalAdvance(u"社会公益组"_s);
        setColumnWidth(c, width);
    }
    resizeRowsToContents();
    buildFrozenHeader();
    connect(model, &FormTableModel::inputRefused, this, &TableEditor::giveBack);
    // Start on the first value cell.
    const QModelIndex first = step(model->index(0, 0), 0, 1, true);
    if (first.isValid())
        setCurrentIndex(first);
}

QModelIndex TableEditor::valueCovering(int row, int column) const {
    for (int back = column; back >= 0; --back) {
        const QModelIndex candidate = m_model->index(row, back);
        if (m_model->cellAt(candidate))
            return back + columnSpan(row, back) > column ? candidate : QModelIndex();
        if (m_model->data(candidate, FormTableModel::KindRole).isValid())
            return {}; // a header box starts here
    }
    return {};
}

QModelIndex TableEditor::step(const QModelIndex& from, int rowStep, int columnStep,
                              bool wrap) const {
    int r = from.isValid() ? from.row() : 0;
    int c = from.isValid() ? from.column() : 0;
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    for (int guard = 0; guard < rows * columns; ++guard) {
        r += rowStep;
        c += columnStep;
        if (wrap && c >= columns) {
            c = 0;
            ++r;
        } else if (wrap && c < 0) {
            c = columns - 1;
            --r;
        }
        if (r < 0 || r >= rows || c < 0 || c >= columns)
            return {};
        // A value box spanning several positions (t2's one-figure blocks) is reached from any
        // position it covers, and stepping through it does not stop on it again.
        const QModelIndex covering = valueCovering(r, c);
        if (covering.isValid() && covering != from && !isComputed(covering))
            return covering;
    }
    return {};
}

QModelIndex TableEditor::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) {
    const QModelIndex current = currentIndex();
    QModelIndex next;
    switch (action) {
    case MoveDown:
        next = step(current, 1, 0, false);
        break;
    case MoveUp:
        next = step(current, -1, 0, false);
        break;
    case MoveRight:
        next = step(current, 0, 1, false);
        break;
    case MoveLeft:
        next = step(current, 0, -1, false);
        break;
    case MoveNext:
        next = step(current, 0, 1, true);
        break;
    case MovePrevious:
        next = step(current, 0, -1, true);
        break;
    case MoveHome:
    case MoveEnd:
        if (!(modifiers & Qt::ControlModifier))
            return QTableView::moveCursor(action, modifiers);
        // Ctrl+Home: the first cell to type in; Ctrl+End: the last.
        next = action == MoveHome
                   ? step(m_model->index(0, 0), 0, 1, true)
                   : step(m_model->index(m_model->rowCount() - 1, m_model->columnCount() - 1), 0,
                          -1, true);
        break;
    default:
        return QTableView::moveCursor(action, modifiers);
    }
    return next.isValid() ? next : current;
}

void TableEditor::moveAfterEdit() {
    const QModelIndex next = step(currentIndex(), 1, 0, false);
    if (next.isValid())
        setCurrentIndex(next);
}

void TableEditor::keyPressEvent(QKeyEvent* event) {
    if (state() != EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteClipboard();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearSelection();
            return;
        }
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            moveAfterEdit();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

// QAbstractItemView repaints the whole viewport when the focus comes and goes (the selection
// changes colour); with a cell editor opening and closing at every keystroke that meant
// laying out the whole form twice per key. Only the selection needs repainting.
void TableEditor::focusInEvent(QFocusEvent* event) {
    if (!currentIndex().isValid()) {
        QTableView::focusInEvent(event);
        return;
    }
    QAbstractScrollArea::focusInEvent(event);
    updateSelection();
}

void TableEditor::focusOutEvent(QFocusEvent* event) {
    QAbstractScrollArea::focusOutEvent(event);
    updateSelection();
}

void TableEditor::updateSelection() {
    for (const QModelIndex& i : selectionModel()->selectedIndexes())
        update(i);
    update(currentIndex());
}

void TableEditor::copySelection() {
    const QString text = m_model->copyText(selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TableEditor::commitPendingEdit() {
    auto* delegate = static_cast<CellDelegate*>(itemDelegate());
    QLineEdit* editor = delegate->lastEditor();
    if (state() != EditingState || !editor)
        return;
    commitData(editor);
    closeEditor(editor, QAbstractItemDelegate::NoHint);
}

void TableEditor::leaveCellWith(int key) {
    const QModelIndex from = currentIndex();
    m_refusedLastCommit = false;
    commitPendingEdit();
    const int rowStep = key == Qt::Key_Down ? 1 : key == Qt::Key_Up ? -1 : 0;
    const int columnStep = key == Qt::Key_Right ? 1 : key == Qt::Key_Left ? -1 : 0;
    // A refused entry is given back in its cell (giveBack): the cursor stays for it.
    if (m_refusedLastCommit)
        return;
    const QModelIndex next = step(from, rowStep, columnStep, false);
    if (next.isValid())
        setCurrentIndex(next);
}

bool TableEditor::isComputed(const QModelIndex& index) const {
    return m_model->data(index, FormTableModel::IsTotalRole).toBool();
}

bool TableEditor::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) {
    const bool opened = QTableView::edit(index, trigger, event);
    if (opened)
        m_typingIntoCell = trigger == AnyKeyPressed;
    // A key typed on a figure counted from the register is not lost in silence.
    if (!opened && (trigger == AnyKeyPressed || trigger == EditKeyPressed) &&
        index.data(FormTableModel::FromRegisterRole).toBool())
        Q_EMIT refused(tr("This figure is counted from the request register. To type it, switch "
                          "table three back to typed figures (登记台账 menu)."));
    // F2 continues the value, as in Excel and WPS (Qt selects it all, so typing replaces it).
    auto* delegate = static_cast<CellDelegate*>(itemDelegate());
    if (opened && trigger == EditKeyPressed && delegate->lastEditor()) {
        delegate->lastEditor()->deselect();
        delegate->lastEditor()->end(false);
    }
    return opened;
}

// The clerk's text stays in the cell, in the editor, with the reason beside it: nothing typed
// is lost to a mistake (Enter has already moved on by the time the refusal arrives).
void TableEditor::giveBack(const QModelIndex& index, const QString& message, const QString& typed) {
    showRefusal(index, message);
    const QPersistentModelIndex cell(index);
    QTimer::singleShot(0, this, [this, cell, message, typed] {
        if (!cell.isValid())
            return;
        if (!isVisible()) {
            m_refusedWhileHidden = Refused{cell, message, typed};
            return;
        }
        setCurrentIndex(cell);
        auto* delegate = static_cast<CellDelegate*>(itemDelegate());
        if (QTableView::edit(cell, EditKeyPressed, nullptr) && delegate->lastEditor()) {
            delegate->lastEditor()->setText(typed);
            delegate->lastEditor()->setToolTip(message);
        }
        showRefusal(cell, message);
    });
}

void TableEditor::showEvent(QShowEvent* event) {
    QTableView::showEvent(event);
    if (const auto refused = std::exchange(m_refusedWhileHidden, std::nullopt))
        giveBack(refused->cell, refused->message, refused->typed);
}

// The column headers are the rows above the first value cell. They are drawn a second time by
// a view of their own, fixed above the scrolling one, which shows the body only.
void TableEditor::buildFrozenHeader() {
    m_frozenRows = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        bool anyValue = false;
        for (int c = 0; c < m_model->columnCount() && !anyValue; ++c)
            anyValue = m_model->cellAt(m_model->index(r, c)).has_value();
        if (anyValue)
            break;
        ++m_frozenRows;
    }
    // Row labels spanning into the header (a box taller than the header rows) cannot be cut.
    for (const auto& span : m_model->spans()) {
        if (span.row < m_frozenRows && span.row + span.rowSpan > m_frozenRows)
            m_frozenRows = 0;
    }
    if (m_frozenRows == 0 || m_frozenRows >= m_model->rowCount())
        return;
    m_frozen = new QTableView(this);
    m_frozen->setObjectName(u"frozenHeader"_s);
    m_frozen->setModel(m_model);
    // A delegate of its own: a view listens to its delegate's commitData and closeEditor.
    m_frozen->setItemDelegate(new CellDelegate(this));
    m_frozen->horizontalHeader()->hide();
    m_frozen->verticalHeader()->hide();
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setSelectionMode(NoSelection);
    m_frozen->setEditTriggers(NoEditTriggers);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setWordWrap(true);
    for (const auto& span : m_model->spans()) {
        if (span.row < m_frozenRows)
            m_frozen->setSpan(span.row, span.column, span.rowSpan, span.columnSpan);
    }
    m_frozenHeight = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (r < m_frozenRows) {
            m_frozen->setRowHeight(r, rowHeight(r));
            m_frozenHeight += rowHeight(r);
            setRowHidden(r, true);
        } else {
            m_frozen->setRowHidden(r, true);
        }
    }
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_frozen->setColumnWidth(c, columnWidth(c));
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, m_frozen->horizontalScrollBar(),
            &QScrollBar::setValue);
    setViewportMargins(0, m_frozenHeight, 0, 0);
    placeFrozenHeader();
    m_frozen->show();
}

void TableEditor::placeFrozenHeader() {
    if (!m_frozen)
        return;
    m_frozen->setGeometry(viewport()->x(), viewport()->y() - m_frozenHeight, viewport()->width(),
                          m_frozenHeight);
}

void TableEditor::resizeEvent(QResizeEvent* event) {
    QTableView::resizeEvent(event);
    placeFrozenHeader();
}

void TableEditor::updateGeometries() {
    QTableView::updateGeometries(); // sets the margins for its own (hidden) headers: 0
    if (m_frozen && viewportMargins().top() != m_frozenHeight)
        setViewportMargins(0, m_frozenHeight, 0, 0);
    placeFrozenHeader();
}

void TableEditor::scrollTo(const QModelIndex& index, ScrollHint hint) {
    QTableView::scrollTo(index, hint);
    if (m_frozen)
        m_frozen->horizontalScrollBar()->setValue(horizontalScrollBar()->value());
}

bool TableEditor::pasteClipboard() {
    QString error;
    QString notice;
    if (m_model->paste(currentIndex(), QApplication::clipboard()->text(), &error, &notice)) {
        if (!notice.isEmpty())
            showRefusal(currentIndex(), notice);
        return true;
    }
    showRefusal(currentIndex(), tr("Paste refused: %1").arg(error));
    return false;
}

void TableEditor::clearSelection() {
    m_model->clear(selectionModel()->selectedIndexes());
}

void TableEditor::showRefusal(const QModelIndex& index, const QString& message) {
    if (isVisible()) {
        const QRect cell = visualRect(index);
        QToolTip::showText(viewport()->mapToGlobal(cell.bottomLeft()), message, viewport(), cell,
                           6000);
    }
    Q_EMIT refused(message);
}

CellDelegate::CellDelegate(TableEditor* view)
    : QStyledItemDelegate(view)
    , m_view(view) {}

void CellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const {
    const QVariant kind = index.data(FormTableModel::KindRole);
    if (kind.isValid() && kind.toInt() != static_cast<int>(GridCell::Kind::Value)) {
        paintHeader(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
    // Not filled in yet: a dotted box, quieter than an error (a new report is all empty).
    if (index.data(FormTableModel::NotFilledRole).toBool()) {
        painter->save();
        painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(3, 3, -4, -4));
        painter->restore();
    }
    // Last year's value, small in the corner, for comparison while typing.
    const QString previous = index.data(FormTableModel::PreviousYearRole).toString();
    if (!previous.isEmpty()) {
        painter->save();
        QFont small = option.font;
        small.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.7));
        painter->setFont(small);
        painter->setPen(QColor(0x70, 0x70, 0x70));
        painter->drawText(option.rect.adjusted(2, 1, -3, -1), Qt::AlignRight | Qt::AlignBottom,
                          previous);
        painter->restore();
    }
    const int severity = index.data(FormTableModel::SeverityRole).toInt();
    if (!index.data(FormTableModel::SeverityRole).isValid() || severity < 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int size = std::min(option.rect.height() - 4, 14);
    const QRectF mark(option.rect.left() + 2, option.rect.top() + 2, size, size);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(std::max(8, size - 3));
    painter->setFont(font);
    if (severity == 0) { // error: red square with ×
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xc6, 0x28, 0x28));
        painter->drawRect(mark);
        painter->setPen(Qt::white);
        painter->drawText(mark, Qt::AlignCenter, u"×"_s);
    } else if (severity == 1) { // warning: amber triangle with !
        QPainterPath triangle;
        triangle.moveTo(mark.center().x(), mark.top());
        triangle.lineTo(mark.right(), mark.bottom());
        triangle.lineTo(mark.left(), mark.bottom());
        triangle.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xe0, 0x9a, 0x00));
        painter->drawPath(triangle);
        painter->setPen(Qt::black);
        painter->drawText(mark.adjusted(0, 2, 0, 0), Qt::AlignCenter, u"!"_s);
    } else { // info: blue circle with i
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x33, 0x66, 0xaa));
        painter->drawEllipse(mark);
        painter->setPen(Qt::white);
        painter->drawText(mark, Qt::AlignCenter, u"i"_s);
    }
    painter->restore();
}

// Header boxes never change while the report is open, but laying out their wrapped Chinese
// labels is most of what a repaint of the table costs; they are drawn once and then blitted.
void CellDelegate::paintHeader(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    const qreal ratio = painter->device()->devicePixelRatioF();
    const QString key = u"nianbao-header:%1:%2x%3@%4:%5"_s.arg(index.data().toString())
                            .arg(option.rect.width())
                            .arg(option.rect.height())
                            .arg(ratio)
                            .arg(option.font.key());
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        pixmap = QPixmap((QSizeF(option.rect.size()) * ratio).toSize());
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        QStyleOptionViewItem local(option);
        local.rect = QRect(QPoint(0, 0), option.rect.size());
        QStyledItemDelegate::paint(&p, local, index);
        p.end();
        QPixmapCache::insert(key, pixmap);
    }
    painter->drawPixmap(option.rect.topLeft(), pixmap);
}

QWidget* CellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setAlignment(Qt::AlignCenter);
        m_lastEditor = line;
    }
    return editor;
}

bool CellDelegate::eventFilter(QObject* object, QEvent* event) {
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, NoHint);
            m_view->moveAfterEdit();
            return true;
        }
        // Typing into a cell, the arrows leave it, as in Excel and WPS (after F2 they move in
        // the text).
        const bool arrow = key->key() == Qt::Key_Left || key->key() == Qt::Key_Right ||
                           key->key() == Qt::Key_Up || key->key() == Qt::Key_Down;
        if (arrow && key->modifiers() == Qt::NoModifier && m_view->isTypingIntoCell() &&
            editor->parent() == m_view->viewport()) {
            m_view->leaveCellWith(key->key());
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace nianbao
