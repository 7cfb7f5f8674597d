// 定稿 and its seal: finalizing and reopening, and every read of a finalized report checked
// against the content hash recorded at finalization (the frozen copy put back on request).
#include "model/storage/reportstore.h"

#include "model/storage/sqlsupport.h"

#include "model/core/reportjson.h"
#include "model/core/validator.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
};

using storage::exec;
using storage::now;
using storage::osUser;
using storage::parseTime;
using storage::prepared;
using storage::Transaction;

} // namespace

bool ReportStore::finalize(qint64 id, const Approval& approval, QString* error) {
    if (!checkWritable(id, error))
        return false;
    const auto report = load(id, error);
    if (!report)
        return false;
    const auto previous = previousYear(id);
    const auto findings = Validator::check(*report, previous ? &*previous : nullptr);
    const int errors = Validator::countOf(findings, Severity::Error);
    if (errors > 0) {
        if (error)
            *error = Tr::tr("report %1 still has %2 error(s); fix them before finalizing")
                         .arg(id)
                         .arg(errors);
        return false;
    }
    const auto reasons = acknowledgements(id);
    int unexplained = 0;
    for (const Finding& f : findings) {
        if (f.severity == Severity::Warning && !reasons.count(findingKey(f, report->form())))
            ++unexplained;
    }
    if (unexplained > 0) {
        if (error)
            *error = Tr::tr("report %1 has %2 warning(s) without a written reason")
                         .arg(id)
                         .arg(unexplained);
        return false;
    }
    if (!approval.date.isValid()) {
        if (error)
            *error = Tr::tr("the date of finalization is missing");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    const QString time = now();
    QSqlQuery insert = prepared(
        db,
        u"INSERT INTO finalization (report, finalized_on, preparer, reviewer, approver, hash, "
        u"frozen, at, \"user\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {id, approval.date.toString(Qt::ISODate), approval.preparer, approval.reviewer,
         approval.approver, ReportJson::contentHash(*report),
         QString::fromUtf8(ReportJson::toJson(*report)), time, osUser()});
    QSqlQuery status = prepared(
        db, u"UPDATE report SET status = 'finalized', modified = ? WHERE id = ?"_s, {time, id});
    if (!exec(insert, error) || !exec(status, error) ||
        !recordHistory(id, u"status"_s, u"draft"_s, u"finalized"_s, error))
        return false;
    if (!transaction.commit(error))
        return false;
    // The day's backup taken again, so that it holds the finalized report; a failure here
    // does not undo the finalization (the next daily backup tries again).
    if (m_backups)
        takeBackup(QDate::currentDate(), true, nullptr);
    return true;
}

bool ReportStore::reopen(qint64 id, const QString& reason, QString* error) {
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = Tr::tr("reopening a finalized report needs a written reason");
        return false;
    }
    if (status(id) != ReportStatus::Finalized) {
        if (error)
            *error = Tr::tr("report %1 is not finalized").arg(id);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    if (!markReopened(id, reason, error))
        return false;
    return transaction.commit(error);
}

bool ReportStore::markReopened(qint64 id, const QString& reason, QString* error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString time = now();
    QSqlQuery mark = prepared(db,
                              u"UPDATE finalization SET reopened_at = ?, reopen_reason = ?, "
                              u"reopened_by = ? WHERE report = ? AND reopened_at IS NULL"_s,
                              {time, reason.trimmed(), osUser(), id});
    // A reopened report is no longer the one published.
    QSqlQuery status = prepared(
        db, u"UPDATE report SET status = 'draft', modified = ?, published = NULL WHERE id = ?"_s,
        {time, id});
    return exec(mark, error) && exec(status, error) &&
           recordHistory(id, u"status"_s, u"finalized"_s, u"draft: "_s + reason.trimmed(), error);
}

ReportStatus ReportStore::status(qint64 id) const {
    QSqlQuery q = prepared(QSqlDatabase::database(m_connection),
                           u"SELECT status FROM report WHERE id = ?"_s, {id});
    return q.exec() && q.next() && q.value(0).toString() == u"finalized" ? ReportStatus::Finalized
                                                                         : ReportStatus::Draft;
}

std::optional<Finalization> ReportStore::finalization(qint64 id) const {
    QSqlQuery q = prepared(QSqlDatabase::database(m_connection),
                           u"SELECT finalized_on, preparer, reviewer, approver, hash, frozen, at, "
                           u"\"user\" FROM finalization WHERE report = ? AND reopened_at IS NULL "
                           u"ORDER BY id DESC LIMIT 1"_s,
                           {id});
    if (!q.exec() || !q.next())
        return std::nullopt;
    Finalization f;
    f.approval = {QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
                  q.value(2).toString(), q.value(3).toString()};
    f.hash = q.value(4).toString();
    f.frozen = q.value(5).toString().toUtf8();
    f.at = parseTime(q.value(6));
    f.user = q.value(7).toString();
    return f;
}

std::optional<FinalizedMismatch> ReportStore::compareWithFinalization(qint64 id,
                                                                      const Report& content) const {
    const bool finalized = status(id) == ReportStatus::Finalized;
    const auto record = finalization(id);
    if (!finalized && !record)
        return std::nullopt;
    FinalizedMismatch mismatch;
    mismatch.contentHash = ReportJson::contentHash(content);
    if (!record) {
        // Marked finalized without any record of it: nothing vouches for this content.
        mismatch.differences << Tr::tr("the report is marked finalized, but the store holds no "
                                       "record of its finalization");
        return mismatch;
    }
    mismatch.recordedHash = record->hash;
    if (finalized && mismatch.contentHash == record->hash)
        return std::nullopt;
    QString frozenError;
    const auto frozen = ReportJson::fromJson(record->frozen, &frozenError);
    mismatch.frozenCopyIntact = frozen && ReportJson::contentHash(*frozen) == record->hash;
    if (!finalized) {
        // Reopening marks the record; a status turned back to draft without it did not reopen.
        mismatch.differences << Tr::tr("the report was finalized and never reopened, but is now "
                                       "marked as a draft");
    }
    if (frozen)
        mismatch.differences += ReportJson::differences(*frozen, content);
    else
        mismatch.differences << Tr::tr("the frozen copy cannot be read: %1").arg(frozenError);
    if (!mismatch.frozenCopyIntact && frozen) {
        mismatch.differences << Tr::tr("the frozen copy does not have the recorded hash either; "
                                       "it was changed too");
    }
    return mismatch;
}

std::optional<FinalizedMismatch> ReportStore::verifyFinalized(qint64 id) const {
    // A draft never finalized has nothing to verify: its content is not read (every start of
    // the editor asks, and reading the report twice was 3 % of the start-up).
    if (status(id) != ReportStatus::Finalized && !finalization(id))
        return std::nullopt;
    const auto content = loadUnverified(id, nullptr);
    if (!content) {
        FinalizedMismatch unreadable;
        unreadable.differences << Tr::tr("the stored content cannot be read");
        if (const auto record = finalization(id)) {
            unreadable.recordedHash = record->hash;
            const auto frozen = ReportJson::fromJson(record->frozen, nullptr);
            unreadable.frozenCopyIntact =
                frozen && ReportJson::contentHash(*frozen) == record->hash;
        }
        return unreadable;
    }
    return compareWithFinalization(id, *content);
}

QString ReportStore::describeMismatch(qint64 id, const FinalizedMismatch& mismatch) {
    QString text =
        Tr::tr("The finalized content of report %1 is not what was finalized: its fingerprint "
               "(content hash) was %2 at finalization and is %3 now. It cannot be printed or "
               "exported as final.")
            .arg(id)
            .arg(mismatch.recordedHash.isEmpty() ? u"—"_s : mismatch.recordedHash.left(16),
                 mismatch.contentHash.left(16));
    for (const QString& line : mismatch.differences)
        text += u"\n  "_s + line;
    text += u'\n';
    text += mismatch.frozenCopyIntact
                ? Tr::tr("The copy frozen at finalization is intact and can be restored.")
                : Tr::tr("The copy frozen at finalization cannot be restored.");
    return text;
}

bool ReportStore::restoreFrozen(qint64 id, QString* error) {
    const auto record = finalization(id);
    if (!record) {
        if (error)
            *error = Tr::tr("report %1 has no copy frozen at finalization").arg(id);
        return false;
    }
    QString frozenError;
    const auto frozen = ReportJson::fromJson(record->frozen, &frozenError);
    if (!frozen || ReportJson::contentHash(*frozen) != record->hash) {
        if (error)
            *error = Tr::tr("the copy of report %1 frozen at finalization was changed too; it "
                            "cannot be restored")
                         .arg(id);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    QSqlQuery update = prepared(db,
                                u"UPDATE report SET form = ?, agency = ?, year = ?, level = ?, "
                                u"status = 'finalized', modified = ? WHERE id = ?"_s,
                                {frozen->form().id(), frozen->agency, frozen->year,
                                 agencyLevelCode(frozen->level), now(), id});
    QSqlQuery cells = prepared(db, u"DELETE FROM cell WHERE report = ?"_s, {id});
    QSqlQuery texts = prepared(db, u"DELETE FROM text WHERE report = ?"_s, {id});
    if (!forgetCounts(id, true, error) || !exec(update, error) || !exec(cells, error) ||
        !exec(texts, error) || !insertContent(db, id, *frozen, error) ||
        !forgetCounts(id, true, error) ||
        !recordHistory(id, u"status"_s, u"changed"_s, u"finalized: frozen copy restored"_s, error))
        return false;
    if (!transaction.commit(error))
        return false;
    m_forms.insert(id, frozen->formPtr());
    return true;
}

} // namespace nianbao
