// The window and the county server: the county office's board, the choice of the store (a file
// or a server), and what two clerks on one report both changed.
#include "app/gui/boardwindow.h"
#include "app/gui/mainwindow.h"
#include "model/editing/reportdocument.h"
#include "model/session/reportsession.h"
#include "model/storage/reportstore.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace nianbao {

BoardWindow* MainWindow::showBoard() {
    if (!m_board) {
        m_board = new BoardWindow(m_store.get(), this);
        m_board->setWindowFlag(Qt::Window);
        m_board->showError = [this](const QString& text) {
            showError(text);
        };
        m_board->askSavePath = [this](const QString& proposed) {
            return askSavePath(tr("Export summary"), proposed,
                               tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)"));
        };
        // A report returned while open here: no longer finalized, its reason shown.
        connect(m_board, &BoardWindow::reportChanged, this, [this](qint64 id) {
            if (!m_session || m_session->id() != id)
                return;
            m_session->refreshFromStore();
            updateTitle();
            updateStatus();
        });
        connect(m_board, &BoardWindow::openRequested, this, [this](qint64 id) {
            QString error;
            if (!openReportReadOnly(id, &error))
                showError(error);
            raise();
            activateWindow();
        });
        m_board->resize(size());
    }
    m_board->refresh();
    m_board->show();
    m_board->raise();
    return m_board;
}

bool MainWindow::chooseStore() {
    const auto address = askStoreAddress(ReportStore::chosenStore());
    if (!address)
        return false;
    const QString chosen = address->trimmed();
    if (chosen == m_store->path()) {
        ReportStore::rememberChosenStore(chosen); // the one open: nothing to check
    } else {
        ReportStore::Options options;
        options.dailyBackup = false;
        options.askPassword = [this](const QString& where) {
            return QInputDialog::getText(
                this, tr("Password"), tr("The password for %1:").arg(where), QLineEdit::Password);
        };
        QString error;
        if (!ReportStore::chooseStore(chosen, options, &error)) {
            showError(tr("This store cannot be used: %1").arg(error));
            return false;
        }
    }
    message(chosen.isEmpty() ? tr("From the next start, Nianbao uses the file in its own folder.")
                             : tr("From the next start, Nianbao uses %1.").arg(chosen));
    return true;
}

void MainWindow::settleConflicts() {
    if (!m_session || m_settlingConflicts)
        return;
    const QScopedValueRollback busy(m_settlingConflicts, true);
    const FormDefinition& form = document()->form();
    while (m_session && !m_session->conflicts().empty()) {
        const ReportSession::Conflict conflict = m_session->conflicts().front();
        const bool isText = conflict.text >= 0;
        const QString what =
            isText ? form.texts()[size_t(conflict.text)].label : form.cellLabel(conflict.cell);
        const ConflictChoice choice =
            isText ? askConflict(what, conflict.mineText, conflict.theirsText)
                   : askConflict(what, conflict.mineValue.displayText(),
                                 conflict.theirsValue.displayText());
        m_session->resolveConflict(0, choice == ConflictChoice::KeepMine);
    }
    updateStatus();
}

} // namespace nianbao
