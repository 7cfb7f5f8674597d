#include "app/gui/registerimportdialog.h"

#include "model/core/registertable.h"
#include "model/import/registercolumnmemory.h"

#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// The preview's first two columns, before the register's own.
constexpr int kRowColumn = 0;
constexpr int kStateColumn = 1;
constexpr int kFirstEntryColumn = 2;

// Excel's column letters, so that the clerk finds the column in the sheet: A, B, … Z, AA.
QString columnLetters(int column) {
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

} // namespace

void RegisterImportPreviewModel::setImport(const RegisterImport* read) {
    beginResetModel();
    m_read = read;
    m_headers = registerColumnHeaders(PersonalData::Shown);
    endResetModel();
}

int RegisterImportPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_read ? 0 : static_cast<int>(m_read->rows.size());
}

int RegisterImportPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kFirstEntryColumn + static_cast<int>(m_headers.size());
}

QVariant RegisterImportPreviewModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == kRowColumn)
        return tr("Row");
    if (section == kStateColumn)
        return tr("Recognised?");
    return m_headers.value(section - kFirstEntryColumn);
}

QVariant RegisterImportPreviewModel::data(const QModelIndex& index, int role) const {
    if (!m_read || !index.isValid())
        return {};
    const RegisterImportRow& row = m_read->rows[static_cast<size_t>(index.row())];
    if (role == Qt::BackgroundRole && !row.recognised())
        return QColor(0xfd, 0xe2, 0xe2);
    if (role == Qt::ToolTipRole && !row.recognised())
        return row.problems.join(u'\n');
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == kRowColumn)
        return row.sheetRow;
    if (index.column() == kStateColumn)
        return row.recognised() ? tr("recognised") : row.problems.join(tr("; "));
    if (!row.recognised())
        return {};
    if (index.column() == kFirstEntryColumn && row.entry.number.isEmpty())
        return tr("(numbered when stored)");
    // Nothing counts a due date here: the preview shows what the sheet gives.
    return registerEntryTexts(row.entry, PersonalData::Shown, nullptr)
        .value(index.column() - kFirstEntryColumn);
}

RegisterImportDialog::RegisterImportDialog(const RegisterColumnMemory& memory,
                                           const QStringList& agencies, const QString& agency,
                                           QWidget* parent)
    : QDialog(parent)
    , m_memory(memory)
    , m_model(this)
    , m_file(new QLabel(tr("(no file chosen)"), this))
    , m_agency(new QComboBox(this))
    , m_headerRow(new QSpinBox(this))
    , m_fieldForm(new QFormLayout)
    , m_summary(new QLabel(this))
    , m_preview(new QTableView(this))
    , m_import(new QPushButton(this)) {
    setWindowTitle(tr("Import the request register"));
    askFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import the request register"), {},
                                            tr("Spreadsheets (*.xlsx *.csv)"));
    };
    m_agency->setEditable(true);
    m_agency->addItems(agencies);
    m_agency->setCurrentText(agency);
    m_headerRow->setRange(1, 1);
    m_summary->setWordWrap(true);
    m_preview->setModel(&m_model);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* choose = new QPushButton(tr("&Choose a file…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* top = new QFormLayout;
    top->addRow(tr("File:"), fileRow);
    top->addRow(tr("&Agency:"), m_agency);
    top->addRow(tr("&Header in row:"), m_headerRow);

    auto* fields = new QWidget;
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addWidget(new QLabel(tr("Which field each column holds:"), fields));
    fieldsLayout->addLayout(m_fieldForm);
    fieldsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &RegisterImportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_agency, &QComboBox::currentTextChanged, this, &RegisterImportDialog::refresh);
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
        if (!m_building && m_sheet)
            proposeColumns(recogniseRegisterColumns(*m_sheet, row, {}));
    });
    refresh();
    resize(1200, 700);
}

RegisterImportDialog::~RegisterImportDialog() = default;

void RegisterImportDialog::chooseFile() {
    const QString path = askFile ? askFile() : QString();
    if (path.isEmpty())
        return;
    QString error;
    openFile(path, &error);
}

bool RegisterImportDialog::openFile(const QString& path, QString* error) {
    m_file->setText(QFileInfo(path).fileName());
    m_sheet = readSpreadsheet(path, error);
    std::optional<RegisterColumns> columns;
    if (m_sheet)
        columns = m_memory.columnsFor(*m_sheet, error);
    if (!columns) {
        // No header row recognised: the first row, for the clerk to name the columns of.
        if (m_sheet && !m_sheet->rows.isEmpty())
            columns = recogniseRegisterColumns(*m_sheet, 1, {});
        proposeColumns(columns.value_or(RegisterColumns{}));
        m_summary->setText(*error);
        return false;
    }
    proposeColumns(*columns);
    return true;
}

void RegisterImportDialog::proposeColumns(const RegisterColumns& columns) {
    m_building = true;
    m_headerRow->setRange(1, m_sheet ? std::max(1, static_cast<int>(m_sheet->rows.size())) : 1);
    m_headerRow->setValue(std::max(1, columns.headerRow));
    rebuildFieldBoxes(columns);
    m_building = false;
    refresh();
}

void RegisterImportDialog::rebuildFieldBoxes(const RegisterColumns& columns) {
    while (m_fieldForm->rowCount() > 0)
        m_fieldForm->removeRow(0);
    m_fieldBoxes.clear();
    m_headerTexts = columns.headers;
    for (int column = 0; column < columns.fields.size(); ++column) {
        auto* box = new QComboBox;
        for (const QString& field : registerImportFields())
            box->addItem(registerImportFieldName(field), field);
        box->setCurrentIndex(std::max(0, box->findData(columns.fields[column])));
        const QString header = columns.headers.value(column);
        m_fieldForm->addRow(
            u"%1  %2"_s.arg(columnLetters(column), header.isEmpty() ? tr("(no header)") : header),
            box);
        connect(box, &QComboBox::currentIndexChanged, this, &RegisterImportDialog::refresh);
        m_fieldBoxes.push_back(box);
    }
}

QString RegisterImportDialog::agencyName() const {
    return m_agency->currentText().trimmed();
}

RegisterColumns RegisterImportDialog::columns() const {
    RegisterColumns columns;
    columns.headerRow = m_headerRow->value();
    columns.headers = m_headerTexts;
    for (const QComboBox* box : m_fieldBoxes)
        columns.fields << box->currentData().toString();
    return columns;
}

QString RegisterImportDialog::summary() const {
    return m_summary->text();
}

void RegisterImportDialog::refresh() {
    if (m_building)
        return;
    m_read = RegisterImport{};
    const RegisterColumns chosen = columns();
    const QStringList problems = chosen.problems();
    QString text;
    if (!m_sheet) {
        text = m_summary->text().isEmpty() ? tr("Choose the register sheet (.xlsx or .csv).")
                                           : m_summary->text();
    } else if (agencyName().isEmpty()) {
        text = tr("Name the agency whose register this is.");
    } else if (!problems.isEmpty()) {
        text = problems.join(u'\n');
    } else {
        const QString agency = agencyName();
        m_read = importRegisterRows(*m_sheet, agency, chosen,
                                    numbersTaken ? numbersTaken(agency) : QSet<QString>{});
        text = tr("%1 row(s) under the header: %2 recognised, %3 refused. Only the recognised "
                  "rows are stored; nothing is stored before you import.")
                   .arg(m_read.rows.size())
                   .arg(m_read.recognisedCount())
                   .arg(m_read.refusedCount());
    }
    m_summary->setText(text);
    m_model.setImport(&m_read);
    m_preview->resizeColumnsToContents();
    // The reasons are long: the whole text is in the row's tooltip, the values stay in view.
    for (int column = 0; column < m_model.columnCount(); ++column)
        m_preview->setColumnWidth(
            column, std::min(m_preview->columnWidth(column), column == kStateColumn ? 220 : 320));
    m_import->setText(tr("&Import %n row(s)", nullptr, m_read.recognisedCount()));
    m_import->setEnabled(m_read.recognisedCount() > 0);
}

} // namespace nianbao
