#pragma once

#include <optional>

#include <QLineEdit>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QTableView>

namespace nianbao {

class FormTableModel;

// The generic editor for one table of the form: the paper grid with its merged headers, and
// spreadsheet keys — type to overwrite, F2 to edit (cursor at the end), Enter down, Tab right,
// arrows over the cells the clerk types (computed totals are skipped), Ctrl+Home to the first,
// Delete clears, Ctrl+C / Ctrl+V rectangular blocks as tab-separated text. The column headers
// above the first value row stay in view while the table scrolls. Refused input is given back
// in the cell, with the reason beside it, for correcting.
class TableEditor : public QTableView {
    Q_OBJECT

public:
    explicit TableEditor(FormTableModel* model, QWidget* parent = nullptr);

    FormTableModel* formModel() const { return m_model; }
    void copySelection();
    bool pasteClipboard();
    void clearSelection();
    // Moves the current cell as Enter (down) does after an edit.
    void moveAfterEdit();
    // Writes what is being typed in a cell (the window closing, printing, a shortcut that does
    // not take the focus away): nothing typed is lost to a key that is not Enter or Tab.
    void commitPendingEdit();
    // Whether the open cell editor was opened by typing (arrows then leave the cell, as in
    // Excel) rather than by F2 or a double click (arrows move in the text).
    bool isTypingIntoCell() const { return m_typingIntoCell; }
    // Leaves the cell being typed into with an arrow key: commits and moves.
    void leaveCellWith(int key);

    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;
    // How many rows at the top stay in view (the column headers).
    int frozenRows() const { return m_frozenRows; }
    QTableView* frozenHeader() const { return m_frozen; }

Q_SIGNALS:
    // Refused input or paste, or a paste's notice, with the reason, for the status bar.
    void refused(const QString& message);

protected:
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void updateGeometries() override;
    void keyPressEvent(QKeyEvent* event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QModelIndex step(const QModelIndex& from, int rowStep, int columnStep, bool wrap) const;
    QModelIndex valueCovering(int row, int column) const;
    void showRefusal(const QModelIndex& index, const QString& message);
    void giveBack(const QModelIndex& index, const QString& message, const QString& typed);
    void updateSelection();
    void buildFrozenHeader();
    void placeFrozenHeader();
    bool isComputed(const QModelIndex& index) const;

    FormTableModel* m_model;
    QTableView* m_frozen = nullptr;
    int m_frozenRows = 0;
    int m_frozenHeight = 0;
    bool m_typingIntoCell = false;
    bool m_refusedLastCommit = false;
    // A refused entry whose table was hidden before it could be given back (the clerk went to
    // another part): given back when the table is shown again.
    struct Refused {
        QPersistentModelIndex cell;
        QString message;
        QString typed;
    };
    std::optional<Refused> m_refusedWhileHidden;
};

// Paints a cell's findings with a mark that does not rely on colour alone: a square with ×
// for an error, a triangle with ! for a warning.
class CellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit CellDelegate(TableEditor* view);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    bool eventFilter(QObject* object, QEvent* event) override;
    // The cell editor opened last (for F2's cursor and for giving refused input back).
    QLineEdit* lastEditor() const { return m_lastEditor; }

private:
    void paintHeader(QPainter* painter, const QStyleOptionViewItem& option,
                     const QModelIndex& index) const;

    TableEditor* m_view;
    mutable QPointer<QLineEdit> m_lastEditor;
};

} // namespace nianbao
