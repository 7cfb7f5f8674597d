// The request register in the store: its entries, their history without personal data, and
// table three written into a report from it. The reports themselves are reportstore.cpp's.
#include "model/storage/reportstore.h"

#include "model/storage/dialect.h"
#include "model/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

using storage::exec;
using storage::prepared;
using storage::Transaction;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
};

const QString kRequestColumns =
    u"id, agency, number, received, channel, applicant_type, applicant_name, "
    u"applicant_contact, subject, correction_asked, correction_received, consultation_start, "
    u"consultation_end, extended_on, replied, outcome, fee, notes, withdrawn, merged_into"_s;

// For counting: the applicant's name and contact, the subject and the notes are not read at
// all (nor converted, which also makes the count faster).
const QString kCountedRequestColumns =
    u"id, agency, number, received, channel, applicant_type, '', '', '', correction_asked, "
    u"correction_received, consultation_start, consultation_end, extended_on, replied, outcome, "
    u"fee, '', withdrawn, merged_into"_s;

// For the register's list in the window: everything but the applicant's name and contact and
// the notes, which the list does not show (the entry's dialog reads the whole entry).
const QString kListedRequestColumns =
    u"id, agency, number, received, channel, applicant_type, '', '', subject, correction_asked, "
    u"correction_received, consultation_start, consultation_end, extended_on, replied, outcome, "
    u"fee, '', withdrawn, merged_into"_s;

QString dateText(QDate d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The store writes dates as YYYY-MM-DD; read without QDate::fromString's general parser,
// which was most of the time of reading a 10 000-request register.
QDate dateOf(const QVariant& v) {
    const QString text = v.toString();
    if (text.isEmpty())
        return {};
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return QDate::fromString(text, Qt::ISODate);
    auto number = [&](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2)); // invalid if a part is not
}

// Every column but the id, in kRequestColumns' order.
QVariantList valuesOf(const RegisterEntry& e) {
    return {e.agency,
            e.number,
            dateText(e.received),
            requestChannelCode(e.channel),
            e.applicantType,
            e.applicantName,
            e.applicantContact,
            e.subject,
            dateText(e.correctionAsked),
            dateText(e.correctionReceived),
            dateText(e.consultationStart),
            dateText(e.consultationEnd),
            dateText(e.extendedOn),
            dateText(e.replied),
            e.outcome,
            e.fee.toString(),
            e.notes,
            e.withdrawn ? 1 : 0,
            e.mergedInto};
}

RegisterEntry entryOf(const QSqlQuery& q) {
    RegisterEntry e;
    e.id = q.value(0).toLongLong();
    e.agency = q.value(1).toString();
    e.number = q.value(2).toString();
    e.received = dateOf(q.value(3));
    e.channel = requestChannelFromCode(q.value(4).toString()).value_or(RequestChannel::Other);
    e.applicantType = q.value(5).toString();
    e.applicantName = q.value(6).toString();
    e.applicantContact = q.value(7).toString();
    e.subject = q.value(8).toString();
    e.correctionAsked = dateOf(q.value(9));
    e.correctionReceived = dateOf(q.value(10));
    e.consultationStart = dateOf(q.value(11));
    e.consultationEnd = dateOf(q.value(12));
    e.extendedOn = dateOf(q.value(13));
    e.replied = dateOf(q.value(14));
    e.outcome = q.value(15).toString();
    e.fee = Decimal::parse(q.value(16).toString()).value_or(Decimal());
    e.notes = q.value(17).toString();
    e.withdrawn = q.value(18).toInt() != 0;
    e.mergedInto = q.value(19).toString();
    return e;
}

// The entry's course as the history keeps it: everything a supervisor may ask about, never
// the applicant's name or contact (nor the subject, which often names them).
QString courseOf(const RegisterEntry& e) {
    QStringList parts = {u"received=%1"_s.arg(dateText(e.received)),
                         u"channel=%1"_s.arg(requestChannelCode(e.channel)),
                         u"applicant_type=%1"_s.arg(e.applicantType)};
    const std::pair<const char16_t*, QDate> dates[] = {
        {u"correction_asked", e.correctionAsked},
        {u"correction_received", e.correctionReceived},
        {u"consultation_start", e.consultationStart},
        {u"consultation_end", e.consultationEnd},
        {u"extended_on", e.extendedOn},
        {u"replied", e.replied}};
    for (const auto& [name, date] : dates) {
        if (date.isValid())
            parts << QString::fromUtf16(name) + u'=' + dateText(date);
    }
    if (!e.outcome.isEmpty())
        parts << u"outcome="_s + e.outcome;
    if (e.withdrawn)
        parts << u"withdrawn"_s;
    if (!e.mergedInto.isEmpty())
        parts << u"merged_into="_s + e.mergedInto;
    return parts.join(u"; "_s);
}

// The fields that differ, by name only for the personal ones.
QString changesOf(const RegisterEntry& before, const RegisterEntry& after) {
    QStringList changed;
    if (before.applicantName != after.applicantName)
        changed << u"applicant_name"_s;
    if (before.applicantContact != after.applicantContact)
        changed << u"applicant_contact"_s;
    if (before.subject != after.subject)
        changed << u"subject"_s;
    if (before.notes != after.notes)
        changed << u"notes"_s;
    if (before.number != after.number)
        changed << u"number=%1→%2"_s.arg(before.number, after.number);
    if (!before.fee.identical(after.fee))
        changed << u"fee=%1→%2"_s.arg(before.fee.toString(), after.fee.toString());
    const QString course = courseOf(after);
    if (courseOf(before) != course)
        changed << course;
    return changed.join(u"; "_s);
}

bool recordRequestHistory(const QSqlDatabase& db, const RegisterEntry& e, const QString& action,
                          const QString& detail, QString* error) {
    QSqlQuery q = prepared(db,
                           u"INSERT INTO request_history (agency, number, action, detail, at, "
                           u"\"user\") VALUES (?, ?, ?, ?, ?, ?)"_s,
                           {e.agency, e.number, action, detail, storage::now(), storage::osUser()});
    return exec(q, error);
}

bool refuseProblems(const RegisterEntry& e, QString* error) {
    QStringList problems = RequestRegister::problems(e);
    if (const auto bad = agencyNameProblem(e.agency))
        problems.prepend(*bad);
    if (problems.isEmpty())
        return false;
    if (error)
        *error = Tr::tr("request %1: %2").arg(e.number, problems.join(u"; "_s));
    return true;
}

} // namespace

std::optional<qint64> ReportStore::insertRequest(RegisterEntry entry, QString* error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (entry.number.trimmed().isEmpty() && entry.received.isValid()) {
        // Only the year's numbers are read: adding stays cheap in a register of thousands.
        const int year = entry.received.year();
        QSqlQuery numbers = prepared(
            db, u"SELECT number FROM request WHERE agency = ? AND substr(number, 1, 5) = ?"_s,
            {entry.agency, QString::number(year) + u'-'});
        if (!exec(numbers, error))
            return std::nullopt;
        std::vector<RegisterEntry> taken;
        while (numbers.next()) {
            taken.emplace_back();
            taken.back().number = numbers.value(0).toString();
        }
        entry.number = RequestRegister::nextNumber(taken, year);
    }
    if (refuseProblems(entry, error))
        return std::nullopt;
    {
        QSqlQuery taken = prepared(db, u"SELECT 1 FROM request WHERE agency = ? AND number = ?"_s,
                                   {entry.agency, entry.number});
        if (!exec(taken, error))
            return std::nullopt;
        if (taken.next()) {
            if (error)
                *error = Tr::tr("the register of %1 already has a request %2")
                             .arg(entry.agency, entry.number);
            return std::nullopt;
        }
    }
    QSqlQuery insert = prepared(
        db,
        m_dialect->insertReturningId(u"INSERT INTO request ("_s + kRequestColumns.mid(4) +
                                     u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     u"?, ?, ?)"_s),
        valuesOf(entry));
    if (!exec(insert, error))
        return std::nullopt;
    const qint64 id = m_dialect->insertedId(insert);
    insert.finish();
    if (!recordRequestHistory(db, entry, u"added"_s, courseOf(entry), error))
        return std::nullopt;
    return id;
}

std::optional<qint64> ReportStore::addRequest(RegisterEntry entry, QString* error) {
    const QString agency = entry.agency;
    Transaction transaction(QSqlDatabase::database(m_connection));
    const auto id = insertRequest(std::move(entry), error);
    if (!id || !transaction.commit(error) || !recountFromRegister(agency, error))
        return std::nullopt;
    return id;
}

// Table three of the agency's reports that count it from the register (their cells' source),
// counted again: a changed entry changes the figures, so that "from the register" stays true.
// A finalized report keeps what was finalized; a register that cannot be counted (an entry
// the rules cannot place) leaves the figures and says why.
bool ReportStore::recountFromRegister(const QString& agency, QString* error) {
    std::optional<std::vector<RegisterEntry>> entries;
    for (const StoredReportInfo& info : list()) {
        if (info.agency != agency || info.status == ReportStatus::Finalized)
            continue;
        const auto sources = cellSources(info.id);
        const bool counted = std::any_of(sources.begin(), sources.end(), [](const auto& source) {
            return source.first.startsWith(u"t3."_s) && source.second == u"register";
        });
        if (!counted)
            continue;
        if (!entries)
            entries = requests(agency, std::nullopt, RequestData::ForCounting);
        const RegisterTable3 table = RequestRegister::table3(*entries, info.year);
        if (!table.skipped.isEmpty()) {
            if (error)
                *error = Tr::tr("table three of %1 for %2 was not counted again: %3")
                             .arg(agency)
                             .arg(info.year)
                             .arg(table.skipped.join(u"; "_s));
            return false;
        }
        if (!setTable3FromRegister(info.id, table, error))
            return false;
    }
    return true;
}

bool ReportStore::addRequests(const std::vector<RegisterEntry>& entries, QString* error) {
    Transaction transaction(QSqlDatabase::database(m_connection));
    for (const RegisterEntry& entry : entries) {
        if (!insertRequest(entry, error))
            return false; // the transaction rolls back: none of them is stored
    }
    if (!transaction.commit(error))
        return false;
    QSet<QString> agencies;
    for (const RegisterEntry& entry : entries)
        agencies.insert(entry.agency);
    for (const QString& agency : std::as_const(agencies)) {
        if (!recountFromRegister(agency, error))
            return false;
    }
    return true;
}

bool ReportStore::updateRequest(const RegisterEntry& entry, QString* error) {
    const auto before = request(entry.id);
    if (!before) {
        if (error)
            *error = Tr::tr("there is no request %1 in the register").arg(entry.id);
        return false;
    }
    if (refuseProblems(entry, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    QVariantList values = valuesOf(entry);
    values << entry.id;
    QStringList assignments = kRequestColumns.mid(4).split(u", "_s);
    for (QString& column : assignments)
        column += u" = ?"_s;
    QSqlQuery update = prepared(
        db, u"UPDATE request SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s, values);
    if (!exec(update, error))
        return false;
    const QString changes = changesOf(*before, entry);
    if (!changes.isEmpty() && !recordRequestHistory(db, entry, u"changed"_s, changes, error))
        return false;
    return transaction.commit(error) && recountFromRegister(entry.agency, error) &&
           (before->agency == entry.agency || recountFromRegister(before->agency, error));
}

bool ReportStore::deleteRequest(qint64 requestId, QString* error) {
    const auto entry = request(requestId);
    if (!entry) {
        if (error)
            *error = Tr::tr("there is no request %1 in the register").arg(requestId);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    QSqlQuery remove = prepared(db, u"DELETE FROM request WHERE id = ?"_s, {requestId});
    if (!exec(remove, error) ||
        !recordRequestHistory(db, *entry, u"deleted"_s, courseOf(*entry), error))
        return false;
    return transaction.commit(error) && recountFromRegister(entry->agency, error);
}

std::optional<RegisterEntry> ReportStore::request(qint64 requestId) const {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q =
        prepared(db, u"SELECT "_s + kRequestColumns + u" FROM request WHERE id = ?"_s, {requestId});
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryOf(q);
}

std::vector<RegisterEntry> ReportStore::requests(const QString& agency, std::optional<int> year,
                                                 RequestData data) const {
    const QString& columns = data == RequestData::Full      ? kRequestColumns
                             : data == RequestData::ForList ? kListedRequestColumns
                                                            : kCountedRequestColumns;
    QString sql = u"SELECT "_s + columns + u" FROM request WHERE 1 = 1"_s;
    QVariantList values;
    if (!agency.isEmpty()) {
        // Counting reads the agency's whole register: a scan of the table in its order beats
        // a lookup of each row through the index ("+agency" keeps SQLite from using it).
        sql += u" AND "_s +
               (data == RequestData::ForCounting ? m_dialect->withoutIndex(u"agency"_s)
                                                 : u"agency"_s) +
               u" = ?"_s;
        values << agency;
    }
    if (year) {
        // Received in the year, or before it and not answered before it (dates are ISO text,
        // so they compare as dates).
        sql += u" AND received <= ? AND (received >= ? OR replied = '' OR replied >= ?)"_s;
        const QString first = dateText(QDate(*year, 1, 1));
        values << dateText(QDate(*year, 12, 31)) << first << first;
    }
    // Counting needs no order; a sort of the whole register would be most of its time.
    if (data != RequestData::ForCounting)
        sql += u" ORDER BY agency, received, number"_s;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q = prepared(db, sql, values);
    q.setForwardOnly(true);
    std::vector<RegisterEntry> entries;
    if (!q.exec())
        return entries;
    while (q.next())
        entries.push_back(entryOf(q));
    return entries;
}

std::vector<RequestHistoryLine> ReportStore::requestHistory(const QString& agency) const {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q = prepared(db,
                           u"SELECT agency, number, action, detail, at, \"user\" FROM "
                           u"request_history WHERE ? = '' OR agency = ? ORDER BY id"_s,
                           {agency, agency});
    std::vector<RequestHistoryLine> lines;
    if (!q.exec())
        return lines;
    while (q.next()) {
        QDateTime at = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        at.setTimeSpec(Qt::UTC);
        lines.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), at, q.value(5).toString()});
    }
    return lines;
}

bool ReportStore::setTable3FromRegister(qint64 id, const RegisterTable3& table, QString* error) {
    return setTableFromSource(
        id, u"t3."_s, [&](Report& report) { table.applyTo(report); }, u"register"_s, error);
}

bool ReportStore::setTable3Typed(qint64 id, const QString& reason, QString* error) {
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = Tr::tr("switching table three back to typed figures needs a written reason");
        return false;
    }
    if (!checkWritable(id, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    QSqlQuery q = prepared(
        db, u"DELETE FROM cell_source WHERE report = ? AND cell LIKE 't3.%' AND source = ?"_s,
        {id, u"register"_s});
    if (!exec(q, error) || !recordHistory(id, kTable3SourceTarget, u"register"_s,
                                          u"typed: "_s + reason.trimmed(), error))
        return false;
    return transaction.commit(error);
}

std::map<QString, QString> ReportStore::cellSources(qint64 id) const {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q = prepared(db, u"SELECT cell, source FROM cell_source WHERE report = ?"_s, {id});
    std::map<QString, QString> sources;
    if (!q.exec())
        return sources;
    while (q.next())
        sources.emplace(q.value(0).toString(), q.value(1).toString());
    return sources;
}

} // namespace nianbao
