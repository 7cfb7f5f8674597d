// Each unit in its own lane on a shared server, enforced by the server (row-level security),
// not by Nianbao: a unit's role sees and changes only its own agency's reports and register;
// the county office's role reads all, returns a report (退回) and finalizes one on a unit's
// behalf; nobody changes a finalized report without a recorded reopening.
// `nianbao server init` / `add-unit` (app/cli).
#include "model/storage/reportstore.h"

#include "model/storage/dialect.h"
#include "model/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

using storage::describe;
using storage::prepared;
using storage::Transaction;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
};

// Group roles: every unit's role is a member of the first, the county office's of the second.
const QString kUnitGroup = u"nianbao_unit"_s;
const QString kCountyGroup = u"nianbao_county"_s;

// Tables whose rows belong to an agency, and those whose rows belong to a report.
const QStringList kAgencyTables = {u"report"_s, u"request"_s, u"request_history"_s,
                                   u"review_case"_s};
const QStringList kReportTables = {
    u"cell"_s,         u"text"_s,        u"history"_s,      u"acknowledgement"_s,
    u"finalization"_s, u"cell_source"_s, u"report_return"_s};
// The county office's own (schema 6: the units on its board): read by it alone.
const QStringList kCountyTables = {u"unit"_s};

// The county office returns a report (退回) and finalizes one on a unit's behalf: it may change
// a report's status and dates, record a finalization, its reopening, the return and the
// history line — never a report's content (cells, texts), which stay the unit's.
QStringList countyOfficeStatements() {
    QStringList sql = {
        u"GRANT UPDATE (status, modified, published, errors, warnings) ON report TO %1"_s.arg(
            kCountyGroup),
        u"GRANT INSERT, UPDATE (reopened_at, reopen_reason, reopened_by) ON finalization TO %1"_s
            .arg(kCountyGroup),
        u"GRANT INSERT ON report_return, history TO %1"_s.arg(kCountyGroup),
        // A history line of the same target a moment ago is folded into it (recordHistory).
        u"GRANT UPDATE (old, new, at, \"user\") ON history TO %1"_s.arg(kCountyGroup),
        u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(kCountyGroup)};
    for (const QString& table : {u"report"_s, u"finalization"_s, u"history"_s}) {
        sql << u"DROP POLICY IF EXISTS county_acts ON %1"_s.arg(table)
            << u"CREATE POLICY county_acts ON %1 FOR UPDATE TO %2 USING (true) WITH CHECK (true)"_s
                   .arg(table, kCountyGroup);
    }
    for (const QString& table : {u"finalization"_s, u"report_return"_s, u"history"_s}) {
        sql << u"DROP POLICY IF EXISTS county_records ON %1"_s.arg(table)
            << u"CREATE POLICY county_records ON %1 FOR INSERT TO %2 WITH CHECK (true)"_s.arg(
                   table, kCountyGroup);
    }
    return sql;
}

// Nobody — a unit, the county office, a script with a unit's role — changes a finalized
// report without reopening it, and a reopening is recorded (the finalization's reopened_at):
// enforced by the server with triggers, whatever client writes.
QStringList finalizedGuardStatements() {
    QStringList sql = {
        u"CREATE OR REPLACE FUNCTION nianbao_finalized_guard() RETURNS trigger LANGUAGE plpgsql "
        u"AS $$ DECLARE r BIGINT; BEGIN "
        u"r := CASE WHEN TG_OP = 'DELETE' THEN OLD.report ELSE NEW.report END; "
        u"IF EXISTS (SELECT 1 FROM report WHERE id = r AND status = 'finalized') THEN "
        u"RAISE EXCEPTION 'report % is finalized: reopen it first (the reopening is recorded)', "
        u"r USING ERRCODE = 'insufficient_privilege'; END IF; "
        u"IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"_s,
        u"CREATE OR REPLACE FUNCTION nianbao_reopen_guard() RETURNS trigger LANGUAGE plpgsql AS "
        u"$$ BEGIN "
        u"IF OLD.status = 'finalized' AND NEW.status <> 'finalized' AND NOT EXISTS (SELECT 1 "
        u"FROM finalization f WHERE f.report = NEW.id AND f.reopened_at IS NOT NULL AND f.id = "
        u"(SELECT max(id) FROM finalization WHERE report = NEW.id)) THEN "
        u"RAISE EXCEPTION 'report % cannot leave 定稿 without a recorded reopening', NEW.id "
        u"USING ERRCODE = 'insufficient_privilege'; END IF; "
        u"IF OLD.status = 'finalized' AND NEW.status = 'finalized' AND (NEW.agency, NEW.year, "
        u"NEW.level, NEW.form) IS DISTINCT FROM (OLD.agency, OLD.year, OLD.level, OLD.form) THEN "
        u"RAISE EXCEPTION 'report % is finalized: reopen it first', NEW.id USING ERRCODE = "
        u"'insufficient_privilege'; END IF; RETURN NEW; END $$"_s,
        u"DROP TRIGGER IF EXISTS nianbao_reopen_guard ON report"_s,
        u"CREATE TRIGGER nianbao_reopen_guard BEFORE UPDATE ON report FOR EACH ROW EXECUTE "
        u"FUNCTION nianbao_reopen_guard()"_s};
    for (const QString& table : {u"cell"_s, u"text"_s, u"cell_source"_s, u"acknowledgement"_s}) {
        sql << u"DROP TRIGGER IF EXISTS nianbao_finalized_guard ON %1"_s.arg(table)
            << u"CREATE TRIGGER nianbao_finalized_guard BEFORE INSERT OR UPDATE OR DELETE ON %1 "
               u"FOR EACH ROW EXECUTE FUNCTION nianbao_finalized_guard()"_s.arg(table);
    }
    return sql;
}

// The statements of `server init`: safe to run again (after an upgrade of the schema, too).
QStringList laneStatements() {
    // DROP POLICY IF EXISTS says what it skipped; that is no news.
    QStringList sql = {u"SET LOCAL client_min_messages = warning"_s};
    for (const QString& group : {kUnitGroup, kCountyGroup})
        sql << u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
               u"CREATE ROLE %1 NOLOGIN; END IF; END $$"_s.arg(group);
    sql << u"CREATE TABLE IF NOT EXISTS nianbao_unit (role TEXT PRIMARY KEY, agency TEXT NOT NULL "
           u"UNIQUE, level TEXT NOT NULL DEFAULT '')"_s;
    const QString all = (kAgencyTables + kReportTables).join(u", "_s);
    sql << u"GRANT SELECT ON nianbao_schema, nianbao_unit TO %1, %2"_s.arg(kUnitGroup, kCountyGroup)
        << u"GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(all, kUnitGroup)
        << u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(kUnitGroup)
        << u"GRANT SELECT ON %1 TO %2"_s.arg(all + u", "_s + kCountyTables.join(u", "_s),
                                             kCountyGroup);
    // A unit's own agency, from the table of units, which it may read only its own line of.
    const QString ownAgency =
        u"agency = (SELECT u.agency FROM nianbao_unit u WHERE u.role = current_user)"_s;
    auto policies = [&](const QString& table, const QString& lane) {
        sql << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table)
            << u"DROP POLICY IF EXISTS unit_lane ON %1"_s.arg(table)
            << u"CREATE POLICY unit_lane ON %1 FOR ALL TO %2 USING (%3) WITH CHECK (%3)"_s.arg(
                   table, kUnitGroup, lane)
            << u"DROP POLICY IF EXISTS county_reads ON %1"_s.arg(table)
            << u"CREATE POLICY county_reads ON %1 FOR SELECT TO %2 USING (true)"_s.arg(
                   table, kCountyGroup);
    };
    policies(u"nianbao_unit"_s, u"role = current_user"_s);
    for (const QString& table : kAgencyTables)
        policies(table, ownAgency);
    // The report's own policy decides which reports are visible: the lane follows it.
    for (const QString& table : kReportTables)
        policies(table, u"report IN (SELECT id FROM report)"_s);
    sql << countyOfficeStatements() << finalizedGuardStatements();
    return sql;
}

bool runAll(QSqlDatabase& db, const QStringList& statements, QString* error) {
    for (const QString& statement : statements) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            if (error)
                *error = describe(q.lastError());
            return false;
        }
    }
    return true;
}

} // namespace

bool ReportStore::initLanes(QString* error) {
    if (!m_dialect->isServer()) {
        if (error)
            *error = Tr::tr("%1 is not on a server: lanes need a PostgreSQL server").arg(m_path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    QString failure;
    if (!runAll(db, laneStatements(), &failure)) {
        if (error)
            *error = Tr::tr("setting up %1 failed: %2; nothing was changed").arg(m_path, failure);
        return false;
    }
    return transaction.commit(error);
}

bool ReportStore::addUnitRole(const QString& agency, AgencyLevel level, const QString& role,
                              bool countyOffice, QString* error) {
    if (const auto problem = agencyNameProblem(agency)) {
        if (error)
            *error = *problem;
        return false;
    }
    if (role.trimmed().isEmpty() || role.size() > 63 || role.startsWith(u"pg_"_s)) {
        if (error)
            *error =
                Tr::tr("\"%1\" cannot be a role's name (1 to 63 characters, not pg_…)").arg(role);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString quoted = db.driver()->escapeIdentifier(role, QSqlDriver::FieldName);
    Transaction transaction(db);
    QString failure;
    // No password: the administrator gives one with the server's own tools (psql \password).
    bool done = runAll(db,
                       {u"CREATE ROLE %1 LOGIN IN ROLE %2"_s.arg(
                           quoted, countyOffice ? kCountyGroup : kUnitGroup)},
                       &failure);
    if (done && !countyOffice) {
        QSqlQuery unit =
            prepared(db, u"INSERT INTO nianbao_unit (role, agency, level) VALUES (?, ?, ?)"_s,
                     {role, agency, agencyLevelCode(level)});
        done = storage::exec(unit, &failure);
    }
    if (!done) {
        if (error)
            *error = Tr::tr("adding %1 to %2 failed: %3").arg(agency, m_path, failure);
        return false;
    }
    // The unit is on the county office's board from now on, before it has a report.
    return transaction.commit(error) && (countyOffice || addUnit(agency, level, error));
}

} // namespace nianbao
