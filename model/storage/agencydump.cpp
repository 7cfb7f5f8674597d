// One agency's reports, their history and 定稿, and its request register, as an SQL script
// that psql loads into any Nianbao database on a PostgreSQL server (the plain format of
// pg_dump, but of one unit): the backup a unit takes of its own part of the county server, and
// the way a unit's SQLite file moves onto the server. Each report is one statement whose data-
// modifying CTEs insert it and everything that belongs to it under the id the target gives it,
// so the script loads beside other units' reports; the whole script is one transaction.
#include "model/storage/reportstore.h"

#include "model/storage/dialect.h"
#include "model/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

using storage::exec;
using storage::prepared;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
};

QString identifier(const QString& name) {
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// PostgreSQL's type for a column, from the type the driver reports.
QString sqlType(const QSqlField& field) {
    switch (field.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return u"bigint"_s;
    case QMetaType::Double:
        return u"double precision"_s;
    default:
        return u"text"_s;
    }
}

QString literal(const QVariant& value, const QSqlField& field, bool typed) {
    QString text;
    if (value.isNull()) {
        text = u"NULL"_s;
    } else if (sqlType(field) == u"text") {
        text = u'\'' + value.toString().replace(u'\'', u"''"_s) + u'\'';
    } else {
        text = value.toString();
    }
    return typed ? text + u"::"_s + sqlType(field) : text;
}

// The table's rows as the VALUES of a statement, the first one's literals typed; `skip`
// names the columns left to the target (its identity, the report it belongs to).
QString valuesOf(QSqlQuery& rows, const QStringList& skip, QStringList* columns) {
    const QSqlRecord record = rows.record();
    columns->clear();
    for (int i = 0; i < record.count(); ++i) {
        if (!skip.contains(record.fieldName(i)))
            columns->append(record.fieldName(i));
    }
    QStringList lines;
    while (rows.next()) {
        QStringList fields;
        for (int i = 0; i < record.count(); ++i) {
            if (!skip.contains(record.fieldName(i)))
                fields << literal(rows.value(i), record.field(i), lines.isEmpty());
        }
        lines << u"    ("_s + fields.join(u", "_s) + u')';
    }
    return lines.join(u",\n"_s);
}

QString columnList(const QStringList& columns) {
    QStringList quoted;
    for (const QString& c : columns)
        quoted << identifier(c);
    return quoted.join(u", "_s);
}

} // namespace

std::optional<QByteArray> ReportStore::dumpAgency(const QString& agency, QString* error) const {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // The tables that hold a report's parts (a "report" column) or an agency's rows (an
    // "agency" column, the register): found from the schema, so that a table a later version
    // adds is in the dump without a change here.
    QStringList ofReport, ofAgency;
    for (const QString& table : db.tables()) {
        const QSqlRecord record = db.record(table);
        if (table == u"report")
            continue;
        if (record.contains(u"report"_s))
            ofReport << table;
        else if (record.contains(u"agency"_s))
            ofAgency << table;
    }
    ofReport.sort();
    ofAgency.sort();
    QString script;
    script += u"-- Nianbao: the reports and register of %1, schema version %2.\n"
              u"-- Load into a Nianbao database on a PostgreSQL server (version %2):\n"
              u"--   psql \"postgresql://USER@HOST/DATABASE\" -v ON_ERROR_STOP=1 -f FILE.sql\n"
              u"-- It contains applicants' names and contacts: keep it as the register itself.\n"
              u"BEGIN;\n"_s.arg(agency)
                  .arg(kSchemaVersion);
    QSqlQuery reports =
        prepared(db, u"SELECT * FROM report WHERE agency = ? ORDER BY id"_s, {agency});
    if (!exec(reports, error))
        return std::nullopt;
    int count = 0;
    std::vector<qint64> ids;
    while (reports.next())
        ids.push_back(reports.value(u"id"_s).toLongLong());
    for (qint64 id : ids) {
        QSqlQuery one = prepared(db, u"SELECT * FROM report WHERE id = ?"_s, {id});
        if (!exec(one, error))
            return std::nullopt;
        QStringList columns;
        const QString values = valuesOf(one, {u"id"_s}, &columns);
        QStringList parts;
        parts << u"r AS (INSERT INTO report (%1) VALUES\n%2\n    RETURNING id)"_s.arg(
            columnList(columns), values);
        for (const QString& table : std::as_const(ofReport)) {
            QSqlQuery rows = prepared(
                db, u"SELECT * FROM %1 WHERE report = ? ORDER BY 1"_s.arg(identifier(table)), {id});
            if (!exec(rows, error))
                return std::nullopt;
            const QString tableValues = valuesOf(rows, {u"id"_s, u"report"_s}, &columns);
            if (tableValues.isEmpty())
                continue;
            QStringList names;
            for (const QString& c : std::as_const(columns))
                names << u"v."_s + identifier(c);
            parts << u"%1 AS (INSERT INTO %2 (report, %3)\n    SELECT r.id, %4 FROM r, (VALUES\n"
                     u"%5) AS v(%3))"_s.arg(u"t_"_s + table, identifier(table), columnList(columns),
                                            names.join(u", "_s), tableValues);
        }
        script += u"WITH "_s + parts.join(u",\n"_s) + u"\nSELECT id AS report FROM r;\n"_s;
        ++count;
    }
    for (const QString& table : std::as_const(ofAgency)) {
        QSqlQuery rows = prepared(
            db, u"SELECT * FROM %1 WHERE agency = ? ORDER BY 1"_s.arg(identifier(table)), {agency});
        if (!exec(rows, error))
            return std::nullopt;
        QStringList columns;
        const QString values = valuesOf(rows, {u"id"_s}, &columns);
        if (!values.isEmpty())
            script += u"INSERT INTO %1 (%2) VALUES\n%3;\n"_s.arg(identifier(table),
                                                                 columnList(columns), values);
    }
    script += u"COMMIT;\n"_s;
    if (count == 0 && error)
        *error = Tr::tr("there is no report of %1 in %2").arg(agency, m_path);
    return script.toUtf8();
}

} // namespace nianbao
