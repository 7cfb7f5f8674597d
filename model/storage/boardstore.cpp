// The county office's board in the store (schema 6): the units it expects reports from, the
// reports it sent back with a reason (退回) and the day a unit published its report. The
// reports themselves are reportstore.cpp's, finalizing and reopening finalization.cpp's.
#include "model/storage/reportstore.h"

#include "model/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

using storage::exec;
using storage::now;
using storage::osUser;
using storage::parseTime;
using storage::prepared;
using storage::Transaction;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
};

AgencyLevel levelOf(const QVariant& code) {
    return agencyLevelFromCode(code.toString()).value_or(AgencyLevel::Unknown);
}

// The latest return of each report, unless a finalization came after it.
const QString kOpenReturnsSql =
    u"SELECT r.report, r.reason, r.was_finalized, r.at, r.returned_by FROM report_return r "
    u"WHERE r.id = (SELECT max(id) FROM report_return WHERE report = r.report) AND NOT EXISTS "
    u"(SELECT 1 FROM finalization f WHERE f.report = r.report AND f.at > r.at)"_s;

ReportReturn returnFrom(const QSqlQuery& q) {
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool(),
            parseTime(q.value(3)), q.value(4).toString()};
}

} // namespace

bool ReportStore::addUnit(const QString& name, AgencyLevel level, QString* error) {
    if (const auto problem = agencyNameProblem(name)) {
        if (error)
            *error = *problem;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q = prepared(db,
                           u"INSERT INTO unit (name, level, added) VALUES (?, ?, ?) ON CONFLICT "
                           u"(name) DO UPDATE SET level = excluded.level"_s,
                           {name.trimmed(), agencyLevelCode(level), now()});
    return exec(q, error);
}

std::vector<UnitInfo> ReportStore::units() const {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    std::map<QString, UnitInfo> byName;
    QSqlQuery reports(db);
    reports.setForwardOnly(true);
    // Latest year last, so that its level is the one kept.
    if (reports.exec(
            u"SELECT agency, level FROM report WHERE deleted IS NULL ORDER BY year, id"_s)) {
        while (reports.next()) {
            UnitInfo& unit = byName[reports.value(0).toString()];
            unit.name = reports.value(0).toString();
            if (const AgencyLevel level = levelOf(reports.value(1)); level != AgencyLevel::Unknown)
                unit.level = level;
        }
    }
    QSqlQuery registered(db);
    registered.setForwardOnly(true);
    if (registered.exec(u"SELECT name, level FROM unit"_s)) {
        while (registered.next()) {
            UnitInfo& unit = byName[registered.value(0).toString()];
            unit.name = registered.value(0).toString();
            if (const AgencyLevel level = levelOf(registered.value(1));
                level != AgencyLevel::Unknown)
                unit.level = level;
        }
    }
    std::vector<UnitInfo> out;
    out.reserve(byName.size());
    for (auto& [name, unit] : byName)
        out.push_back(std::move(unit));
    return out;
}

std::vector<BoardReportInfo> ReportStore::boardReports(int year) const {
    std::vector<BoardReportInfo> out;
    for (StoredReportInfo& info : query(false, year))
        out.push_back({std::move(info), AgencyLevel::Unknown, {}, {}, {}});
    QHash<qint64, BoardReportInfo*> byId;
    for (BoardReportInfo& entry : out)
        byId.insert(entry.info.id, &entry);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery reports = prepared(
        db, u"SELECT id, level, published FROM report WHERE deleted IS NULL AND year = ?"_s,
        {year});
    if (reports.exec()) {
        while (reports.next()) {
            if (BoardReportInfo* entry = byId.value(reports.value(0).toLongLong())) {
                entry->level = levelOf(reports.value(1));
                entry->publishedOn = QDate::fromString(reports.value(2).toString(), Qt::ISODate);
            }
        }
    }
    QSqlQuery finalized = prepared(db,
                                   u"SELECT f.report, f.finalized_on FROM finalization f JOIN "
                                   u"report r ON r.id = f.report WHERE r.year = ? AND "
                                   u"f.reopened_at IS NULL"_s,
                                   {year});
    if (finalized.exec()) {
        while (finalized.next()) {
            if (BoardReportInfo* entry = byId.value(finalized.value(0).toLongLong()))
                entry->finalizedOn = QDate::fromString(finalized.value(1).toString(), Qt::ISODate);
        }
    }
    QSqlQuery returns = prepared(
        db, kOpenReturnsSql + u" AND r.report IN (SELECT id FROM report WHERE year = ?)"_s, {year});
    if (returns.exec()) {
        while (returns.next()) {
            if (BoardReportInfo* entry = byId.value(returns.value(0).toLongLong()))
                entry->openReturn = returnFrom(returns);
        }
    }
    return out;
}

bool ReportStore::returnReport(qint64 id, const QString& reason, QString* error) {
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = Tr::tr("returning a report needs a written reason");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery exists =
        prepared(db, u"SELECT 1 FROM report WHERE id = ? AND deleted IS NULL"_s, {id});
    if (!exec(exists, error))
        return false;
    if (!exists.next()) {
        if (error)
            *error = Tr::tr("there is no report %1").arg(id);
        return false;
    }
    exists.finish();
    const bool finalized = status(id) == ReportStatus::Finalized;
    Transaction transaction(db);
    if (finalized && !markReopened(id, reason, error))
        return false;
    QSqlQuery add = prepared(db,
                             u"INSERT INTO report_return (report, reason, was_finalized, at, "
                             u"returned_by) VALUES (?, ?, ?, ?, ?)"_s,
                             {id, reason.trimmed(), finalized ? 1 : 0, now(), osUser()});
    if (!exec(add, error))
        return false;
    if (!finalized &&
        !recordHistory(id, u"status"_s, u"draft"_s, u"returned: "_s + reason.trimmed(), error))
        return false;
    return transaction.commit(error);
}

std::optional<ReportReturn> ReportStore::openReturn(qint64 id) const {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q = prepared(db, kOpenReturnsSql + u" AND r.report = ?"_s, {id});
    if (!q.exec() || !q.next())
        return std::nullopt;
    return returnFrom(q);
}

std::map<qint64, ReportReturn> ReportStore::openReturns() const {
    std::map<qint64, ReportReturn> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (q.exec(kOpenReturnsSql)) {
        while (q.next()) {
            ReportReturn r = returnFrom(q);
            out.emplace(r.report, std::move(r));
        }
    }
    return out;
}

bool ReportStore::setPublished(qint64 id, const QDate& date, QString* error) {
    if (!date.isValid()) {
        if (error)
            *error = Tr::tr("the date of publication is not a valid date");
        return false;
    }
    if (status(id) != ReportStatus::Finalized) {
        if (error)
            *error =
                Tr::tr("report %1 is not finalized; only a finalized report is published").arg(id);
        return false;
    }
    // Published after it was finalized (the date of 定稿), never before.
    if (const auto finalized = finalization(id); finalized && date < finalized->approval.date) {
        if (error)
            *error = Tr::tr("report %1 was finalized on %2; it cannot have been published before, "
                            "on %3")
                         .arg(id)
                         .arg(finalized->approval.date.toString(Qt::ISODate),
                              date.toString(Qt::ISODate));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    QSqlQuery q = prepared(db, u"UPDATE report SET published = ? WHERE id = ?"_s,
                           {date.toString(Qt::ISODate), id});
    if (!exec(q, error) ||
        !recordHistory(id, u"published"_s, QString(), date.toString(Qt::ISODate), error))
        return false;
    return transaction.commit(error);
}

} // namespace nianbao
