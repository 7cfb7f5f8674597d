#include "app/gui/mainwindow.h"

#include "app/gui/autosave.h"
#include "app/gui/finalizedcheck.h"
#include "app/gui/finalizedialog.h"
#include "app/gui/importpreviewdialog.h"
#include "app/gui/printing.h"
#include "app/gui/startpage.h"
#include "forms/issuespanel.h"
#include "forms/reportpages.h"
#include "forms/tableeditor.h"
#include "model/core/reportjson.h"
#include "model/editing/findingsmodel.h"
#include "model/editing/formtablemodel.h"
#include "model/editing/reportdocument.h"
#include "model/editing/tablesentences.h"
#include "model/import/publishedreport.h"
#include "model/render/htmlexport.h"
#include "model/render/pdfexport.h"
#include "model/storage/reportstore.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

constexpr auto kLastReport = "session/lastReport";
constexpr auto kLastCell = "session/lastCell";
constexpr auto kGeometry = "window/geometry";
constexpr auto kWindowState = "window/state";

QString settingsKey(const char* key) {
    return QString::fromLatin1(key);
}

// QSettings rewrites its file (a lock file and a temporary file, each synced to disk) after any
// setValue, even of the value it already holds.
void storeSetting(QSettings& settings, const char* key, const QVariant& value) {
    if (settings.value(settingsKey(key)) != value)
        settings.setValue(settingsKey(key), value);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<ReportStore> store, QWidget* parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_central(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_positionTimer(new QTimer(this)) {
    m_positionTimer->setSingleShot(true);
    m_positionTimer->setInterval(1500);
    connect(m_positionTimer, &QTimer::timeout, this, &MainWindow::rememberPosition);
    setCentralWidget(m_central);
    statusBar()->addPermanentWidget(m_status);
    showError = [this](const QString& text) {
        QMessageBox::warning(this, tr("Nianbao"), text);
    };
    confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Nianbao"), question) == QMessageBox::Yes;
    };
    askSavePath = [this](const QString& caption, const QString& proposed, const QString& filter) {
        return QFileDialog::getSaveFileName(this, caption, proposed, filter);
    };
    runFinalizeDialog = [](FinalizeDialog& dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    askReopenReason = [this]() -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(
            this, tr("Reopen the finalized report"),
            tr("Why does the finalized report need changing? The reason is recorded."), QString(),
            &ok);
        if (!ok || reason.trimmed().isEmpty())
            return std::nullopt;
        return reason;
    };
    askImportFile = [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a report file"), settings.value(u"paths/import"_s).toString(),
            tr("Nianbao reports (*.nianbao.json *.json)"));
        if (!path.isEmpty())
            settings.setValue(u"paths/import"_s, QFileInfo(path).absolutePath());
        return path;
    };
    askPublishedFile = [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a published report"), settings.value(u"paths/published"_s).toString(),
            tr("Published reports (*.pdf *.html *.htm *.txt)"));
        if (!path.isEmpty())
            settings.setValue(u"paths/published"_s, QFileInfo(path).absolutePath());
        return path;
    };
    runImportPreview = [](ImportPreviewDialog& dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    askNewReport = [this](const NewReportRequest& proposal) -> std::optional<NewReportRequest> {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("New report"));
        auto* agency = new QLineEdit(proposal.agency, &dialog);
        auto* year = new QSpinBox(&dialog);
        year->setRange(2008, 2100);
        year->setValue(proposal.year);
        auto* level = new QComboBox(&dialog);
        level->addItem(tr("(not set)"), static_cast<int>(AgencyLevel::Unknown));
        for (AgencyLevel l :
             {AgencyLevel::Province, AgencyLevel::ProvinceDepartment, AgencyLevel::City,
              AgencyLevel::CityDepartment, AgencyLevel::County, AgencyLevel::CountyDepartment,
              AgencyLevel::Township, AgencyLevel::Street})
            level->addItem(agencyLevelName(l), static_cast<int>(l));
        level->setCurrentIndex(level->findData(static_cast<int>(proposal.level)));
        auto* form = new QFormLayout(&dialog);
        form->addRow(tr("&Agency:"), agency);
        form->addRow(tr("&Year:"), year);
        form->addRow(tr("&Level:"), level);
        form->addRow(new QLabel(tr("If last year's report of this agency is in the list, the new "
                                   "one starts from it (上年结转 filled in)."),
                                &dialog));
        auto* buttons =
            new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted || agency->text().trimmed().isEmpty())
            return std::nullopt;
        return NewReportRequest{agency->text().trimmed(), year->value(),
                                static_cast<AgencyLevel>(level->currentData().toInt())};
    };

    buildActions();
    QSettings settings;
    restoreGeometry(settings.value(settingsKey(kGeometry)).toByteArray());
    if (!settings.contains(settingsKey(kGeometry)))
        resize(1280, 860);
    restoreState(settings.value(settingsKey(kWindowState)).toByteArray());
    // The list is built when it is first shown: reopening the last report does not need it.
    setWindowTitle(tr("Annual reports on government information disclosure"));
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (!m_document && !m_startPageFilled)
        showStartPage();
}

MainWindow::~MainWindow() {
    closeReport();
}

void MainWindow::buildActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New report…"), this, &MainWindow::newReport);
    create->setShortcut(QKeySequence::New);
    QAction* import = file->addAction(tr("&Import report file…"), this, [this] {
        const QString path = askImportFile();
        QString error;
        if (!path.isEmpty() && !importFile(path, &error))
            showError(error);
    });
    import->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import a p&ublished report…"), this, [this] {
        const QString path = askPublishedFile();
        QString error;
        if (!path.isEmpty() && !importPublished(path, &error))
            showError(error);
    });
    file->addSeparator();
    QAction* preview = file->addAction(tr("Print pre&view…"), this, &MainWindow::printPreview);
    QAction* print = file->addAction(tr("&Print…"), this, &MainWindow::print);
    print->setShortcut(QKeySequence::Print);
    QAction* pdf = file->addAction(tr("Export &PDF…"), this, [this] { exportAs(u"pdf"_s); });
    QAction* html = file->addAction(tr("Export &HTML…"), this, [this] { exportAs(u"html"_s); });
    QAction* odt = file->addAction(tr("Export &ODT…"), this, [this] { exportAs(u"odt"_s); });
    m_reportActions << preview << print << pdf << html << odt;
    file->addSeparator();
    QAction* list = file->addAction(tr("&Report list"), this, &MainWindow::showStartPage);
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QMenu* reportMenu = menuBar()->addMenu(tr("&Report"));
    QAction* finalizeAction =
        reportMenu->addAction(tr("&Finalize (定稿)…"), this, [this] { finalize(); });
    QAction* reopenAction =
        reportMenu->addAction(tr("&Reopen for changes…"), this, [this] { reopen(); });
    QAction* historyAction =
        reportMenu->addAction(tr("&History of this cell or part…"), this, &MainWindow::showHistory);
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_reportActions << finalizeAction << reopenAction << historyAction;
    m_reportActions << list;
}

void MainWindow::newReport() {
    const int defaultYear = QDate::currentDate().year() - 1; // January: last year's report
    NewReportRequest proposal{QString(), defaultYear, AgencyLevel::Unknown};
    if (const qint64 selected = m_startPage ? m_startPage->selectedReport() : 0) {
        QString error;
        if (const auto r = m_store->load(selected, &error))
            proposal = {r->agency, std::max(r->year + 1, defaultYear), r->level};
    }
    const auto request = askNewReport(proposal);
    if (!request)
        return;
    QString error;
    std::optional<qint64> id;
    if (const auto lastYear = m_store->findReport(request->agency, request->year - 1)) {
        id = m_store->createNextYear(*lastYear, &error);
        if (id && request->level != AgencyLevel::Unknown)
            m_store->setMetadata(*id, request->agency, request->year, request->level, &error);
    } else {
        Report report(FormDefinition::builtIn(FormDefinition::defaultFormId()));
        report.agency = request->agency;
        report.year = request->year;
        report.level = request->level;
        id = m_store->create(report, &error);
    }
    if (!id || !openReport(*id, &error))
        showError(error);
}

bool MainWindow::importFile(const QString& path, QString* error) {
    const auto report = ReportJson::load(path, error);
    if (!report)
        return false;
    const auto id = m_store->create(*report, error);
    return id && openReport(*id, error);
}

bool MainWindow::importPublished(const QString& path, QString* error) {
    auto imported = importPublishedReport(
        path, FormDefinition::builtIn(FormDefinition::defaultFormId()), error);
    if (!imported)
        return false;
    ImportPreviewDialog dialog(QFileInfo(path).fileName(), std::move(*imported), this);
    if (!runImportPreview(dialog) || !dialog.canSave())
        return true; // cancelled: nothing stored, nothing wrong
    const auto id = m_store->create(dialog.report(), error);
    return id && openReport(*id, error);
}

StartPage* MainWindow::startPage() {
    if (m_startPage)
        return m_startPage;
    m_startPage = new StartPage(m_store.get(), this);
    m_central->addWidget(m_startPage);
    connect(m_startPage, &StartPage::openRequested, this, [this](qint64 id) {
        QString error;
        if (!openReport(id, &error))
            showError(error);
    });
    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newReport);
    connect(m_startPage, &StartPage::importRequested, this, [this] {
        const QString path = askImportFile();
        QString error;
        if (!path.isEmpty() && !importFile(path, &error))
            showError(error);
    });
    connect(m_startPage, &StartPage::duplicateRequested, this, [this](qint64 id) {
        QString error;
        const auto copy = m_store->duplicate(id, &error);
        if (!copy)
            showError(error);
        m_startPage->refresh();
        if (copy)
            m_startPage->selectReport(*copy);
    });
    connect(m_startPage, &StartPage::deleteRequested, this, [this](qint64 id) {
        if (!confirm(tr("Move this report to the trash? It can be restored from there.")))
            return;
        QString error;
        if (!m_store->moveToTrash(id, &error))
            showError(error);
        m_startPage->refresh();
    });

    return m_startPage;
}

void MainWindow::showStartPage() {
    closeReport();
    startPage()->refresh();
    m_startPageFilled = true;
    m_central->setCurrentWidget(m_startPage);
    m_startPage->table()->setFocus();
    setWindowTitle(tr("Annual reports on government information disclosure"));
    m_status->setText(QString());
}

void MainWindow::closeReport() {
    if (!m_document)
        return;
    rememberPosition();
    m_autosave.reset(); // writes pending texts
    m_sentences.reset();
    if (m_issuesDock) {
        removeDockWidget(m_issuesDock);
        delete m_issuesDock;
        m_issuesDock = nullptr;
        m_issues = nullptr;
    }
    if (m_editor) {
        m_central->removeWidget(m_editor);
        delete m_editor;
        m_editor = nullptr;
    }
    m_editMenu->clear();
    m_tableEditors.clear();
    m_built.clear();
    m_document.reset();
    m_reportId = 0;
}

bool MainWindow::openReport(qint64 id, QString* error) {
    if (!checkFinalizedBeforeOpening(*m_store, id, confirm, error))
        return false;
    auto report = m_store->load(id, error);
    if (!report)
        return false;
    closeReport();
    m_reportId = id;
    m_document = std::make_unique<ReportDocument>(std::move(*report), m_store->previousYear(id));
    m_document->setAcknowledgements(m_store->acknowledgements(id));
    m_document->setReadOnly(m_store->status(id) == ReportStatus::Finalized);
    m_autosave = std::make_unique<Autosave>(m_store.get(), id, m_document.get());
    m_sentences = std::make_unique<TableSentences>(m_document.get());
    connect(m_autosave.get(), &Autosave::saved, this, &MainWindow::updateStatus);
    connect(m_autosave.get(), &Autosave::failed, this, [this](const QString& e) {
        message(tr("Not saved: %1").arg(e));
        showError(tr("The last change could not be saved: %1\nIt stays on screen; the next "
                     "change tries again.")
                      .arg(e));
    });
    connect(m_document.get(), &ReportDocument::findingsChanged, this, &MainWindow::updateStatus);
    connect(m_document.get(), &ReportDocument::metadataChanged, this, &MainWindow::updateTitle);
    buildEditor();
    QSettings settings;
    storeSetting(settings, kLastReport, id);
    updateTitle();
    updateStatus();
    return true;
}

void MainWindow::buildEditor() {
    ReportDocument* doc = m_document.get();
    const FormDefinition& form = doc->form();
    m_editor = new QWidget;
    m_navigatorModel = new NavigatorModel(doc, m_editor);
    m_navigator = new QListView(m_editor);
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setSpacing(2);
    m_navigator->setMinimumWidth(220);
    m_navigator->setMaximumWidth(320);
    m_navigator->setWordWrap(true);
    m_pages = new QStackedWidget(m_editor);
    m_tableEditors.assign(form.tables().size(), nullptr);
    // Pages are built when first shown: start-up builds only the one the clerk sees.
    for (int row = 0; row < m_navigatorModel->rowCount(); ++row)
        m_pages->addWidget(new QWidget);
    m_built.assign(static_cast<size_t>(m_navigatorModel->rowCount()), false);
    auto* splitter = new QSplitter(m_editor);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QHBoxLayout(m_editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_central->addWidget(m_editor);
    m_central->setCurrentWidget(m_editor);

    m_issues = new IssuesPanel(doc);
    m_issuesDock = new QDockWidget(tr("Issues"), this);
    m_issuesDock->setObjectName(u"issues"_s);
    m_issuesDock->setWidget(m_issues);
    m_issuesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);
    connect(m_issues, &IssuesPanel::findingActivated, this, &MainWindow::jumpTo);
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                ensurePage(current.row());
                m_pages->setCurrentIndex(current.row());
            });

    QAction* undo = doc->undoStack()->createUndoAction(m_editMenu, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = doc->undoStack()->createRedoAction(m_editMenu, tr("&Redo"));
    // Ctrl+Y as in WPS and Word, where the platform does not already bind it.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    // Undo and redo work wherever the focus is; the text editors' own undo is replaced by the
    // document's so that one stack holds every change.
    addAction(undo);
    addAction(redo);
    showPart(1);
}

void MainWindow::ensurePage(int row) {
    if (!m_document || row < 0 || row >= static_cast<int>(m_built.size()) ||
        m_built[static_cast<size_t>(row)])
        return;
    m_built[static_cast<size_t>(row)] = true;
    ReportDocument* doc = m_document.get();
    const FormDefinition& form = doc->form();
    QWidget* page = nullptr;
    if (row == NavigatorModel::kBasicInformation) {
        page = new MetadataPage(doc);
    } else {
        const PartDefinition& part = form.parts()[static_cast<size_t>(row - 1)];
        page = new QWidget;
        auto* layout = new QVBoxLayout(page);
        auto* heading = new QLabel(part.heading, page);
        QFont f = heading->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.2);
        heading->setFont(f);
        layout->addWidget(heading);
        if (part.table >= 0) {
            auto* model = new FormTableModel(doc, part.table, page);
            auto* editor = new TableEditor(model, page);
            m_tableEditors[static_cast<size_t>(part.table)] = editor;
            auto* tools = new QHBoxLayout;
            auto* zero = new QPushButton(tr("Fill empty cells with &0"), page);
            auto* recompute = new QPushButton(tr("Re&compute totals"), page);
            zero->setToolTip(tr("本表全部填0: every empty cell of this table gets 0 (agencies "
                                "with nothing to report)"));
            tools->addWidget(zero);
            tools->addWidget(recompute);
            tools->addStretch();
            layout->addLayout(tools);
            layout->addWidget(editor, 1);
            const int table = part.table;
            connect(zero, &QPushButton::clicked, this,
                    [doc, table] { doc->fillEmptyWithZero(table); });
            connect(recompute, &QPushButton::clicked, doc, &ReportDocument::recomputeTotals);
            connect(editor, &TableEditor::refused, this, &MainWindow::message);
            connect(editor->selectionModel(), &QItemSelectionModel::currentChanged, m_positionTimer,
                    qOverload<>(&QTimer::start));
        } else {
            layout->addWidget(new NarrativePage(doc, row - 1, m_sentences.get(), page), 1);
        }
    }
    QWidget* placeholder = m_pages->widget(row);
    m_pages->insertWidget(row, page);
    m_pages->removeWidget(placeholder);
    delete placeholder;
}

TableEditor* MainWindow::tableEditor(int table) const {
    return table >= 0 && table < static_cast<int>(m_tableEditors.size())
               ? m_tableEditors[static_cast<size_t>(table)]
               : nullptr;
}

void MainWindow::showPart(int navigatorRow) {
    if (!m_navigator)
        return;
    ensurePage(navigatorRow);
    m_navigator->setCurrentIndex(m_navigatorModel->index(navigatorRow));
    m_pages->setCurrentIndex(navigatorRow);
}

void MainWindow::jumpTo(const Finding& finding) {
    if (!m_document)
        return;
    showPart(m_navigatorModel->rowOf(finding));
    if (finding.cells.empty()) {
        return;
    }
    TableEditor* editor = tableEditor(m_document->form().cell(finding.cells.front()).table);
    if (!editor)
        return;
    const QModelIndex index = editor->formModel()->indexOf(finding.cells.front());
    editor->setCurrentIndex(index);
    editor->scrollTo(index);
    editor->setFocus();
}

bool MainWindow::reopenLast() {
    QSettings settings;
    const qint64 id = settings.value(settingsKey(kLastReport)).toLongLong();
    if (id <= 0)
        return false;
    QString error;
    if (!openReport(id, &error))
        return false;
    const QString cellId = settings.value(settingsKey(kLastCell)).toString();
    if (const auto cell = m_document->form().findCell(cellId)) {
        Finding place;
        place.cells = {*cell};
        jumpTo(place);
    }
    return true;
}

void MainWindow::rememberPosition() {
    m_positionTimer->stop();
    if (!m_document)
        return;
    for (TableEditor* editor : m_tableEditors) {
        if (editor && editor->isVisible()) {
            if (const auto cell = editor->formModel()->cellAt(editor->currentIndex())) {
                QSettings settings;
                storeSetting(settings, kLastCell, m_document->form().cell(*cell).id);
            }
        }
    }
}

RenderOptions MainWindow::renderOptions() const {
    RenderOptions options;
    const auto finalization = m_store->finalization(m_reportId);
    options.watermark = !finalization;
    if (finalization) {
        options.fingerprint = finalization->hash;
        options.preparer = finalization->approval.preparer;
        options.reviewer = finalization->approval.reviewer;
        options.approver = finalization->approval.approver;
        options.date = finalization->approval.date.toString(u"yyyy年M月d日"_s);
    }
    return options;
}

void MainWindow::printPreview() {
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    const Report report = m_document->report();
    const RenderOptions options = renderOptions();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter* p) { printReport(report, options, p); });
    dialog.exec();
}

void MainWindow::print() {
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    auto* extras = new QWidget;
    extras->setWindowTitle(tr("Report"));
    auto* approval = new QCheckBox(tr("Add the approval page (签批页)"), extras);
    auto* fingerprint = new QCheckBox(tr("Print the content fingerprint and its QR code"), extras);
    RenderOptions options = renderOptions();
    fingerprint->setChecked(!options.fingerprint.isEmpty());
    auto* layout = new QVBoxLayout(extras);
    layout->addWidget(approval);
    layout->addWidget(fingerprint);
    layout->addStretch();
    dialog.setOptionTabs({extras});
    if (dialog.exec() != QDialog::Accepted)
        return;
    options.approvalPage = approval->isChecked();
    if (fingerprint->isChecked() && options.fingerprint.isEmpty())
        options.fingerprint = ReportJson::contentHash(m_document->report());
    if (!fingerprint->isChecked())
        options.fingerprint.clear();
    printReport(m_document->report(), options, &printer);
}

bool MainWindow::exportAs(const QString& format) {
    if (!m_document)
        return false;
    QSettings settings;
    const QString folder =
        settings
            .value(u"paths/export"_s,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString filter = format == u"pdf"    ? tr("PDF (*.pdf)")
                           : format == u"html" ? tr("Web page (*.html)")
                                               : tr("OpenDocument text (*.odt)");
    const QString path =
        askSavePath(tr("Export the report"),
                    QDir(folder).filePath(proposedFileName(m_document->report(), format)), filter);
    if (path.isEmpty())
        return false;
    settings.setValue(u"paths/export"_s, QFileInfo(path).absolutePath());
    QString error;
    bool ok = false;
    if (format == u"pdf")
        ok = ReportExport::writePdf(m_document->report(), path, renderOptions(), &error);
    else if (format == u"html")
        ok = HtmlExport::writeHtml(m_document->report(), path, &error);
    else
        ok = HtmlExport::writeOdt(m_document->report(), path, &error);
    if (!ok) {
        showError(error);
        return false;
    }
    message(tr("Exported to %1").arg(path));
    return true;
}

bool MainWindow::finalize() {
    if (!m_document || m_document->isReadOnly())
        return false;
    m_autosave->flush();
    FinalizeDialog dialog(m_document.get(), this);
    if (!runFinalizeDialog(dialog) || !dialog.applyReasons())
        return false;
    QString error;
    if (!m_store->finalize(m_reportId, dialog.approval(), &error)) {
        showError(error);
        return false;
    }
    m_document->setReadOnly(true);
    updateTitle();
    message(tr("Finalized. The report is read-only until it is reopened."));
    return true;
}

bool MainWindow::reopen() {
    if (!m_document || !m_document->isReadOnly())
        return false;
    const auto reason = askReopenReason();
    if (!reason)
        return false;
    QString error;
    if (!m_store->reopen(m_reportId, *reason, &error)) {
        showError(error);
        return false;
    }
    m_document->setReadOnly(false);
    updateTitle();
    return true;
}

QString MainWindow::currentHistoryTarget() const {
    if (!m_document || !m_pages)
        return {};
    QWidget* page = m_pages->currentWidget();
    for (TableEditor* editor : m_tableEditors) {
        if (editor && page && page->isAncestorOf(editor)) {
            if (const auto cell = editor->formModel()->cellAt(editor->currentIndex()))
                return m_document->form().cell(*cell).id;
        }
    }
    if (auto* narrative = page ? page->findChild<NarrativePage*>() : nullptr) {
        for (int text = 0; text < static_cast<int>(m_document->form().texts().size()); ++text) {
            QPlainTextEdit* edit = narrative->editorFor(text);
            if (edit && (edit->hasFocus() || !narrative->editorFor(text + 1)))
                return m_document->form().texts()[static_cast<size_t>(text)].id;
        }
    }
    return {};
}

std::vector<HistoryEntry> MainWindow::history(const QString& target) const {
    m_autosave->flush();
    return m_store->history(m_reportId, target);
}

bool MainWindow::restore(const QString& target, const HistoryEntry& entry) {
    if (!m_document || m_document->isReadOnly())
        return false;
    const FormDefinition& form = m_document->form();
    if (const auto cell = form.findCell(target)) {
        const auto value = ReportStore::decodeHistoryValue(entry.oldValue);
        if (!value || m_document->isComputedTotal(*cell))
            return false;
        m_document->setCellValue(*cell, *value);
        return true;
    }
    const int text = form.findText(target);
    if (text < 0)
        return false;
    m_document->setText(text, entry.oldValue);
    return true;
}

void MainWindow::showHistory() {
    const QString target = currentHistoryTarget();
    if (target.isEmpty()) {
        message(tr("Select a cell or a text first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("History of %1").arg(target));
    auto* list = new QTreeWidget(&dialog);
    list->setHeaderLabels({tr("When"), tr("Who"), tr("Before"), tr("After")});
    list->setRootIsDecorated(false);
    const auto entries = history(target);
    for (const HistoryEntry& e : entries) {
        list->addTopLevelItem(
            new QTreeWidgetItem({e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.user,
                                 e.oldValue.left(60), e.newValue.left(60)}));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton* restoreButton =
        buttons->addButton(tr("&Restore the value before"), QDialogButtonBox::ActionRole);
    restoreButton->setEnabled(!entries.empty() && !m_document->isReadOnly());
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(restoreButton, &QPushButton::clicked, &dialog, [&] {
        const int row = list->indexOfTopLevelItem(list->currentItem());
        if (row >= 0 && restore(target, entries[static_cast<size_t>(row)]))
            dialog.accept();
    });
    dialog.resize(720, 360);
    dialog.exec();
}

QString MainWindow::statusText() const {
    return m_status->text();
}

void MainWindow::message(const QString& text) {
    m_lastMessage = text;
    statusBar()->showMessage(text, 8000);
}

void MainWindow::updateStatus() {
    if (!m_document)
        return;
    const QDateTime saved = m_autosave ? m_autosave->lastSaved() : QDateTime();
    const QString when = saved.isValid() ? saved.toString(u"HH:mm:ss"_s) : tr("—");
    m_status->setText(tr("Saved automatically %1 · %2 error(s) · %3 warning(s)")
                          .arg(when)
                          .arg(m_document->count(Severity::Error))
                          .arg(m_document->count(Severity::Warning)));
}

void MainWindow::updateTitle() {
    if (!m_document)
        return;
    const Report& r = m_document->report();
    QString title = r.form().reportTitle(r.agency, r.year);
    title += m_document->isReadOnly() ? tr(" — finalized (read-only)") : tr(" — draft");
    setWindowTitle(title); // Qt adds the application's display name
}

void MainWindow::closeEvent(QCloseEvent* event) {
    closeReport();
    QSettings settings;
    storeSetting(settings, kGeometry, saveGeometry());
    storeSetting(settings, kWindowState, saveState());
    event->accept();
}

} // namespace nianbao
