#include "app/gui/registermenu.h"

#include "app/gui/registerimportdialog.h"
#include "app/gui/registerprintdialog.h"
#include "model/import/registercolumnmemory.h"
#include "model/storage/reportstore.h"

#include <QDate>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

namespace nianbao {

RegisterMenu::RegisterMenu(QMenuBar* bar, ReportStore* store,
                           std::function<QString()> currentAgency, QWidget* parent)
    : QObject(parent)
    , m_store(store)
    , m_currentAgency(std::move(currentAgency))
    , m_parent(parent)
    , m_menu(bar->addMenu(tr("Re&gister")))
    , m_printing(parent) {
    runImportDialog = [](RegisterImportDialog& dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    showError = [this](const QString& message) {
        QMessageBox::warning(m_parent, tr("Register"), message);
    };
    showMessage = [this](const QString& message) {
        QMessageBox::information(m_parent, tr("Register"), message);
    };
    askPrintOptions = [this](const RegisterPrintOptions& proposal) {
        RegisterPrintDialog dialog(proposal, agencies(), m_parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::optional<RegisterPrintOptions>();
        return std::optional<RegisterPrintOptions>(dialog.options());
    };
    m_menu->addAction(tr("&Import a register sheet…"), this, [this] { importSheet(); });
    m_menu->addAction(tr("&Print the register…"), this, [this] { printRegister(); });
}

QStringList RegisterMenu::agencies() const {
    QStringList names;
    for (const StoredReportInfo& info : m_store->list())
        names << info.agency;
    for (const RegisterEntry& entry :
         m_store->requests({}, std::nullopt, ReportStore::RequestData::ForCounting))
        names << entry.agency;
    names.removeDuplicates();
    names.sort();
    return names;
}

bool RegisterMenu::importSheet() {
    QSettings settings;
    RegisterColumnMemory memory(settings);
    RegisterImportDialog dialog(memory, agencies(), m_currentAgency(), m_parent);
    dialog.numbersTaken = [this](const QString& agency) {
        return registerKeysOf(m_store->requests(agency));
    };
    if (!runImportDialog(dialog))
        return false;
    const std::vector<RegisterEntry> entries = dialog.result().recognisedEntries();
    QString error;
    if (entries.empty() || !m_store->addRequests(entries, &error)) {
        showError(tr("Nothing was stored: %1").arg(error));
        return false;
    }
    memory.remember(dialog.columns());
    showMessage(
        tr("%n row(s) stored in the register of %1.", nullptr, static_cast<int>(entries.size()))
            .arg(dialog.agencyName()));
    return true;
}

std::vector<LaidOutPage> RegisterMenu::registerPages(const RegisterPrintOptions& options) const {
    const auto calendar = WorkCalendar::official();
    return layoutRegister(m_store->requests(options.agency, options.year), options, calendar.get());
}

bool RegisterMenu::printRegister() {
    RegisterPrintOptions proposal;
    proposal.agency = m_currentAgency();
    const int reportYear = currentYear ? currentYear() : 0;
    proposal.year = reportYear > 0 ? reportYear : QDate::currentDate().year();
    const auto options = askPrintOptions(proposal);
    if (!options)
        return false;
    m_printing.previewPages(registerPages(*options),
                            {registerPrintTitle(*options), options->agency});
    return true;
}

} // namespace nianbao
