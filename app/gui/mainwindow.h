#pragma once

#include "app/gui/windowdialogs.h"
#include "model/core/finding.h"
#include "model/core/report.h"
#include "model/render/reportlayout.h"
#include "model/session/reportsession.h"
#include "model/storage/reportstore.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QTimer;
class QListView;
class QSplitter;
class QStackedWidget;

namespace nianbao {

class PrintController;
class BoardWindow;
class RegisterWindow;
class RegisterMenu;
class IssuesPanel;
class NavigatorModel;
class ReportDocument;
class ReportStore;
class StartPage;
class TableSentences;
class TableEditor;

// The window: the start page, or a report open in the editor (navigator, the part's page,
// issues panel, status bar). Wiring only — the document holds the data and the rules, the
// store the SQL. Dialogs go through seams that tests answer.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<ReportStore> store, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openReport(qint64 id, QString* error);
    // For the county office: the report shown, nothing in it can be changed.
    bool openReportReadOnly(qint64 id, QString* error);
    // The county office's board (汇总), a window of its own, built when first needed.
    BoardWindow* showBoard();
    // Opens what was open last time, at the cell last edited; false if there is none.
    bool reopenLast();
    void showStartPage();
    void showTrash();
    bool importFile(const QString& path, QString* error);
    // A published report's text: previewed, then stored and opened if the clerk accepts.
    bool importPublished(const QString& path, QString* error);

    ReportStore* store() const { return m_store.get(); }
    ReportSession* session() const { return m_session.get(); }
    ReportDocument* document() const { return m_session ? m_session->document() : nullptr; }
    StartPage* startPage(); // built when first needed
    // The request register's window, built when first needed; shown on the agency of the open
    // report (or the one selected on the start page).
    RegisterWindow* registerWindow();
    void showRegister();
    // An entry of the register opened in its dialog (a line of the start page's due list).
    void openRegisterEntry(qint64 entryId);
    // Table three of the open report and the register (mainwindowregister.cpp): counted from
    // it, back to typed figures (asking the reason), the requests behind a figure.
    bool useRegisterForTable3();
    bool switchTable3ToTyped();
    void showRequestsBehind(CellRef cell);
    std::function<std::optional<QString>()> askTypedFiguresReason;
    std::function<void(class RequestListDialog& dialog)> runRequestList;
    IssuesPanel* issuesPanel() const { return m_issues; }
    QListView* navigator() const { return m_navigator; }
    TableEditor* tableEditor(int table) const;
    QString statusText() const;
    QString lastMessage() const { return m_lastMessage; }
    void showPart(int navigatorRow);
    void jumpTo(const Finding& finding);

    // Seams: how the window asks and tells. Defaults use dialogs; tests replace them.
    std::function<void(const QString& message)> showError;
    std::function<std::optional<NewReportRequest>(const NewReportRequest& proposal)> askNewReport;
    std::function<QString()> askImportFile;
    std::function<QString()> askPublishedFile;
    std::function<bool(class ImportPreviewDialog& dialog)> runImportPreview;
    std::function<bool(const QString& question)> confirm;
    // The trash: which of the deleted reports to restore (none: nothing).
    std::function<std::optional<qint64>(const std::vector<StoredReportInfo>& deleted)>
        askRestoreFromTrash;
    // A path to save to, starting from `proposed` (a full path); empty if cancelled.
    std::function<QString(const QString& caption, const QString& proposed, const QString& filter)>
        askSavePath;

    // Print and export (the menu's actions call these). Printing asks through the
    // controller's seams (its options dialog, the system's print dialog, the preview).
    PrintController& printing() { return *m_printing; }
    RegisterMenu* registerMenu() const { return m_registerMenu; }
    void printPreview();
    void print();
    bool exportAs(const QString& format); // pdf, html, odt or nianbao.json (the report file)

    // 定稿 and back. The dialog runs through a seam that tests answer.
    std::function<bool(class FinalizeDialog& dialog)> runFinalizeDialog;
    std::function<std::optional<QString>()> askReopenReason;
    // Closing with changes the store refused: what the clerk chose.
    std::function<UnsavedChoice(const QString& reason)> askUnsaved;
    // 文件 → 数据库位置…: a file's path or a server's address (empty: the default file);
    // nullopt when cancelled.
    std::function<std::optional<QString>(const QString& current)> askStoreAddress;
    // Checks and keeps the store chosen, used from Nianbao's next start. False (said why) when
    // it cannot be opened.
    bool chooseStore();
    // Another clerk changed what this one changed (a store on a server): whose value stays.
    std::function<ConflictChoice(const QString& what, const QString& mine, const QString& theirs)>
        askConflict;
    bool finalize();
    bool reopen();
    // The history of what the clerk is on (a cell or a part), and putting an old value back.
    QString currentHistoryTarget() const;
    std::vector<HistoryEntry> history(const QString& target) const;
    bool restore(const QString& target, const HistoryEntry& entry);
    void showHistory();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void moveEvent(QMoveEvent* event) override;

private:
    void buildActions();
    void buildRegisterActions();
    void buildEditor();
    void ensurePage(int navigatorRow);
    // Closes the open report; false (and it stays open) if the clerk cancels over changes that
    // could not be saved.
    bool closeReport();
    void teardownEditor();
    void commitTyping();
    // Puts the cursor where the clerk last was in this part (cell or text).
    void restorePlace(int navigatorRow);
    void updateStatus();
    // Asks about each conflict of the session in turn (one question at a time).
    void settleConflicts();
    void updateTitle();
    void rememberPosition();
    void rememberGeometry();
    void fitToScreen();
    void showLastChange();
    void newReport();
    void message(const QString& text);
    RenderOptions renderOptions() const;

    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<ReportSession> m_session;
    std::unique_ptr<PrintController> m_printing;
    std::unique_ptr<TableSentences> m_sentences;
    QStackedWidget* m_central;
    StartPage* m_startPage = nullptr;
    QWidget* m_editor = nullptr;
    QListView* m_navigator = nullptr;
    NavigatorModel* m_navigatorModel = nullptr;
    QStackedWidget* m_pages = nullptr;
    IssuesPanel* m_issues = nullptr;
    QDockWidget* m_issuesDock = nullptr;
    std::vector<TableEditor*> m_tableEditors; // built on first view
    std::vector<bool> m_built;                // per navigator row
    bool m_startPageFilled = false;
    QLabel* m_status;
    // The cell position is written to the settings a moment after the cursor stops, and when
    // the report closes: writing the settings file on every move cost two fsyncs a keystroke.
    QTimer* m_positionTimer;
    QTimer* m_geometryTimer = nullptr;
    QSplitter* m_splitter = nullptr;
    std::vector<CellRef> m_lastChangedCells;
    QString m_lastMessage;
    bool m_settlingConflicts = false;
    QMenu* m_editMenu = nullptr;
    BoardWindow* m_board = nullptr;
    bool m_viewOnly = false; // opened read-only from the board
    RegisterWindow* m_register = nullptr;
    RegisterMenu* m_registerMenu = nullptr;
    QList<QAction*> m_reportActions;
};

} // namespace nianbao
