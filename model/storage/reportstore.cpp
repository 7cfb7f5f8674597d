#include "model/storage/reportstore.h"
#include "model/storage/storelock.h"

#include "model/storage/dialect.h"
#include "model/storage/sqlsupport.h"

#include "model/core/json.h"
#include "model/core/reportjson.h"
#include "model/core/validator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

using storage::describe;
using storage::exec;
using storage::now;
using storage::osUser;
using storage::parseTime;
using storage::prepared;
using storage::timestamp;
using storage::Transaction;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
};

// How long consecutive edits of one target by one user fold into one history entry: the
// narrative autosaves about every second while the clerk types.
constexpr qint64 kHistoryFoldSeconds = 120;

// A cell value as one text: "" not filled, "/", "-", "?原文" unreadable, else the number.
QString encode(const CellValue& v) {
    switch (v.state) {
    case CellState::Empty:
        return {};
    case CellState::Number:
        return v.number.toString();
    case CellState::NotApplicable:
        return u"/"_s;
    case CellState::Dash:
        return u"-"_s;
    case CellState::Unreadable:
        return u'?' + v.text;
    }
    return {};
}

std::optional<CellValue> decode(const QString& s) {
    if (s.isEmpty())
        return CellValue::empty();
    if (s == u"/")
        return CellValue::notApplicable();
    if (s == u"-")
        return CellValue::dash();
    if (s.startsWith(u'?'))
        return CellValue::unreadable(s.mid(1));
    if (const auto d = Decimal::parse(s))
        return CellValue::of(*d);
    return std::nullopt;
}

QString extraKeysJson(const Report& report) {
    if (report.extraKeys.empty())
        return {};
    JsonValue object = JsonValue::object();
    object.members = report.extraKeys;
    return QString::fromUtf8(writeJson(object));
}

std::vector<JsonMember> extraKeysFrom(const QString& json) {
    if (json.isEmpty())
        return {};
    JsonError error;
    const auto value = parseJson(json.toUtf8(), &error);
    return value && value->isObject() ? value->members : std::vector<JsonMember>{};
}

} // namespace

std::shared_ptr<const FormDefinition> ReportStore::formOf(qint64 id, QString* error) const {
    if (auto it = m_forms.constFind(id); it != m_forms.constEnd())
        return *it;
    QSqlQuery q = prepared(QSqlDatabase::database(m_connection),
                           u"SELECT form FROM report WHERE id = ?"_s, {id});
    if (!q.exec() || !q.next()) {
        if (error)
            *error = Tr::tr("there is no report %1 in %2").arg(id).arg(m_path);
        return nullptr;
    }
    auto form = FormDefinition::builtIn(q.value(0).toString());
    if (!form) {
        if (error)
            *error =
                Tr::tr("report %1 uses the unknown form \"%2\"").arg(id).arg(q.value(0).toString());
        return nullptr;
    }
    m_forms.insert(id, form);
    return form;
}

std::optional<qint64> ReportStore::create(const Report& report, QString* error) {
    if (const auto problem = agencyNameProblem(report.agency)) {
        if (error)
            *error = *problem;
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    const QString time = now();
    QSqlQuery q = prepared(
        db,
        m_dialect->insertReturningId(u"INSERT INTO report (form, agency, year, level, created, "
                                     u"modified, extra) VALUES (?, ?, ?, ?, ?, ?, ?)"_s),
        {report.form().id(), report.agency, report.year, agencyLevelCode(report.level), time, time,
         extraKeysJson(report)});
    if (!exec(q, error))
        return std::nullopt;
    const qint64 id = m_dialect->insertedId(q);
    q.finish();
    if (!insertContent(db, id, report, error) || !forgetCounts(id, true, error))
        return std::nullopt;
    if (!transaction.commit(error))
        return std::nullopt;
    m_forms.insert(id, report.formPtr());
    return id;
}

bool ReportStore::insertContent(QSqlDatabase& db, qint64 id, const Report& report, QString* error) {
    QSqlQuery cell(db);
    cell.prepare(u"INSERT INTO cell (report, cell, value) VALUES (?, ?, ?)"_s);
    for (const auto& c : report.form().cells()) {
        const CellValue& v = report.value(c.ref);
        if (v.isEmpty())
            continue;
        cell.addBindValue(id);
        cell.addBindValue(c.id);
        cell.addBindValue(encode(v));
        if (!exec(cell, error))
            return false;
    }
    QSqlQuery text(db);
    text.prepare(u"INSERT INTO text (report, part, body) VALUES (?, ?, ?)"_s);
    for (size_t i = 0; i < report.form().texts().size(); ++i) {
        const QString& body = report.text(static_cast<int>(i));
        if (body.isEmpty())
            continue;
        text.addBindValue(id);
        text.addBindValue(report.form().texts()[i].id);
        text.addBindValue(body);
        if (!exec(text, error))
            return false;
    }
    return true;
}

bool ReportStore::forgetCounts(qint64 id, bool wholeAgency, QString* error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // Only rows that still have counts are written: while the clerk types, the first
    // keystroke forgets them and the following ones change nothing here.
    QSqlQuery q = prepared(
        db,
        wholeAgency ? u"UPDATE report SET errors = NULL, warnings = NULL WHERE agency = (SELECT "
                      u"agency FROM report WHERE id = ?) AND (errors IS NOT NULL OR warnings IS "
                      u"NOT NULL)"_s
                    : u"UPDATE report SET errors = NULL, warnings = NULL WHERE (id = ? OR id IN "
                      u"(SELECT n.id FROM report r JOIN report n ON n.agency = r.agency AND "
                      u"n.year = r.year + 1 WHERE r.id = ?)) AND (errors IS NOT NULL OR "
                      u"warnings IS NOT NULL)"_s,
        wholeAgency ? QVariantList{id} : QVariantList{id, id});
    return exec(q, error);
}

std::vector<StoredReportInfo> ReportStore::query(bool deleted, std::optional<int> year) const {
    std::vector<StoredReportInfo> out;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql =
        u"SELECT id, agency, year, status = 'finalized', modified, deleted, errors, warnings, "
        u"status = 'finalized' OR EXISTS (SELECT 1 FROM finalization f WHERE f.report = r.id) FROM "
        u"report r WHERE deleted IS %1 NULL %2 ORDER BY agency, year, id"_s.arg(
            deleted ? u"NOT"_s : QString(), year ? u"AND year = %1"_s.arg(*year) : QString());
    // The start page after the server came back: connected again, not an empty list.
    if (!withReconnect(
            [&] {
                q = QSqlQuery(QSqlDatabase::database(m_connection));
                q.setForwardOnly(true);
                return q.exec(sql);
            },
            nullptr))
        return out;
    // Reports to load: those whose counts are not known (see forgetCounts), and those
    // finalized, whose content is compared with what was finalized at every listing.
    QStringList uncounted;
    QStringList toLoad;
    while (q.next()) {
        StoredReportInfo info;
        info.id = q.value(0).toLongLong();
        info.agency = q.value(1).toString();
        info.year = static_cast<int>(q.value(2).toLongLong());
        // The status compared in SQL, each column read once, integers as SQLite gives them
        // (toInt converts through QMetaType, 6× toLongLong): db list reads hundreds of rows.
        info.status = q.value(3).toLongLong() == 1 ? ReportStatus::Finalized : ReportStatus::Draft;
        info.modified = parseTime(q.value(4));
        if (const QVariant trashedAt = q.value(5); !trashedAt.isNull())
            info.deleted = parseTime(trashedAt);
        const QVariant errors = q.value(6);
        const QVariant warnings = q.value(7);
        const bool counted = !errors.isNull() && !warnings.isNull();
        if (!counted) {
            uncounted << QString::number(info.id);
            info.errors = -1;
        } else {
            info.errors = static_cast<int>(errors.toLongLong());
            info.warnings = static_cast<int>(warnings.toLongLong());
        }
        if (!counted || q.value(8).toLongLong() == 1)
            toLoad << QString::number(info.id);
        out.push_back(std::move(info));
    }
    q.finish();
    if (toLoad.isEmpty())
        return out;
    // Those reports and, for the counts, last year's of each (the live one, the newest).
    const QString ids = toLoad.join(u',');
    QSet<qint64> trashed;
    const auto reports = loadReports(
        u"r.id IN (%1) OR (r.deleted IS NULL AND r.id IN (SELECT p.id FROM report p JOIN "
        u"report t ON p.agency = t.agency AND p.year = t.year - 1 WHERE t.id IN (%2)))"_s.arg(
            ids, uncounted.isEmpty() ? u"NULL"_s : uncounted.join(u',')),
        {}, nullptr, &trashed);
    QHash<QPair<QString, int>, qint64> live;
    for (const auto& [id, report] : reports) {
        if (!trashed.contains(id))
            live.insert({report.agency, report.year}, id); // ids ascend: the newest wins
    }
    std::vector<const StoredReportInfo*> counted;
    for (auto& info : out) {
        const auto it = reports.find(info.id);
        if (it == reports.end())
            continue;
        if (info.errors < 0) {
            const auto previousId = live.constFind({it->second.agency, it->second.year - 1});
            const Report* previous =
                previousId == live.constEnd() ? nullptr : &reports.at(*previousId);
            const auto findings = Validator::check(it->second, previous);
            info.errors = Validator::countOf(findings, Severity::Error);
            info.warnings = Validator::countOf(findings, Severity::Warning);
            counted.push_back(&info);
        }
        info.finalizedContentChanged = compareWithFinalization(info.id, it->second).has_value();
    }
    for (auto& info : out)
        info.errors = std::max(info.errors, 0); // a report that cannot be loaded
    // Kept for the next listing. Only a cache: a store opened without its lock (a read-only
    // command on a full disk) writes nothing, and a write that fails changes nothing shown.
    if (!counted.empty() && (m_lock || m_dialect->isServer())) {
        Transaction transaction(db);
        QSqlQuery keep(db);
        keep.prepare(u"UPDATE report SET errors = ?, warnings = ? WHERE id = ?"_s);
        for (const StoredReportInfo* info : counted) {
            keep.addBindValue(info->errors);
            keep.addBindValue(info->warnings);
            keep.addBindValue(info->id);
            if (!keep.exec())
                return out;
        }
        transaction.commit(nullptr);
    }
    return out;
}

std::vector<StoredReportInfo> ReportStore::list() const {
    return query(false);
}
std::vector<StoredReportInfo> ReportStore::trash() const {
    return query(true);
}

std::optional<Report> ReportStore::load(qint64 id, QString* error) const {
    auto report = loadUnverified(id, error);
    if (!report)
        return std::nullopt;
    if (const auto mismatch = compareWithFinalization(id, *report)) {
        if (error)
            *error = describeMismatch(id, *mismatch);
        return std::nullopt;
    }
    return report;
}

std::optional<Report> ReportStore::loadUnverified(qint64 id, QString* error) const {
    auto reports = loadReports(u"r.id = ?"_s, {id}, error);
    if (reports.empty()) {
        if (error && error->isEmpty())
            *error = Tr::tr("there is no report %1 in %2").arg(id).arg(m_path);
        return std::nullopt;
    }
    return std::move(reports.begin()->second);
}

std::map<qint64, Report> ReportStore::loadReports(const QString& condition,
                                                  const QVariantList& values, QString* error,
                                                  QSet<qint64>* trashed) const {
    std::map<qint64, Report> reports;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    {
        QSqlQuery q = prepared(
            db,
            u"SELECT r.id, r.form, r.agency, r.year, r.level, r.extra, r.deleted FROM report r WHERE "_s +
                condition,
            values);
        q.setForwardOnly(true);
        if (!exec(q, error))
            return {};
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            auto form = FormDefinition::builtIn(q.value(1).toString());
            if (!form) {
                if (error)
                    *error = Tr::tr("report %1 uses the unknown form \"%2\"")
                                 .arg(id)
                                 .arg(q.value(1).toString());
                return {};
            }
            m_forms.insert(id, form);
            Report report(form);
            report.agency = q.value(2).toString();
            report.year = q.value(3).toInt();
            report.level =
                agencyLevelFromCode(q.value(4).toString()).value_or(AgencyLevel::Unknown);
            report.extraKeys = extraKeysFrom(q.value(5).toString());
            if (trashed && !q.value(6).isNull())
                trashed->insert(id);
            reports.emplace(id, std::move(report));
        }
    }
    {
        QSqlQuery cells = prepared(db,
                                   u"SELECT c.report, c.cell, c.value FROM cell c JOIN report r "
                                   u"ON r.id = c.report WHERE "_s +
                                       condition,
                                   values);
        cells.setForwardOnly(true);
        if (!exec(cells, error))
            return {};
        while (cells.next()) {
            auto it = reports.find(cells.value(0).toLongLong());
            if (it == reports.end())
                continue;
            const auto ref = it->second.form().findCell(cells.value(1).toString());
            const auto value = decode(cells.value(2).toString());
            if (!ref || !value) {
                if (error)
                    *error = Tr::tr("report %1 holds an unreadable cell \"%2\"")
                                 .arg(it->first)
                                 .arg(cells.value(1).toString());
                return {};
            }
            it->second.setValue(*ref, *value);
        }
    }
    QSqlQuery texts = prepared(db,
                               u"SELECT t.report, t.part, t.body FROM text t JOIN report r ON "
                               u"r.id = t.report WHERE "_s +
                                   condition,
                               values);
    texts.setForwardOnly(true);
    if (!exec(texts, error))
        return {};
    while (texts.next()) {
        auto it = reports.find(texts.value(0).toLongLong());
        if (it == reports.end())
            continue;
        const int index = it->second.form().findText(texts.value(1).toString());
        if (index >= 0)
            it->second.setText(index, texts.value(2).toString());
    }
    return reports;
}

std::optional<qint64> ReportStore::duplicate(qint64 id, QString* error) {
    const auto report = load(id, error);
    if (!report)
        return std::nullopt;
    return create(*report, error);
}

bool ReportStore::rename(qint64 id, const QString& agency, QString* error) {
    const auto report = load(id, error);
    if (!report)
        return false;
    return setMetadata(id, agency, report->year, report->level, error);
}

bool ReportStore::setMetadata(qint64 id, const QString& agency, int year, AgencyLevel level,
                              QString* error) {
    if (!checkWritable(id, error))
        return false;
    const QString trimmed = agency.trimmed();
    if (const auto problem = agencyNameProblem(trimmed)) {
        if (error)
            *error = *problem;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery old = prepared(db, u"SELECT agency, year, level FROM report WHERE id = ?"_s, {id});
    if (!exec(old, error) || !old.next())
        return false;
    const QString before = u"%1|%2|%3"_s.arg(old.value(0).toString(), old.value(1).toString(),
                                             old.value(2).toString());
    const QString after = u"%1|%2|%3"_s.arg(trimmed).arg(year).arg(agencyLevelCode(level));
    old.finish();
    if (before == after)
        return true;
    Transaction transaction(db);
    QSqlQuery q = prepared(db,
                           u"UPDATE report SET agency = ?, year = ?, level = ?, modified = ? "
                           u"WHERE id = ?"_s,
                           {trimmed, year, agencyLevelCode(level), now(), id});
    // The agency before and the agency after each lose or gain a year.
    if (!forgetCounts(id, true, error) || !exec(q, error) || !forgetCounts(id, true, error) ||
        !recordHistory(id, u"metadata"_s, before, after, error))
        return false;
    return transaction.commit(error);
}

bool ReportStore::moveToTrash(qint64 id, QString* error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    QSqlQuery q = prepared(db, u"UPDATE report SET deleted = ? WHERE id = ? AND deleted IS NULL"_s,
                           {now(), id});
    if (!exec(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = Tr::tr("there is no report %1 to delete").arg(id);
        return false;
    }
    if (!forgetCounts(id, true, error))
        return false;
    return transaction.commit(error);
}

bool ReportStore::restoreFromTrash(qint64 id, QString* error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    QSqlQuery q = prepared(
        db, u"UPDATE report SET deleted = NULL WHERE id = ? AND deleted IS NOT NULL"_s, {id});
    if (!exec(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = Tr::tr("report %1 is not in the trash").arg(id);
        return false;
    }
    if (!forgetCounts(id, true, error))
        return false;
    return transaction.commit(error);
}

std::optional<qint64> ReportStore::findReport(const QString& agency, int year) const {
    QSqlQuery q = prepared(QSqlDatabase::database(m_connection),
                           u"SELECT id FROM report WHERE agency = ? AND year = ? AND deleted IS "
                           u"NULL ORDER BY id DESC LIMIT 1"_s,
                           {agency, year});
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<Report> ReportStore::previousYear(qint64 id) const {
    QSqlQuery q = prepared(QSqlDatabase::database(m_connection),
                           u"SELECT agency, year FROM report WHERE id = ?"_s, {id});
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto previous = findReport(q.value(0).toString(), q.value(1).toInt() - 1);
    q.finish();
    if (!previous)
        return std::nullopt;
    // Last year's figures as stored: they are compared with, never vouched for.
    return loadUnverified(*previous, nullptr);
}

std::optional<qint64> ReportStore::createNextYear(qint64 lastYearId, QString* error) {
    const auto last = load(lastYearId, error);
    if (!last)
        return std::nullopt;
    if (const auto existing = findReport(last->agency, last->year + 1)) {
        if (error)
            *error = Tr::tr("%1 already has a report for %2 (number %3)")
                         .arg(last->agency)
                         .arg(last->year + 1)
                         .arg(*existing);
        return std::nullopt;
    }
    Report next(last->formPtr());
    next.agency = last->agency;
    next.year = last->year + 1;
    next.level = last->level;
    const FormDefinition& form = next.form();
    const auto& carriedIn = form.fact(Fact::RequestsCarriedIn);
    const auto& carriedOver = form.fact(Fact::RequestsCarriedOver);
    // The facts name totals only; the carry-over moves across for every column of the row.
    if (!carriedIn.empty() && !carriedOver.empty()) {
        const CellDefinition& in = form.cell(carriedIn.front());
        const CellDefinition& over = form.cell(carriedOver.front());
        for (CellRef ref : form.tables()[in.table].cells) {
            const CellDefinition& target = form.cell(ref);
            if (target.row != in.row)
                continue;
            for (CellRef source : form.tables()[over.table].cells) {
                const CellDefinition& s = form.cell(source);
                if (s.row == over.row && s.column == target.column)
                    next.setValue(ref, last->value(source));
            }
        }
    }
    return create(next, error);
}

QByteArray ReportStore::exchangeJson(qint64 id, Report report) const {
    // What the store knows beyond the report's content travels as extra keys.
    const auto acknowledged = acknowledgements(id);
    if (!acknowledged.empty()) {
        JsonValue list = JsonValue::array();
        for (const auto& [finding, reason] : acknowledged) {
            JsonValue item = JsonValue::object();
            item.insert(u"finding"_s, JsonValue::string(finding));
            item.insert(u"reason"_s, JsonValue::string(reason));
            list.elements.push_back(std::move(item));
        }
        report.extraKeys.push_back({u"acknowledged"_s, std::move(list)});
    }
    if (const auto f = finalization(id)) {
        JsonValue item = JsonValue::object();
        item.insert(u"date"_s, JsonValue::string(f->approval.date.toString(Qt::ISODate)));
        item.insert(u"preparer"_s, JsonValue::string(f->approval.preparer));
        item.insert(u"reviewer"_s, JsonValue::string(f->approval.reviewer));
        item.insert(u"approver"_s, JsonValue::string(f->approval.approver));
        item.insert(u"sha256"_s, JsonValue::string(f->hash));
        report.extraKeys.push_back({u"finalized"_s, std::move(item)});
    }
    return ReportJson::toJson(report);
}

bool ReportStore::checkWritable(qint64 id, QString* error) const {
    if (m_writeFault) {
        if (const QString fault = m_writeFault(); !fault.isEmpty()) {
            if (error)
                *error = fault;
            return false;
        }
    }
    // Another process that took the store over (its lock file deleted and taken) must not
    // see our writes interleaved with its own.
    if (m_lock && !m_lock->verify(error))
        return false;
    // A server that went away (restarted, the network cut) is connected to again here, before
    // every edit: the pending edits of a session get through once it is back.
    QSqlQuery q;
    QString lost;
    const bool read = withReconnect(
        [&] {
            q = prepared(QSqlDatabase::database(m_connection),
                         u"SELECT status, deleted FROM report WHERE id = ?"_s, {id});
            return q.exec();
        },
        &lost);
    if (!lost.isEmpty()) {
        if (error)
            *error = lost;
        return false;
    }
    if (!read || !q.next()) {
        if (error)
            *error = Tr::tr("there is no report %1 in %2").arg(id).arg(m_path);
        return false;
    }
    if (q.value(0).toString() == u"finalized") {
        if (error)
            *error = Tr::tr("report %1 is finalized (定稿) and read-only; reopen it to change it")
                         .arg(id);
        return false;
    }
    if (!q.value(1).isNull()) {
        if (error)
            *error = Tr::tr("report %1 is in the trash; restore it to change it").arg(id);
        return false;
    }
    q.finish();
    // Marked a draft, but finalized and never reopened: the status was changed in the file.
    if (finalization(id)) {
        if (error) {
            if (const auto mismatch = verifyFinalized(id))
                *error = describeMismatch(id, *mismatch);
        }
        return false;
    }
    return true;
}

bool ReportStore::recordHistory(qint64 id, const QString& target, const QString& oldValue,
                                const QString& newValue, QString* error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QDateTime time = QDateTime::currentDateTimeUtc();
    const QString user = osUser();
    // Fold a burst of edits of one target into one entry: the burst's first old value and
    // its last new value.
    QSqlQuery last = prepared(db,
                              u"SELECT id, target, at, \"user\" FROM history WHERE report = ? "
                              u"ORDER BY id DESC LIMIT 1"_s,
                              {id});
    if (!exec(last, error))
        return false;
    if (last.next() && last.value(1).toString() == target && last.value(3).toString() == user &&
        parseTime(last.value(2)).secsTo(time) < kHistoryFoldSeconds) {
        const qint64 entry = last.value(0).toLongLong();
        last.finish();
        QSqlQuery update = prepared(db, u"UPDATE history SET new = ?, at = ? WHERE id = ?"_s,
                                    {newValue, timestamp(time), entry});
        return exec(update, error);
    }
    last.finish();
    QSqlQuery insert = prepared(db,
                                u"INSERT INTO history (report, target, old, new, at, \"user\") "
                                u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                                {id, target, oldValue, newValue, timestamp(time), user});
    if (!exec(insert, error))
        return false;
    QSqlQuery touch =
        prepared(db, u"UPDATE report SET modified = ? WHERE id = ?"_s, {timestamp(time), id});
    return exec(touch, error);
}

bool ReportStore::setCellValue(qint64 id, CellRef cell, const CellValue& value, QString* error) {
    return setCellValues(id, {{cell, value}}, error);
}

bool ReportStore::setCellValues(qint64 id, const std::vector<std::pair<CellRef, CellValue>>& values,
                                QString* error) {
    return writeCells(id, values, {}, error);
}

bool ReportStore::writeCells(qint64 id, const std::vector<std::pair<CellRef, CellValue>>& values,
                             const QString& source, QString* error,
                             const std::vector<CellValue>* expected,
                             std::vector<CellRef>* conflicts) {
    const auto form = formOf(id, error);
    if (!form || !checkWritable(id, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    if (!m_dialect->lockReport(db, id, error))
        return false;
    bool changed = false;
    std::vector<CellRef> conflicting;
    for (size_t i = 0; i < values.size(); ++i) {
        const auto& [cell, value] = values[i];
        if (cell.index >= form->cells().size()) {
            if (error)
                *error = Tr::tr("no such cell in report %1").arg(id);
            return false;
        }
        const QString cellId = form->cell(cell).id;
        QString oldValue;
        {
            QSqlQuery q = prepared(db, u"SELECT value FROM cell WHERE report = ? AND cell = ?"_s,
                                   {id, cellId});
            if (!exec(q, error))
                return false;
            if (q.next())
                oldValue = q.value(0).toString();
        }
        const QString newValue = encode(value);
        if (expected && oldValue != newValue && oldValue != encode((*expected)[i])) {
            conflicting.push_back(cell);
            continue;
        }
        // A value typed over a computed one is the clerk's: its recorded source goes.
        QSqlQuery sourceQuery =
            source.isEmpty()
                ? prepared(db, u"DELETE FROM cell_source WHERE report = ? AND cell = ?"_s,
                           {id, cellId})
                : prepared(db,
                           u"INSERT INTO cell_source (report, cell, source, at) VALUES (?, ?, ?, "
                           u"?) ON CONFLICT (report, cell) DO UPDATE SET source = "
                           u"excluded.source, at = excluded.at"_s,
                           {id, cellId, source, now()});
        if ((!source.isEmpty() || oldValue != newValue) && !exec(sourceQuery, error))
            return false;
        if (oldValue == newValue)
            continue;
        changed = true;
        QSqlQuery q =
            newValue.isEmpty()
                ? prepared(db, u"DELETE FROM cell WHERE report = ? AND cell = ?"_s, {id, cellId})
                : prepared(db,
                           u"INSERT INTO cell (report, cell, value) VALUES (?, ?, ?) ON "
                           u"CONFLICT (report, cell) DO UPDATE SET value = excluded.value"_s,
                           {id, cellId, newValue});
        // A computed total is derived from the cells it sums, which have their history: a
        // history of its own made every keystroke four entries and kept bursts from folding.
        if (!exec(q, error) ||
            (!form->cell(cell).isTotal && !recordHistory(id, cellId, oldValue, newValue, error)))
            return false;
    }
    if (!conflicting.empty()) {
        if (conflicts)
            *conflicts = std::move(conflicting);
        if (error)
            *error = Tr::tr("changed by someone else in the meantime; nothing was written");
        return false;
    }
    if (changed && (!forgetCounts(id, false, error) || !m_dialect->notifyChange(db, id, error)))
        return false;
    return transaction.commit(error);
}

bool ReportStore::setText(qint64 id, int text, const QString& body, QString* error) {
    return writeText(id, text, body, nullptr, nullptr, error);
}

bool ReportStore::writeText(qint64 id, int text, const QString& body, const QString* expected,
                            bool* conflict, QString* error) {
    const auto form = formOf(id, error);
    if (!form || !checkWritable(id, error))
        return false;
    if (text < 0 || text >= static_cast<int>(form->texts().size())) {
        if (error)
            *error = Tr::tr("no such part in report %1").arg(id);
        return false;
    }
    const QString partId = form->texts()[text].id;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    if (!m_dialect->lockReport(db, id, error))
        return false;
    QString oldBody;
    {
        QSqlQuery q =
            prepared(db, u"SELECT body FROM text WHERE report = ? AND part = ?"_s, {id, partId});
        if (!exec(q, error))
            return false;
        if (q.next())
            oldBody = q.value(0).toString();
    }
    if (oldBody == body)
        return true;
    if (expected && oldBody != *expected) {
        if (conflict)
            *conflict = true;
        if (error)
            *error = Tr::tr("changed by someone else in the meantime; nothing was written");
        return false;
    }
    QSqlQuery q =
        body.isEmpty()
            ? prepared(db, u"DELETE FROM text WHERE report = ? AND part = ?"_s, {id, partId})
            : prepared(db,
                       u"INSERT INTO text (report, part, body) VALUES (?, ?, ?) ON "
                       u"CONFLICT (report, part) DO UPDATE SET body = excluded.body"_s,
                       {id, partId, body});
    if (!exec(q, error) || !recordHistory(id, partId, oldBody, body, error) ||
        !forgetCounts(id, false, error) || !m_dialect->notifyChange(db, id, error))
        return false;
    return transaction.commit(error);
}

std::vector<HistoryEntry> ReportStore::history(qint64 id, const QString& target) const {
    std::vector<HistoryEntry> out;
    QSqlQuery q =
        prepared(QSqlDatabase::database(m_connection),
                 u"SELECT target, old, new, at, \"user\" FROM history WHERE report = ? AND "
                 u"target = ? ORDER BY id"_s,
                 {id, target});
    if (!q.exec())
        return out;
    while (q.next()) {
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       parseTime(q.value(3)), q.value(4).toString()});
    }
    return out;
}

std::optional<CellValue> ReportStore::decodeHistoryValue(const QString& text) {
    return decode(text);
}

bool ReportStore::restore(qint64 id, const HistoryEntry& entry, QString* error) {
    const auto form = formOf(id, error);
    if (!form)
        return false;
    if (const auto cell = form->findCell(entry.target)) {
        const auto value = decode(entry.oldValue);
        if (!value) {
            if (error)
                *error = Tr::tr("the history holds an unreadable value for %1").arg(entry.target);
            return false;
        }
        return setCellValue(id, *cell, *value, error);
    }
    const int text = form->findText(entry.target);
    if (text >= 0)
        return setText(id, text, entry.oldValue, error);
    if (error)
        *error = Tr::tr("%1 cannot be restored from the history").arg(entry.target);
    return false;
}

bool ReportStore::acknowledge(qint64 id, const QString& findingKey, const QString& reason,
                              QString* error) {
    if (!checkWritable(id, error))
        return false;
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = Tr::tr("a warning is acknowledged with a written reason");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    QSqlQuery q = prepared(db,
                           u"INSERT INTO acknowledgement (report, finding, reason, at, \"user\") "
                           u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (report, finding) DO UPDATE SET "
                           u"reason = excluded.reason, at = excluded.at, \"user\" = "
                           u"excluded.\"user\""_s,
                           {id, findingKey, reason.trimmed(), now(), osUser()});
    if (!exec(q, error) ||
        !recordHistory(id, u"acknowledgement"_s, findingKey, reason.trimmed(), error))
        return false;
    return transaction.commit(error);
}

std::map<QString, QString> ReportStore::acknowledgements(qint64 id) const {
    std::map<QString, QString> out;
    QSqlQuery q = prepared(QSqlDatabase::database(m_connection),
                           u"SELECT finding, reason FROM acknowledgement WHERE report = ?"_s, {id});
    if (q.exec()) {
        while (q.next())
            out.emplace(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

} // namespace nianbao
