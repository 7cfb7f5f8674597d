// The open report and the request register: table three counted from it, back to typed
// figures, and the requests behind a cell (issue 18).
#include "model/session/reportsession.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportSession)
};

} // namespace

bool ReportSession::reloadFromStore(QString* error) {
    const auto stored = m_store->load(m_id, error);
    if (!stored)
        return false;
    std::vector<CellChange> changes;
    for (const CellDefinition& cell : m_document->form().cells()) {
        const CellValue& now = m_document->report().value(cell.ref);
        const CellValue& then = stored->value(cell.ref);
        if (!(now == then))
            changes.push_back({cell.ref, now, then});
    }
    m_reloading = true;
    if (!changes.empty())
        m_document->applyChanges(changes, {}, true);
    m_reloading = false;
    // What the store holds is now what this clerk has seen: the next edit expects it.
    m_stored = *stored;
    m_document->setCellSources(m_store->cellSources(m_id));
    // Undoing an edit made before would undo it over the store's values.
    m_document->undoStack()->clear();
    return true;
}

bool ReportSession::useRegisterForTable3(QString* error) {
    if (isReadOnly()) {
        *error = Tr::tr("the report is finalized: table three is not counted again");
        return false;
    }
    if (!saveNow()) {
        *error = saveError();
        return false;
    }
    const Report& r = report();
    const auto entries =
        m_store->requests(r.agency, std::nullopt, ReportStore::RequestData::ForCounting);
    const RegisterTable3 table = RequestRegister::table3(entries, r.year);
    // A table missing requests is never written as if it were the count.
    if (!table.skipped.isEmpty()) {
        *error = Tr::tr("Table three was not counted: correct these entries of the register "
                        "first:\n%1")
                     .arg(table.skipped.join(u'\n'));
        return false;
    }
    if (entries.empty()) {
        *error =
            Tr::tr("The register of %1 holds no request: there is nothing to count.").arg(r.agency);
        return false;
    }
    return m_store->setTable3FromRegister(m_id, table, error) && reloadFromStore(error);
}

bool ReportSession::switchTable3ToTyped(const QString& reason, QString* error) {
    return m_store->setTable3Typed(m_id, reason, error) && reloadFromStore(error);
}

std::vector<RegisterEntry> ReportSession::requestsBehind(CellRef cell) const {
    const FormDefinition& form = m_document->form();
    if (!cell.isValid() || cell.index >= form.cells().size())
        return {};
    const CellDefinition& definition = form.cell(cell);
    const TableDefinition& table = form.tables()[size_t(definition.table)];
    if (table.id != u"t3")
        return {};
    return RequestRegister::entriesInCell(
        m_store->requests(report().agency, std::nullopt, ReportStore::RequestData::ForList),
        report().year, table.rows[size_t(definition.row)].key,
        table.columns[size_t(definition.column)].key);
}

} // namespace nianbao
