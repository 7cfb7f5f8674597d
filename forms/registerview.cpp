#include "forms/registerview.h"

#include "model/editing/registertablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

RegisterView::RegisterView(RegisterTableModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_agency(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_summary(new QLabel(this)) {
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(RegisterTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: measuring 10 000 rows' contents would be most of
    // the time it takes to open the register.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int date = metrics.horizontalAdvance(u"2025-03-04"_s) + 16;
    const int han = metrics.horizontalAdvance(u'国');
    const int widths[] = {date, date, han * 6 + 16, 0, han * 17 + 16, date, han * 4};
    for (int column = 0; column < RegisterTableModel::Count; ++column) {
        if (widths[column] == 0)
            continue;
        // Room for the header's text and its sort arrow too.
        const int title = header->fontMetrics().horizontalAdvance(
                              model->headerData(column, Qt::Horizontal).toString()) +
                          32;
        header->resizeSection(column, std::max(widths[column], title));
    }
    header->setSectionResizeMode(RegisterTableModel::Subject, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RegisterTableModel::Received, Qt::AscendingOrder);

    m_filter->setPlaceholderText(tr("Filter: number, date, type, request, outcome…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    // An agency without a report yet is typed in.
    m_agency->setEditable(true);
    m_agency->setInsertPolicy(QComboBox::InsertAtBottom);
    m_agency->setToolTip(tr("The agency whose register is shown; type a name for a new one"));
    connect(m_agency, &QComboBox::currentIndexChanged, this, &RegisterView::choiceChanged);
    connect(m_year, &QComboBox::currentIndexChanged, this, &RegisterView::choiceChanged);

    auto* add = new QPushButton(tr("&Add…"), this);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    auto* remove = new QPushButton(tr("&Delete"), this);
    auto* paste = new QPushButton(tr("&Paste rows"), this);
    paste->setToolTip(tr("Rows copied from Excel, WPS or LibreOffice (Ctrl+V), with or without "
                         "their header row"));
    connect(add, &QPushButton::clicked, this, &RegisterView::addRequested);
    const auto editCurrent = [this] {
        if (const qint64 id = currentEntry())
            Q_EMIT editRequested(id);
    };
    connect(edit, &QPushButton::clicked, this, editCurrent);
    connect(m_table, &QTableView::activated, this, editCurrent);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentEntry())
            Q_EMIT deleteRequested(id);
    });
    const auto pasteClipboard = [this] {
        Q_EMIT pasteRequested(QApplication::clipboard()->text());
    };
    connect(paste, &QPushButton::clicked, this, pasteClipboard);
    auto* pasteAction = new QAction(tr("Paste rows"), m_table);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(pasteAction, &QAction::triggered, this, pasteClipboard);
    m_table->addAction(pasteAction);

    auto* choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Agency"), this));
    choice->addWidget(m_agency, 2);
    choice->addWidget(new QLabel(tr("Year"), this));
    choice->addWidget(m_year);
    choice->addWidget(m_filter, 3);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, edit, remove, paste})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
}

void RegisterView::setChoices(const QStringList& agencies, const QList<int>& years,
                              const QString& agency, std::optional<int> year) {
    const QSignalBlocker quietAgency(m_agency);
    const QSignalBlocker quietYear(m_year);
    m_agency->clear();
    m_agency->addItem(tr("All agencies"), QString());
    for (const QString& a : agencies)
        m_agency->addItem(a, a);
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(agency)));
    m_agency->setEditText(m_agency->itemText(m_agency->currentIndex()));
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    for (int y : years)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(year.value_or(0))));
}

QString RegisterView::agency() const {
    if (m_agency->currentIndex() == 0 && m_agency->currentText() == m_agency->itemText(0))
        return {};
    return m_agency->currentText().trimmed();
}

std::optional<int> RegisterView::year() const {
    const int y = m_year->currentData().toInt();
    return y > 0 ? std::optional<int>(y) : std::nullopt;
}

qint64 RegisterView::currentEntry() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(RegisterTableModel::EntryIdRole).toLongLong() : 0;
}

void RegisterView::selectEntry(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void RegisterView::setSummary(const QString& text) {
    m_summary->setText(text);
}

} // namespace nianbao
