#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

namespace nianbao {

class FormTableModel;

// The generic editor for one table of the form: the paper grid with its merged headers, and
// spreadsheet keys — type to overwrite, F2 to edit, Enter down, Tab right, arrows over the
// value cells only, Delete clears, Ctrl+C / Ctrl+V rectangular blocks as tab-separated text.
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

Q_SIGNALS:
    // Refused input or paste, with the reason, for the status bar.
    void refused(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QModelIndex step(const QModelIndex& from, int rowStep, int columnStep, bool wrap) const;
    QModelIndex valueCovering(int row, int column) const;
    void showRefusal(const QModelIndex& index, const QString& message);
    void updateSelection();

    FormTableModel* m_model;
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

private:
    void paintHeader(QPainter* painter, const QStyleOptionViewItem& option,
                     const QModelIndex& index) const;

    TableEditor* m_view;
};

} // namespace nianbao
