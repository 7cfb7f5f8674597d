#include "app/gui/startpage.h"

#include "model/storage/reportstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

StartPage::StartPage(ReportStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_table(new QTableWidget(this)) {
    auto* title = new QLabel(tr("Annual reports on government information disclosure"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Agency"), tr("Year"), tr("Status"), tr("Errors"), tr("Warnings"), tr("Last change")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    auto* open = new QPushButton(tr("&Open"), this);
    auto* create = new QPushButton(tr("&New report…"), this);
    auto* import = new QPushButton(tr("&Import file…"), this);
    auto* duplicate = new QPushButton(tr("D&uplicate"), this);
    auto* remove = new QPushButton(tr("&Delete"), this);
    auto* trash = new QPushButton(tr("&Trash…"), this);
    trash->setObjectName(u"trash"_s);
    trash->setToolTip(tr("Deleted reports, to restore"));
    auto* board = new QPushButton(tr("County &board…"), this);
    board->setObjectName(u"board"_s);
    board->setToolTip(tr("Every unit's report of a year, and their summary (汇总)"));
    connect(board, &QPushButton::clicked, this, &StartPage::boardRequested);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {create, open, import, duplicate, remove})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(board);
    buttons->addWidget(trash);
    connect(trash, &QPushButton::clicked, this, &StartPage::trashRequested);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::activated, this, [this] {
        if (const qint64 id = selectedReport())
            Q_EMIT openRequested(id);
    });
    connect(open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedReport())
            Q_EMIT openRequested(id);
    });
    connect(create, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(import, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(duplicate, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedReport())
            Q_EMIT duplicateRequested(id);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedReport())
            Q_EMIT deleteRequested(id);
    });
}

void StartPage::refresh() {
    const qint64 selected = selectedReport();
    const auto reports = m_store->list();
    const auto returns = m_store->openReturns();
    m_table->setRowCount(static_cast<int>(reports.size()));
    for (int row = 0; row < static_cast<int>(reports.size()); ++row) {
        const StoredReportInfo& r = reports[static_cast<size_t>(row)];
        QString status = r.status == ReportStatus::Finalized ? tr("Finalized") : tr("Draft");
        // 退回: the unit sees the county office's reason where it starts.
        const auto returned = returns.find(r.id);
        if (returned != returns.end())
            status = tr("%1 — returned: %2").arg(status, returned->second.reason);
        const QStringList fields = {r.agency,
                                    QString::number(r.year),
                                    status,
                                    QString::number(r.errors),
                                    QString::number(r.warnings),
                                    r.modified.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)};
        for (int column = 0; column < fields.size(); ++column) {
            auto* item = new QTableWidgetItem(fields[column]);
            item->setData(Qt::UserRole, r.id);
            if ((column == 3 && r.errors > 0) || (column == 2 && returned != returns.end()))
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_table->setItem(row, column, item);
        }
    }
    if (selected)
        selectReport(selected);
    else if (!reports.empty())
        m_table->selectRow(0);
}

qint64 StartPage::selectedReport() const {
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    return m_table->item(rows.front().row(), 0)->data(Qt::UserRole).toLongLong();
}

void StartPage::selectReport(qint64 id) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

} // namespace nianbao
