// The window's part of the request register (issue 18): the register's own window, and table
// three of the open report counted from it. Wiring only: the session counts and writes.
#include "app/gui/mainwindow.h"
#include "app/gui/registermenu.h"
#include "app/gui/registerwindow.h"
#include "app/gui/startpage.h"
#include "forms/requestlistdialog.h"
#include "forms/tableeditor.h"
#include "model/editing/formtablemodel.h"
#include "model/editing/registertablemodel.h"

#include <QAction>
#include <QInputDialog>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

#include <algorithm>

namespace nianbao {

void MainWindow::buildRegisterActions() {
    askTypedFiguresReason = [this]() -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(
            this, tr("Table three back to typed figures"),
            tr("Why are the figures of table three typed instead of counted from the register? "
               "The reason is recorded in the report's history."),
            QString(), &ok);
        if (!ok || reason.trimmed().isEmpty())
            return std::nullopt;
        return reason;
    };
    runRequestList = [](RequestListDialog& dialog) {
        dialog.exec();
    };
    // One 登记台账 menu: the register's window and table three's actions go above the import
    // and the printed register that RegisterMenu put there.
    QMenu* menu = m_registerMenu->menu();
    QAction* importAndPrint = menu->actions().value(0);
    const auto add = [&](const QString& text, auto&& slot) {
        auto* action = new QAction(text, menu);
        connect(action, &QAction::triggered, this, slot);
        menu->insertAction(importAndPrint, action);
        return action;
    };
    add(tr("Request &register…"), [this] {
        showRegister();
    })->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    menu->insertSeparator(importAndPrint);
    add(tr("&Count table three from the register"), [this] { useRegisterForTable3(); });
    add(tr("Table three back to &typed figures…"), [this] { switchTable3ToTyped(); });
    add(tr("Requests &behind this figure…"), [this] {
        const int t3 = m_session ? document()->form().findTable(u"t3") : -1;
        TableEditor* editor = tableEditor(t3);
        const auto cell =
            editor ? editor->formModel()->cellAt(editor->currentIndex()) : std::nullopt;
        if (!cell || !document()->isFromRegister(*cell)) {
            message(tr("Select a cell of table three counted from the register first."));
            return;
        }
        showRequestsBehind(*cell);
    });
    menu->insertSeparator(importAndPrint);
}

RegisterWindow* MainWindow::registerWindow() {
    if (m_register)
        return m_register;
    m_register = new RegisterWindow(m_store.get(), this);
    connect(m_register, &RegisterWindow::registerChanged, this, [this] {
        if (m_startPage && m_central->currentWidget() == m_startPage)
            m_startPage->refresh();
        // The store counted table three again where it comes from the register: shown.
        QString error;
        if (m_session && !m_session->reloadFromStore(&error))
            message(error);
    });
    return m_register;
}

void MainWindow::showRegister() {
    // The agency of the open report, or of the one selected on the start page.
    const qint64 report =
        m_session ? m_session->id() : (m_startPage ? m_startPage->selectedReport() : 0);
    QString agency;
    for (const StoredReportInfo& info : m_store->list()) {
        if (info.id == report)
            agency = info.agency;
    }
    registerWindow()->showEntries(agency, std::nullopt);
    m_register->show();
    m_register->raise();
    m_register->activateWindow();
}

void MainWindow::openRegisterEntry(qint64 entryId) {
    registerWindow()->show();
    m_register->raise();
    m_register->openEntry(entryId);
}

bool MainWindow::useRegisterForTable3() {
    if (!m_session)
        return false;
    commitTyping();
    // Typed figures are replaced by the count: asked first (each cell's history keeps them).
    const FormDefinition& form = document()->form();
    const TableDefinition& t3 = form.tables()[size_t(form.findTable(u"t3"))];
    const bool typed = std::any_of(t3.cells.begin(), t3.cells.end(), [&](CellRef cell) {
        return !document()->report().value(cell).isEmpty() && !document()->isFromRegister(cell) &&
               !document()->isComputedTotal(cell);
    });
    if (typed && !confirm(tr("Table three holds typed figures. Counting it from the register "
                             "replaces them (each cell's history keeps the typed value). Count?")))
        return false;
    QString error;
    if (!m_session->useRegisterForTable3(&error)) {
        showError(error);
        return false;
    }
    showPart(document()->form().tables()[size_t(document()->form().findTable(u"t3"))].part);
    message(tr("Table three is counted from the register; its cells follow the register."));
    return true;
}

bool MainWindow::switchTable3ToTyped() {
    if (!m_session || !document()->hasCellsFromRegister())
        return false;
    const auto reason = askTypedFiguresReason();
    if (!reason)
        return false;
    QString error;
    if (!m_session->switchTable3ToTyped(*reason, &error)) {
        showError(error);
        return false;
    }
    message(tr("Table three holds typed figures again; the reason is in the report's history."));
    return true;
}

void MainWindow::showRequestsBehind(CellRef cell) {
    if (!m_session)
        return;
    auto* model = new RegisterTableModel(WorkCalendar::official());
    model->setEntries(m_session->requestsBehind(cell));
    RequestListDialog dialog(document()->form().cellLabel(cell),
                             document()->report().value(cell).displayText(), model, this);
    runRequestList(dialog);
}

} // namespace nianbao
