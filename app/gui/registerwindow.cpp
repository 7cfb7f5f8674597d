#include "app/gui/registerwindow.h"

#include "forms/registerentrydialog.h"
#include "forms/registerview.h"
#include "model/editing/registertablemodel.h"
#include "model/import/registerpaste.h"
#include "model/storage/reportstore.h"

#include <QComboBox>
#include <QMessageBox>
#include <QSet>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace nianbao {

RegisterWindow::RegisterWindow(ReportStore* store, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_model(new RegisterTableModel(WorkCalendar::official(), QDate::currentDate(), this))
    , m_view(new RegisterView(m_model, this)) {
    setWindowTitle(tr("Request register (依申请公开登记)"));
    connect(m_view, &RegisterView::choiceChanged, this, [this] {
        m_agency = m_view->agency();
        m_year = m_view->year();
        reload();
    });
    connect(m_view, &RegisterView::addRequested, this, &RegisterWindow::addEntry);
    connect(m_view, &RegisterView::editRequested, this, &RegisterWindow::editEntry);
    connect(m_view, &RegisterView::deleteRequested, this, &RegisterWindow::deleteEntry);
    connect(m_view, &RegisterView::pasteRequested, this, &RegisterWindow::pasteRows);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_view);
    runEntryDialog = [](RegisterEntryDialog& dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Request register"), question) == QMessageBox::Yes;
    };
    showError = [this](const QString& text) {
        QMessageBox::warning(this, tr("Request register"), text);
    };
    confirmPaste = [this](int recognised, const QStringList& refused) {
        QMessageBox box(QMessageBox::Question, tr("Paste rows into the register"),
                        tr("%1 row(s) recognised, %2 refused. Store the recognised rows? The "
                           "refused ones are not stored; correct them and paste them again.")
                            .arg(recognised)
                            .arg(refused.size()),
                        QMessageBox::Yes | QMessageBox::No, this);
        // The reasons in sight, not behind 显示详情… (the first ten; all in the details).
        box.setInformativeText(refused.mid(0, 10).join(u'\n') +
                               (refused.size() > 10 ? u"\n…"_s : QString()));
        box.setDetailedText(refused.join(u'\n'));
        return box.exec() == QMessageBox::Yes;
    };
    resize(1100, 640);
}

RegisterWindow::~RegisterWindow() = default;

void RegisterWindow::setToday(QDate today) {
    m_model->setToday(today);
    updateChoices();
}

void RegisterWindow::showEntries(const QString& agency, std::optional<int> year) {
    m_agency = agency;
    m_year = year;
    reload();
}

void RegisterWindow::reload() {
    const qint64 current = m_view->currentEntry();
    // The list shows no personal data and does not read it: the dialog reads the whole entry.
    m_model->setEntries(m_store->requests(m_agency, m_year, ReportStore::RequestData::ForList));
    updateChoices();
    m_view->selectEntry(current);
}

// The agencies to choose from: those of the reports in the store and those shown; the years:
// those of the reports, of the entries shown and this one.
void RegisterWindow::updateChoices() {
    std::set<QString> agencies;
    std::set<int> years = {QDate::currentDate().year()};
    for (const StoredReportInfo& report : m_store->list()) {
        agencies.insert(report.agency);
        years.insert(report.year);
    }
    for (const RegisterEntry& e : m_model->entries()) {
        agencies.insert(e.agency);
        years.insert(e.received.year());
    }
    if (!m_agency.isEmpty())
        agencies.insert(m_agency);
    if (m_year)
        years.insert(*m_year);
    m_view->setChoices(QStringList(agencies.begin(), agencies.end()),
                       QList<int>(years.rbegin(), years.rend()), m_agency, m_year);
    int overdue = 0;
    int soon = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        // Only open requests have a deadline to count.
        if (m_model->entry(row).replied.isValid())
            continue;
        const auto urgency = m_model->urgency(row);
        overdue += urgency == RegisterTableModel::Urgency::Overdue;
        soon += urgency == RegisterTableModel::Urgency::DueSoon;
    }
    m_view->setSummary(tr("%1 request(s) · %2 overdue · %3 due within %4 working days")
                           .arg(m_model->rowCount())
                           .arg(overdue)
                           .arg(soon)
                           .arg(RegisterTableModel::kDueSoonWorkingDays));
}

bool RegisterWindow::openEntry(qint64 id) {
    const auto entry = m_store->request(id);
    if (!entry)
        return false;
    if (m_model->rowOf(id) < 0)
        showEntries(entry->agency, std::nullopt);
    m_view->selectEntry(id);
    return editEntry(id);
}

QStringList RegisterWindow::storeEntry(const RegisterEntry& entry) {
    // The register's rules first, each on its line; then what the store says (a number taken).
    RegisterEntry checked = entry;
    if (checked.number.isEmpty())
        checked.number = u"?"_s; // numbered by the store
    QStringList problems = RequestRegister::problems(checked);
    if (!problems.isEmpty())
        return problems;
    QString error;
    const bool stored = entry.id ? m_store->updateRequest(entry, &error)
                                 : m_store->addRequest(entry, &error).has_value();
    return stored ? QStringList() : QStringList{error};
}

bool RegisterWindow::runDialog(const RegisterEntry& entry) {
    RegisterEntryDialog dialog(entry, this);
    dialog.store = [this](const RegisterEntry& e) {
        return storeEntry(e);
    };
    if (!runEntryDialog(dialog))
        return false;
    reload();
    Q_EMIT registerChanged();
    return true;
}

bool RegisterWindow::addEntry() {
    if (m_agency.isEmpty()) {
        showError(tr("Choose the agency whose register this request belongs to first."));
        return false;
    }
    RegisterEntry entry;
    entry.agency = m_agency;
    entry.received = QDate::currentDate();
    entry.applicantType = applicantTypes().front();
    return runDialog(entry);
}

bool RegisterWindow::editEntry(qint64 id) {
    const auto entry = m_store->request(id);
    if (!entry) {
        showError(tr("The register has no request %1 any more.").arg(id));
        return false;
    }
    return runDialog(*entry);
}

bool RegisterWindow::deleteEntry(qint64 id) {
    const auto entry = m_store->request(id);
    if (!entry ||
        !confirm(tr("Delete request %1 from the register? A history line without the applicant's "
                    "name and contact is kept.")
                     .arg(entry->number)))
        return false;
    QString error;
    if (!m_store->deleteRequest(id, &error)) {
        showError(error);
        return false;
    }
    reload();
    Q_EMIT registerChanged();
    return true;
}

bool RegisterWindow::pasteRows(const QString& text) {
    if (m_agency.isEmpty()) {
        showError(tr("Choose the agency whose register the rows belong to first."));
        return false;
    }
    QString error;
    const auto pasted = readPastedRegister(text, m_agency, &error);
    if (!pasted) {
        showError(error);
        return false;
    }
    std::vector<RegisterEntry> recognised;
    QStringList refused;
    for (const RegisterImportRow& row : pasted->rows) {
        if (row.recognised())
            recognised.push_back(row.entry);
        else
            refused << row.problems;
    }
    if (recognised.empty()) {
        showError(tr("No pasted row can be stored:") + u"\n"_s + refused.join(u'\n'));
        return false;
    }
    if (!refused.isEmpty() && !confirmPaste(int(recognised.size()), refused))
        return false;
    if (!m_store->addRequests(recognised, &error)) {
        showError(tr("Nothing was stored: %1").arg(error));
        return false;
    }
    reload();
    Q_EMIT registerChanged();
    return true;
}

} // namespace nianbao
