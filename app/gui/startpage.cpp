#include "app/gui/startpage.h"

#include "model/core/registerdeadlines.h"
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
    , m_table(new QTableWidget(this))
    , m_dueTitle(new QLabel(this))
    , m_due(new QTableWidget(this)) {
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
    auto* registerButton = new QPushButton(tr("Request &register…"), this);
    registerButton->setToolTip(tr("依申请公开登记: the requests received, their deadlines"));
    buttons->insertWidget(buttons->count() - 2, registerButton);
    connect(registerButton, &QPushButton::clicked, this, &StartPage::registerRequested);
    m_due->setColumnCount(3);
    m_due->setHorizontalHeaderLabels({tr("Number"), tr("Agency"), tr("Deadline")});
    m_due->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_due->setSelectionMode(QAbstractItemView::SingleSelection);
    m_due->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_due->verticalHeader()->hide();
    m_due->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_due->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_due->setTabKeyNavigation(false);
    connect(m_due, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        Q_EMIT requestOpenRequested(m_due->item(index.row(), 0)->data(Qt::UserRole).toLongLong());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_dueTitle);
    layout->addWidget(m_due, 2);
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
    refreshDue();
}

void StartPage::refreshDue() {
    constexpr int kDays = 5;
    const DueList list = dueRequests(
        m_store->requests(QString(), std::nullopt, ReportStore::RequestData::ForCounting),
        *WorkCalendar::official(), m_today, kDays);
    // A deadline that cannot be counted is listed too: it is never passed over in silence.
    std::vector<DueRequest> lines = list.due;
    lines.insert(lines.end(), list.uncounted.begin(), list.uncounted.end());
    m_dueTitle->setText(
        lines.empty()
            ? tr("Request register: no open request is overdue or due within %1 working days.")
                  .arg(kDays)
            : tr("Request register: overdue or due within %1 working days (%2)")
                  .arg(kDays)
                  .arg(lines.size()));
    m_due->setVisible(!lines.empty());
    m_due->setRowCount(int(lines.size()));
    for (int row = 0; row < int(lines.size()); ++row) {
        const DueRequest& line = lines[size_t(row)];
        const QStringList fields = {line.entry.number, line.entry.agency, line.description};
        for (int column = 0; column < fields.size(); ++column) {
            auto* item = new QTableWidgetItem(fields[column]);
            item->setData(Qt::UserRole, line.entry.id);
            if (line.deadline.isOverdue() || row >= int(list.due.size()))
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_due->setItem(row, column, item);
        }
    }
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
