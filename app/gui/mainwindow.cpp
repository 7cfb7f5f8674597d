#include "app/gui/mainwindow.h"

#include "app/gui/finalizedcheck.h"
#include "app/gui/finalizedialog.h"
#include "app/gui/importpreviewdialog.h"
#include "app/gui/printing.h"
#include "app/gui/registermenu.h"
#include "app/gui/startpage.h"
#include "app/gui/windowdialogs.h"
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
#include <QCloseEvent>
#include <QDialog>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

constexpr auto kGeometry = "window/geometry";
constexpr auto kWindowState = "window/state";
constexpr auto kSplitter = "window/splitter";

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
    m_printing = std::make_unique<PrintController>(this);
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
            tr("Published reports (*.pdf *.html *.htm *.txt)") + u";;"_s + tr("All files (*)"));
        if (!path.isEmpty())
            settings.setValue(u"paths/published"_s, QFileInfo(path).absolutePath());
        return path;
    };
    runImportPreview = [](ImportPreviewDialog& dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    askRestoreFromTrash = [this](const std::vector<StoredReportInfo>& deleted) {
        return chooseFromTrash(this, deleted);
    };
    askUnsaved = [this](const QString& reason) {
        return askWhatToDoWithUnsaved(this, reason);
    };
    askStoreAddress = [this](const QString& current) -> std::optional<QString> {
        bool ok = false;
        const QString address = QInputDialog::getText(
            this, tr("Store location"),
            tr("The reports' store: a file on this PC, or a county server's address such as\n"
               "postgresql://教育局_张三@db.example.gov.cn/nianbao?sslmode=verify-full\n"
               "(no password here: Nianbao asks for it). Empty: the file in Nianbao's own "
               "folder."),
            QLineEdit::Normal, current, &ok);
        return ok ? std::optional<QString>(address) : std::nullopt;
    };
    askConflict = [this](const QString& what, const QString& mine, const QString& theirs) {
        return askAboutConflict(this, what, mine, theirs);
    };
    askNewReport = [this](const NewReportRequest& proposal) {
        return askForNewReport(this, proposal);
    };
    buildActions();
    QSettings settings;
    if (!restoreGeometry(settings.value(settingsKey(kGeometry)).toByteArray()) ||
        (screen() && (frameGeometry().width() > screen()->availableGeometry().width() ||
                      frameGeometry().height() > screen()->availableGeometry().height())))
        fitToScreen(); // nothing remembered, or remembered at another scale or screen
    restoreState(settings.value(settingsKey(kWindowState)).toByteArray());
    // Size, place and docks are remembered a moment after they change, so that a crash does
    // not lose them (closing writes them too).
    m_geometryTimer = new QTimer(this);
    m_geometryTimer->setSingleShot(true);
    m_geometryTimer->setInterval(1500);
    connect(m_geometryTimer, &QTimer::timeout, this, &MainWindow::rememberGeometry);
    // The list is built when it is first shown: reopening the last report does not need it.
    setWindowTitle(tr("Annual reports on government information disclosure"));
}

// The first start (nothing remembered): as large as the office laptop's screen allows
// (1366×768 leaves about 1366×728 beside the taskbar), at most 1280×860.
void MainWindow::fitToScreen() {
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    // The window's frame is not known before it is shown: room for a usual title bar and border.
    const QSize frame(16, 40);
    const QSize size(std::min(1280, available.width() - frame.width()),
                     std::min(860, available.height() - frame.height()));
    resize(size);
    move(available.topLeft() + QPoint((available.width() - size.width() - frame.width()) / 2,
                                      (available.height() - size.height() - frame.height()) / 2));
}

void MainWindow::rememberGeometry() {
    QSettings settings;
    storeSetting(settings, kGeometry, saveGeometry());
    storeSetting(settings, kWindowState, saveState());
    if (m_splitter)
        storeSetting(settings, kSplitter, m_splitter->saveState());
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    if (m_geometryTimer && isVisible())
        m_geometryTimer->start();
}

void MainWindow::moveEvent(QMoveEvent* event) {
    QMainWindow::moveEvent(event);
    if (m_geometryTimer && isVisible())
        m_geometryTimer->start();
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (!m_session && !m_startPageFilled)
        showStartPage();
}

MainWindow::~MainWindow() {
    // No one is left to ask: the session makes a last attempt to write what is pending.
    if (m_session)
        rememberPosition();
    teardownEditor();
    m_session.reset();
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
    file->addAction(tr("Store &location…"), this, [this] { chooseStore(); });
    QAction* board = file->addAction(tr("County &board (汇总)…"), this, [this] { showBoard(); });
    board->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    file->addSeparator();
    QAction* preview = file->addAction(tr("Print pre&view…"), this, &MainWindow::printPreview);
    QAction* print = file->addAction(tr("&Print…"), this, &MainWindow::print);
    print->setShortcut(QKeySequence::Print);
    QAction* pdf = file->addAction(tr("Export P&DF…"), this, [this] { exportAs(u"pdf"_s); });
    QAction* html = file->addAction(tr("Export &HTML…"), this, [this] { exportAs(u"html"_s); });
    QAction* odt = file->addAction(tr("Export &ODT…"), this, [this] { exportAs(u"odt"_s); });
    QAction* reportFile = file->addAction(tr("Export the report &file (.nianbao.json)…"), this,
                                          [this] { exportAs(u"nianbao.json"_s); });
    m_reportActions << preview << print << pdf << html << odt << reportFile;
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
    m_registerMenu = new RegisterMenu(
        menuBar(), m_store.get(),
        [this] {
            return document() ? document()->report().agency : QString();
            m_registerMenu->currentYear = [this] {
                return document() ? document()->report().year : 0;
            };
        },
        this);
    buildRegisterActions();
}

void MainWindow::newReport() {
    // The report is written from November (the year ending) to January (the year ended).
    const QDate today = QDate::currentDate();
    const int defaultYear = today.month() >= 11 ? today.year() : today.year() - 1;
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
    connect(m_startPage, &StartPage::trashRequested, this, &MainWindow::showTrash);
    connect(m_startPage, &StartPage::boardRequested, this, [this] { showBoard(); });
    connect(m_startPage, &StartPage::registerRequested, this, &MainWindow::showRegister);
    connect(m_startPage, &StartPage::requestOpenRequested, this, &MainWindow::openRegisterEntry);
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

void MainWindow::showTrash() {
    const auto deleted = m_store->trash();
    if (deleted.empty()) {
        showError(tr("The trash is empty."));
        return;
    }
    const auto id = askRestoreFromTrash(deleted);
    if (!id)
        return;
    QString error;
    if (!m_store->restoreFromTrash(*id, &error)) {
        showError(error);
        return;
    }
    startPage()->refresh();
    startPage()->selectReport(*id);
}

void MainWindow::showStartPage() {
    if (!closeReport())
        return;
    startPage()->refresh();
    m_startPageFilled = true;
    m_central->setCurrentWidget(m_startPage);
    m_startPage->table()->setFocus();
    setWindowTitle(tr("Annual reports on government information disclosure"));
    m_status->setText(QString());
}

void MainWindow::commitTyping() {
    for (TableEditor* editor : m_tableEditors) {
        if (editor)
            editor->commitPendingEdit();
    }
}

bool MainWindow::closeReport() {
    if (!m_session)
        return true;
    commitTyping(); // a figure still in its cell's editor (Ctrl+Q does not take the focus)
    rememberPosition();
    while (!m_session->saveNow()) {
        const UnsavedChoice choice = askUnsaved(m_session->saveError());
        if (choice == UnsavedChoice::Cancel)
            return false;
        if (choice == UnsavedChoice::Discard) {
            m_session->discardPending();
            break;
        }
        if (choice == UnsavedChoice::SaveCopy) {
            const QString path = askSavePath(
                tr("Save a copy of the report"),
                QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(proposedFileName(m_session->report(), u"nianbao.json"_s)),
                tr("Nianbao reports (*.nianbao.json)"));
            QString error;
            if (path.isEmpty())
                continue;
            if (m_session->saveCopy(path, &error)) {
                m_session->discardPending();
                break;
            }
            showError(error);
        }
    }
    teardownEditor();
    m_session.reset();
    return true;
}

void MainWindow::teardownEditor() {
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
    m_splitter = nullptr;
    m_tableEditors.clear();
    m_built.clear();
}

bool MainWindow::openReport(qint64 id, QString* error) {
    if (!closeReport()) {
        if (error)
            *error = tr("The open report has changes that are not saved.");
        return false;
    }
    if (!checkFinalizedBeforeOpening(*m_store, id, confirm, error)) {
        return false;
    }
    m_viewOnly = false;
    m_session = ReportSession::open(m_store.get(), id, error);
    if (!m_session)
        return false;
    m_sentences = std::make_unique<TableSentences>(m_session->document());
    connect(m_session.get(), &ReportSession::saveStateChanged, this, [this] {
        updateStatus();
        if (m_session->saveState() == ReportSession::SaveState::Failed)
            message(tr("Not saved: %1 — it is kept and tried again.").arg(m_session->saveError()));
    });
    // Asked once the signal's sender is done, never from inside a write.
    connect(m_session.get(), &ReportSession::conflictsChanged, this, &MainWindow::settleConflicts,
            Qt::QueuedConnection);
    connect(m_session.get(), &ReportSession::changedElsewhere, this,
            [this] { message(tr("Someone else changed this report; their changes are shown.")); });
    connect(document(), &ReportDocument::findingsChanged, this, &MainWindow::updateStatus);
    connect(document(), &ReportDocument::metadataChanged, this, &MainWindow::updateTitle);
    connect(document(), &ReportDocument::readOnlyChanged, this, &MainWindow::updateTitle);
    connect(document(), &ReportDocument::readOnlyChanged, this, &MainWindow::updateStatus);
    buildEditor();
    ReportSession::rememberLastReport(m_store->path(), id);
    updateTitle();
    updateStatus();
    if (const auto returned = m_store->openReturn(id)) {
        message(
            tr("Returned by the county office on %1: %2")
                .arg(QLocale().toString(returned->at.toLocalTime().date(), QLocale::ShortFormat),
                     returned->reason));
    }
    return true;
}

bool MainWindow::openReportReadOnly(qint64 id, QString* error) {
    if (!openReport(id, error))
        return false;
    m_viewOnly = true;
    document()->setReadOnly(true);
    updateTitle();
    return true;
}

void MainWindow::buildEditor() {
    ReportDocument* doc = document();
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
    m_splitter = splitter;
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->restoreState(QSettings().value(settingsKey(kSplitter)).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, m_geometryTimer, qOverload<>(&QTimer::start));
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
    // The panel never takes more than a third of a small screen's height by default.
    resizeDocks({m_issuesDock}, {std::max(120, height() / 4)}, Qt::Vertical);
    restoreState(QSettings().value(settingsKey(kWindowState)).toByteArray());
    connect(m_issues, &IssuesPanel::findingActivated, this, &MainWindow::jumpTo);
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                ensurePage(current.row());
                m_pages->setCurrentIndex(current.row());
                m_positionTimer->start();
            });

    QAction* undo = doc->undoStack()->createUndoAction(m_editMenu, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = doc->undoStack()->createRedoAction(m_editMenu, tr("&Redo"));
    // Undo and redo take the clerk to what they changed.
    connect(undo, &QAction::triggered, this, &MainWindow::showLastChange);
    connect(redo, &QAction::triggered, this, &MainWindow::showLastChange);
    connect(doc, &ReportDocument::cellsChanged, this, [this](const std::vector<CellRef>& cells) {
        m_lastChangedCells = cells;
        // A value that went in replaces an old complaint in the status bar.
        if (!m_lastMessage.isEmpty()) {
            statusBar()->clearMessage();
            m_lastMessage.clear();
        }
    });
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
    const ReportPosition position = m_session->position();
    showPart(position.part >= 0 && position.part < m_navigatorModel->rowCount() ? position.part
                                                                                : 1);
}

void MainWindow::showLastChange() {
    if (!m_session)
        return;
    for (CellRef cell : m_lastChangedCells) {
        if (document()->isComputedTotal(cell))
            continue;
        Finding place;
        place.cells = {cell};
        jumpTo(place);
        return;
    }
}

void MainWindow::ensurePage(int row) {
    if (!m_session || row < 0 || row >= static_cast<int>(m_built.size()) ||
        m_built[static_cast<size_t>(row)])
        return;
    m_built[static_cast<size_t>(row)] = true;
    ReportDocument* doc = document();
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
            connect(editor, &QAbstractItemView::doubleClicked, this,
                    [this, model](const QModelIndex& index) {
                        if (const auto cell = model->cellAt(index);
                            cell && document()->isFromRegister(*cell))
                            showRequestsBehind(*cell);
                    });
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
    for (QPlainTextEdit* edit : page->findChildren<QPlainTextEdit*>())
        connect(edit, &QPlainTextEdit::cursorPositionChanged, m_positionTimer,
                qOverload<>(&QTimer::start));
    restorePlace(row);
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
    if (!m_session)
        return;
    showPart(m_navigatorModel->rowOf(finding));
    if (finding.cells.empty()) {
        return;
    }
    TableEditor* editor = tableEditor(document()->form().cell(finding.cells.front()).table);
    if (!editor)
        return;
    const QModelIndex index = editor->formModel()->indexOf(finding.cells.front());
    editor->setCurrentIndex(index);
    editor->scrollTo(index);
    editor->setFocus();
}

bool MainWindow::reopenLast() {
    const qint64 id = ReportSession::lastReport(m_store->path());
    if (id <= 0)
        return false;
    QString error;
    return openReport(id, &error);
}

void MainWindow::restorePlace(int row) {
    if (!m_session)
        return;
    const ReportPosition position = m_session->position();
    const auto it = position.places.find(row);
    if (it == position.places.end())
        return;
    const QString& place = it->second;
    if (const auto cell = document()->form().findCell(place)) {
        TableEditor* editor = tableEditor(document()->form().cell(*cell).table);
        if (!editor)
            return;
        const QModelIndex index = editor->formModel()->indexOf(*cell);
        editor->setCurrentIndex(index);
        editor->scrollTo(index);
        editor->setFocus();
        return;
    }
    // "text:<index>:<cursor>"
    const QStringList parts = place.split(u':');
    auto* narrative = m_pages->widget(row)->findChild<NarrativePage*>();
    if (parts.size() != 3 || parts[0] != u"text" || !narrative)
        return;
    narrative->placeCursor(parts[1].toInt(), parts[2].toInt());
}

void MainWindow::rememberPosition() {
    m_positionTimer->stop();
    if (!m_session || !m_pages)
        return;
    ReportPosition position;
    position.part = m_pages->currentIndex();
    QWidget* page = m_pages->currentWidget();
    for (TableEditor* editor : m_tableEditors) {
        if (editor && page && page->isAncestorOf(editor)) {
            if (const auto cell = editor->formModel()->cellAt(editor->currentIndex()))
                position.places[position.part] = document()->form().cell(*cell).id;
        }
    }
    if (auto* narrative = page ? page->findChild<NarrativePage*>() : nullptr) {
        for (int text = 0; text < static_cast<int>(document()->form().texts().size()); ++text) {
            QPlainTextEdit* edit = narrative->editorFor(text);
            if (edit && edit->hasFocus())
                position.places[position.part] =
                    u"text:%1:%2"_s.arg(text).arg(edit->textCursor().position());
        }
    }
    m_session->rememberPosition(position);
}

RenderOptions MainWindow::renderOptions() const {
    const auto finalization = m_session->finalization();
    return finalization ? finalizedRenderOptions(*finalization) : RenderOptions();
}

void MainWindow::printPreview() {
    if (!m_session)
        return;
    commitTyping();
    m_printing->preview(document()->report(), renderOptions(),
                        m_session->finalization().has_value());
}

void MainWindow::print() {
    if (!m_session)
        return;
    commitTyping();
    QString error;
    if (m_printing->print(document()->report(), renderOptions(),
                          m_session->finalization().has_value(), &error))
        message(tr("The report was sent to the printer."));
    else if (!error.isEmpty())
        showError(error);
}

bool MainWindow::exportAs(const QString& format) {
    if (!m_session)
        return false;
    commitTyping();
    QSettings settings;
    const QString folder =
        settings
            .value(u"paths/export"_s,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString filter = format == u"pdf"    ? tr("PDF (*.pdf)")
                           : format == u"html" ? tr("Web page (*.html)")
                           : format == u"odt"  ? tr("OpenDocument text (*.odt)")
                                               : tr("Nianbao reports (*.nianbao.json)");
    const QString path =
        askSavePath(tr("Export the report"),
                    QDir(folder).filePath(proposedFileName(document()->report(), format)), filter);
    if (path.isEmpty())
        return false;
    settings.setValue(u"paths/export"_s, QFileInfo(path).absolutePath());
    QString error;
    bool ok = false;
    if (format == u"pdf")
        ok = ReportExport::writePdf(document()->report(), path, renderOptions(), &error);
    else if (format == u"html")
        ok = HtmlExport::writeHtml(document()->report(), path, &error);
    else if (format == u"nianbao.json")
        ok = m_session->saveCopy(path, &error); // for a superior or another computer
    else
        ok = HtmlExport::writeOdt(document()->report(), path, &error);
    if (!ok) {
        showError(error);
        return false;
    }
    message(tr("Exported to %1").arg(path));
    return true;
}

bool MainWindow::finalize() {
    if (!m_session || m_session->isReadOnly())
        return false;
    commitTyping();
    FinalizeDialog dialog(document(), this);
    if (!runFinalizeDialog(dialog) || !dialog.applyReasons())
        return false;
    QString error;
    if (!m_session->finalize(dialog.approval(), &error)) {
        showError(error);
        return false;
    }
    message(tr("Finalized. The report is read-only until it is reopened."));
    return true;
}

bool MainWindow::reopen() {
    if (!m_session || !m_session->isReadOnly())
        return false;
    const auto reason = askReopenReason();
    if (!reason)
        return false;
    QString error;
    if (!m_session->reopen(*reason, &error)) {
        showError(error);
        return false;
    }
    return true;
}

QString MainWindow::currentHistoryTarget() const {
    if (!m_session || !m_pages)
        return {};
    QWidget* page = m_pages->currentWidget();
    for (TableEditor* editor : m_tableEditors) {
        if (editor && page && page->isAncestorOf(editor)) {
            if (const auto cell = editor->formModel()->cellAt(editor->currentIndex()))
                return document()->form().cell(*cell).id;
        }
    }
    if (auto* narrative = page ? page->findChild<NarrativePage*>() : nullptr) {
        for (int text = 0; text < static_cast<int>(document()->form().texts().size()); ++text) {
            QPlainTextEdit* edit = narrative->editorFor(text);
            if (edit && (edit->hasFocus() || !narrative->editorFor(text + 1)))
                return document()->form().texts()[static_cast<size_t>(text)].id;
        }
    }
    return {};
}

std::vector<HistoryEntry> MainWindow::history(const QString& target) const {
    return m_session ? m_session->history(target) : std::vector<HistoryEntry>{};
}

bool MainWindow::restore(const QString& target, const HistoryEntry& entry) {
    QString error;
    if (!m_session || !m_session->restore(target, entry, &error)) {
        if (!error.isEmpty())
            message(error);
        return false;
    }
    return true;
}

void MainWindow::showHistory() {
    const QString target = currentHistoryTarget();
    if (target.isEmpty()) {
        message(tr("Select a cell or a text first."));
        return;
    }
    // The cell's or the part's own label, not its id.
    const FormDefinition& form = document()->form();
    QString label = target;
    if (const auto cell = form.findCell(target))
        label = form.cellLabel(*cell);
    else if (const int text = form.findText(target); text >= 0)
        label = form.texts()[static_cast<size_t>(text)].label;
    const auto entries = history(target);
    showHistoryDialog(this, label, entries, !m_session->isReadOnly(),
                      [&](const HistoryEntry& entry) { return restore(target, entry); });
}

QString MainWindow::statusText() const {
    return m_status->text();
}

void MainWindow::message(const QString& text) {
    m_lastMessage = text;
    statusBar()->showMessage(text, 8000);
}

void MainWindow::updateStatus() {
    if (!m_session)
        return;
    QString saved;
    switch (m_session->saveState()) {
    case ReportSession::SaveState::Saved: {
        const QDateTime when = m_session->lastSaved();
        saved = when.isValid() ? tr("Saved automatically %1").arg(when.toString(u"HH:mm:ss"_s))
                               : tr("Saved automatically");
        break;
    }
    case ReportSession::SaveState::Waiting:
        saved = tr("Saving…");
        break;
    case ReportSession::SaveState::Failed:
        saved = tr("NOT SAVED (%1 change(s) kept, retrying)").arg(m_session->pendingChanges());
        break;
    case ReportSession::SaveState::Conflict:
        saved = tr("NOT SAVED: %1 change(s) also made by someone else, to choose")
                    .arg(m_session->conflicts().size());
        break;
    }
    // Inside the window, not only in its title (which a desktop may not show): nothing typed
    // here is taken.
    if (m_session->isReadOnly() || m_viewOnly)
        saved = tr("READ-ONLY") + u" · "_s + saved;
    m_status->setText(tr("%1 · %2 error(s) · %3 warning(s)")
                          .arg(saved)
                          .arg(document()->count(Severity::Error))
                          .arg(document()->count(Severity::Warning)));
}

void MainWindow::updateTitle() {
    if (!m_session)
        return;
    const Report& r = document()->report();
    QString title = r.form().reportTitle(r.agency, r.year);
    if (m_viewOnly)
        title += tr(" — read-only (county board)");
    else
        title += m_session->isReadOnly() ? tr(" — finalized (read-only)") : tr(" — draft");
    setWindowTitle(title); // Qt adds the application's display name
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_session)
        rememberGeometry(); // the splitter goes with the editor
    if (!closeReport()) {
        event->ignore();
        return;
    }
    QSettings settings;
    storeSetting(settings, kGeometry, saveGeometry());
    storeSetting(settings, kWindowState, saveState());
    event->accept();
}

} // namespace nianbao
