#include "forms/requestlistdialog.h"

#include "model/editing/registertablemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao {

RequestListDialog::RequestListDialog(const QString& cellLabel, const QString& figure,
                                     RegisterTableModel* model, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableView(this)) {
    setWindowTitle(tr("Requests behind the figure"));
    model->setParent(this);
    auto* heading = new QLabel(tr("%1: %2 — %3 request(s) of the register counted here")
                                   .arg(cellLabel, figure)
                                   .arg(model->rowCount()),
                               this);
    heading->setWordWrap(true);
    m_table->setModel(model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(RegisterTableModel::Subject,
                                                      QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 480);
}

} // namespace nianbao
