// The 行政复议 and 行政诉讼 cases in the store, and table four written into a report from them.
#include "model/storage/reportstore.h"

#include "model/storage/dialect.h"
#include "model/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

using storage::exec;
using storage::prepared;
using storage::Transaction;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
};

} // namespace

std::optional<qint64> ReportStore::addCase(const ReviewCase& c, QString* error) {
    const QStringList problems = ReviewCases::problems(c);
    if (!problems.isEmpty()) {
        if (error)
            *error = Tr::tr("case %1: %2")
                         .arg(c.number.isEmpty() ? reviewCaseGroupName(c.group) : c.number,
                              problems.join(u"; "_s));
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    QSqlQuery insert =
        prepared(db,
                 m_dialect->insertReturningId(
                     u"INSERT INTO review_case (agency, number, case_group, year_filed, "
                     u"result, decided, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"_s),
                 {c.agency.trimmed(), c.number.trimmed(), c.group, c.yearFiled, c.result,
                  c.decided.isValid() ? c.decided.toString(Qt::ISODate) : QString(), c.notes});
    if (!exec(insert, error))
        return std::nullopt;
    const qint64 id = m_dialect->insertedId(insert);
    insert.finish();
    if (!transaction.commit(error))
        return std::nullopt;
    return id;
}

std::vector<ReviewCase> ReportStore::cases(const QString& agency, std::optional<int> year) const {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q = prepared(db,
                           u"SELECT id, agency, number, case_group, year_filed, result, decided, "
                           u"notes FROM review_case WHERE (? = '' OR agency = ?) AND (? = 0 OR "
                           u"year_filed = ?) ORDER BY agency, year_filed, id"_s,
                           {agency, agency, year.value_or(0), year.value_or(0)});
    std::vector<ReviewCase> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        ReviewCase c;
        c.id = q.value(0).toLongLong();
        c.agency = q.value(1).toString();
        c.number = q.value(2).toString();
        c.group = q.value(3).toString();
        c.yearFiled = q.value(4).toInt();
        c.result = q.value(5).toString();
        c.decided = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        c.notes = q.value(7).toString();
        result.push_back(c);
    }
    return result;
}

bool ReportStore::setTable4FromCases(qint64 id, const CaseTable4& table, QString* error) {
    return setTableFromSource(
        id, u"t4."_s, [&](Report& report) { table.applyTo(report); }, u"cases"_s, error);
}

bool ReportStore::setTableFromSource(qint64 id, const QString& cellPrefix,
                                     const std::function<void(Report&)>& apply,
                                     const QString& source, QString* error) {
    auto report = loadUnverified(id, error);
    if (!report)
        return false;
    Report computed = *report;
    apply(computed);
    std::vector<std::pair<CellRef, CellValue>> values;
    for (const auto& cell : computed.form().cells()) {
        if (cell.id.startsWith(cellPrefix))
            values.emplace_back(cell.ref, computed.value(cell.ref));
    }
    return writeCells(id, values, source, error);
}

} // namespace nianbao
