#include "app/gui/boardwindow.h"

#include "app/gui/printing.h"
#include "model/board/boardmodel.h"
#include "model/board/summaryexport.h"
#include "model/storage/reportstore.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// The year whose reports are due now: last year's until the deadline has passed long ago.
int currentReportYear() {
    return QDate::currentDate().year() - 1;
}

constexpr AgencyLevel kLevels[] = {AgencyLevel::Province, AgencyLevel::ProvinceDepartment,
                                   AgencyLevel::City,     AgencyLevel::CityDepartment,
                                   AgencyLevel::County,   AgencyLevel::CountyDepartment,
                                   AgencyLevel::Township, AgencyLevel::Street};

} // namespace

BoardWindow::BoardWindow(ReportStore* store, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_model(new BoardModel(this))
    , m_filter(new BoardFilter(this))
    , m_table(new QTableView(this))
    , m_year(new QSpinBox(this))
    , m_filterBox(new QLineEdit(this))
    , m_statusBox(new QComboBox(this))
    , m_levelBox(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_summary(new QPlainTextEdit(this))
    , m_printing(std::make_unique<PrintController>(this)) {
    setWindowTitle(tr("County board (汇总)"));
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BoardModel::UnitColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BoardModel::ReturnColumn,
                                                      QHeaderView::Stretch);

    m_year->setRange(2019, 2100);
    m_year->setValue(currentReportYear());
    m_year->setSuffix(tr(" (year)"));
    m_filterBox->setPlaceholderText(tr("Filter: unit or reason of a return"));
    m_filterBox->setClearButtonEnabled(true);
    m_statusBox->addItem(tr("All statuses"));
    for (BoardStatus status : kBoardStatuses)
        m_statusBox->addItem(boardStatusName(status), static_cast<int>(status));
    m_levelBox->addItem(tr("All levels"));
    for (AgencyLevel level : kLevels)
        m_levelBox->addItem(agencyLevelName(level), static_cast<int>(level));

    auto* open = new QPushButton(tr("&Open read-only"), this);
    open->setObjectName(u"open"_s);
    m_counts->setObjectName(u"counts"_s);
    auto* sendBack = new QPushButton(tr("&Return…"), this);
    auto* published = new QPushButton(tr("Mark p&ublished…"), this);
    published->setToolTip(tr("The day the unit published its finalized report"));
    auto* preview = new QPushButton(tr("Summary pre&view…"), this);
    auto* print = new QPushButton(tr("&Print summary…"), this);
    auto* exportButton = new QPushButton(tr("&Export summary…"), this);
    preview->setToolTip(tr("Tables two, three and four added up over the selected units "
                           "(all shown units when none is selected)"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_year);
    filters->addWidget(m_filterBox, 1);
    filters->addWidget(m_statusBox);
    filters->addWidget(m_levelBox);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {open, sendBack, published})
        buttons->addWidget(b);
    buttons->addStretch();
    for (QPushButton* b : {preview, print, exportButton})
        buttons->addWidget(b);
    m_summary->setReadOnly(true);
    m_summary->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_summary->setPlaceholderText(tr("The summary's units and the arithmetic rules checked on it "
                                     "are shown here."));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(filters);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    setCentralWidget(central);

    showError = [this](const QString& message) {
        QMessageBox::warning(this, windowTitle(), message);
    };
    askReturnReason = [this](const QString& unit) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(
            this, tr("Return the report"),
            tr("Why is the report of %1 returned? The unit sees this reason.").arg(unit), {}, &ok);
        return ok ? std::optional<QString>(reason) : std::nullopt;
    };
    askPublishedDate = [this](const QString& unit) -> std::optional<QDate> {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Mark published"),
            tr("The day %1 published its report (YYYY-MM-DD):").arg(unit), QLineEdit::Normal,
            QDate::currentDate().toString(Qt::ISODate), &ok);
        return ok ? std::optional<QDate>(QDate::fromString(text.trimmed(), Qt::ISODate))
                  : std::nullopt;
    };
    askSavePath = [this](const QString& proposed) {
        return QFileDialog::getSaveFileName(
            this, tr("Export summary"), proposed,
            tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)"));
    };
    // The 汇总 is no report of a unit: nothing to choose (no approval page, no draft mark).
    m_printing->askChoices = [](const PrintChoices&, bool) {
        PrintChoices choices;
        choices.finalCopy = true;
        return std::optional<PrintChoices>(choices);
    };

    connect(m_year, &QSpinBox::valueChanged, this, &BoardWindow::refresh);
    connect(m_filterBox, &QLineEdit::textChanged, m_filter, &BoardFilter::setText);
    connect(m_statusBox, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant status = m_statusBox->currentData();
        m_filter->setStatus(status.isValid()
                                ? std::optional(static_cast<BoardStatus>(status.toInt()))
                                : std::nullopt);
    });
    connect(m_levelBox, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant level = m_levelBox->currentData();
        m_filter->setLevel(level.isValid() ? std::optional(static_cast<AgencyLevel>(level.toInt()))
                                           : std::nullopt);
    });
    auto openSelected = [this] {
        if (const qint64 id = selectedReport())
            Q_EMIT openRequested(id);
        else
            showError(tr("This unit has no report of %1 yet.").arg(year()));
    };
    connect(m_table, &QTableView::activated, this, openSelected);
    connect(open, &QPushButton::clicked, this, openSelected);
    connect(sendBack, &QPushButton::clicked, this, [this] { returnSelected(); });
    connect(published, &QPushButton::clicked, this, [this] { markSelectedPublished(); });
    connect(preview, &QPushButton::clicked, this, [this] { previewSummary(); });
    connect(print, &QPushButton::clicked, this, [this] { printSummary(); });
    connect(exportButton, &QPushButton::clicked, this, [this] { exportSummary(); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &BoardWindow::showCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &BoardWindow::showCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &BoardWindow::showCounts);
    refresh();
}

BoardWindow::~BoardWindow() = default;

void BoardWindow::setYear(int year) {
    if (m_year->value() == year)
        refresh();
    else
        m_year->setValue(year); // refreshes
}

int BoardWindow::year() const {
    return m_year->value();
}

void BoardWindow::refresh() {
    m_model->setRows(buildBoard(*m_store, year(), QDate::currentDate()));
    showCounts();
}

void BoardWindow::showCounts() {
    int counts[std::size(kBoardStatuses)] = {};
    for (const BoardRow& row : m_model->rows())
        ++counts[static_cast<int>(row.status)];
    QStringList parts;
    for (BoardStatus status : kBoardStatuses)
        parts << u"%1 %2"_s.arg(boardStatusName(status)).arg(counts[static_cast<int>(status)]);
    const int all = static_cast<int>(m_model->rows().size());
    const int shown = m_filter->rowCount();
    const QString units =
        shown == all ? tr("%1 units").arg(all) : tr("%1 of %2 units shown").arg(shown).arg(all);
    m_counts->setText(tr("%1, deadline %2: %3")
                          .arg(units)
                          .arg(QLocale().toString(reportDeadline(year()), QLocale::ShortFormat))
                          .arg(parts.join(u" · "_s)));
}

qint64 BoardWindow::selectedReport() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(BoardModel::ReportIdRole).toLongLong() : 0;
}

QStringList BoardWindow::chosenUnits() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            rows << m_filter->index(row, 0);
    }
    QStringList units;
    for (const QModelIndex& index : rows) {
        if (index.data(BoardModel::ReportIdRole).toLongLong() != 0)
            units << index.siblingAtColumn(BoardModel::UnitColumn).data().toString();
    }
    return units;
}

std::optional<Summary> BoardWindow::makeSummary() {
    const QStringList units = chosenUnits();
    if (units.isEmpty()) {
        showError(tr("None of the chosen units has a report of %1 to add up.").arg(year()));
        return std::nullopt;
    }
    QString error;
    auto summary = summarizeFromStore(*m_store, year(), units, &error);
    if (!summary) {
        showError(error);
        return std::nullopt;
    }
    QStringList lines{summaryNote(*summary)};
    if (summary->findings.empty())
        lines << tr("The arithmetic rules hold on the summary.");
    for (const Finding& finding : summary->findings)
        lines << u"%1 %2"_s.arg(finding.rule, finding.message);
    m_summary->setPlainText(lines.join(u'\n'));
    return summary;
}

bool BoardWindow::previewSummary() {
    const auto summary = makeSummary();
    return summary &&
           m_printing->preview(summary->sum, summaryRenderOptions(*summary, county), true);
}

bool BoardWindow::printSummary() {
    const auto summary = makeSummary();
    if (!summary)
        return false;
    QString error;
    if (m_printing->print(summary->sum, summaryRenderOptions(*summary, county), true, &error))
        return true;
    if (!error.isEmpty())
        showError(error);
    return false;
}

bool BoardWindow::exportSummary() {
    const auto summary = makeSummary();
    if (!summary)
        return false;
    const QString path =
        askSavePath(u"%1%2年政府信息公开工作年度报告汇总表.xlsx"_s.arg(county).arg(year()));
    if (path.isEmpty())
        return false;
    QString error;
    if (!writeSummary(*summary, county, path, &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool BoardWindow::returnSelected() {
    const qint64 id = selectedReport();
    if (!id) {
        showError(tr("Choose a unit that has a report of %1 to return.").arg(year()));
        return false;
    }
    const QString unit =
        m_table->currentIndex().siblingAtColumn(BoardModel::UnitColumn).data().toString();
    const auto reason = askReturnReason(unit);
    if (!reason)
        return false;
    QString error;
    if (!m_store->returnReport(id, *reason, &error)) {
        showError(error);
        return false;
    }
    refresh();
    Q_EMIT reportChanged(id);
    return true;
}

bool BoardWindow::markSelectedPublished() {
    const qint64 id = selectedReport();
    if (!id) {
        showError(tr("Choose a unit whose report of %1 is finalized.").arg(year()));
        return false;
    }
    const auto date = askPublishedDate(
        m_table->currentIndex().siblingAtColumn(BoardModel::UnitColumn).data().toString());
    if (!date)
        return false;
    QString error;
    if (!m_store->setPublished(id, *date, &error)) {
        showError(error);
        return false;
    }
    refresh();
    Q_EMIT reportChanged(id);
    return true;
}

QString BoardWindow::summaryText() const {
    return m_summary->toPlainText();
}

} // namespace nianbao
