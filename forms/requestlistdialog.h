#pragma once

#include <QDialog>

class QTableView;

namespace nianbao {

class RegisterTableModel;

// The requests behind a figure of table three counted from the register (the drill-down): the
// cell named, its figure, and the requests it counts in the register view's columns.
class RequestListDialog : public QDialog {
    Q_OBJECT

public:
    RequestListDialog(const QString& cellLabel, const QString& figure, RegisterTableModel* model,
                      QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }

private:
    QTableView* m_table;
};

} // namespace nianbao
