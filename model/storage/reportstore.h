#pragma once

#include "model/core/finding.h"
#include "model/core/report.h"
#include "model/core/requestregister.h"
#include "model/core/reviewcases.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QSqlDatabase;

namespace nianbao {

class StoreLock;
namespace storage {
class Dialect;
}

enum class ReportStatus { Draft, Finalized };

struct StoredReportInfo {
    qint64 id = 0;
    QString agency;
    int year = 0;
    ReportStatus status = ReportStatus::Draft;
    QDateTime modified;
    int errors = 0;
    int warnings = 0;
    QDateTime deleted; // set for reports in the trash
    // Finalized, but its content no longer has the hash recorded at finalization.
    bool finalizedContentChanged = false;
};

struct HistoryEntry {
    QString target; // cell id, text id or "metadata"
    QString oldValue;
    QString newValue;
    QDateTime at;
    QString user;
};

// What became of a register entry, as the register's history keeps it: never the applicant's
// name or contact, so that a deleted entry leaves no personal data behind.
struct RequestHistoryLine {
    QString agency;
    QString number;
    QString action; // "added", "changed", "deleted"
    QString detail; // the entry's course without personal data, or the fields changed
    QDateTime at;
    QString user;
};

struct Approval {
    QDate date;       // the date of 定稿
    QString preparer; // 填报人
    QString reviewer; // 审核人
    QString approver; // 负责人
};

struct Finalization {
    Approval approval;
    QString hash;      // ReportJson::contentHash at finalization
    QByteArray frozen; // the report as it was finalized, in the exchange format
    QDateTime at;
    QString user;
};

// A unit the county office expects a report from (schema 6): registered by name and level,
// or known because it has a report in some year.
struct UnitInfo {
    QString name;
    AgencyLevel level = AgencyLevel::Unknown;
};

// 退回: the county office sent a report back to its unit with a reason. A finalized report is
// reopened by it. Open until the unit finalizes the report again.
struct ReportReturn {
    qint64 report = 0;
    QString reason;
    bool wasFinalized = false;
    QDateTime at;
    QString user;
};

// One report of a year as the county office's board needs it.
struct BoardReportInfo {
    StoredReportInfo info;
    AgencyLevel level = AgencyLevel::Unknown;
    QDate finalizedOn; // the approval's date of the finalization in force
    QDate publishedOn; // the day the unit said it published the finalized report
    std::optional<ReportReturn> openReturn;
};

// A finalized report whose content is not what was finalized (changed in the file by another
// tool, a broken sync, a bad restore): what the fingerprint vouches for is not there.
struct FinalizedMismatch {
    QString recordedHash; // at finalization
    QString contentHash;  // of the content now
    // Against the frozen copy, one line each (see ReportJson::differences).
    QStringList differences;
    // The frozen copy still has the recorded hash, so restoreFrozen() can put it back.
    bool frozenCopyIntact = false;
};

// The SQLite store of every report of the user: the working copy the editor sits on.
//
// Durability: each change is one transaction, written with WAL and synchronous=FULL, so an
// edit that a call has reported as written survives a crash or a power cut. One process at
// a time: a lock file next to the database names the process holding it; a second
// instance is refused with that name instead of risking interleaved writes. A file that is
// not ours, fails SQLite's quick check (after an unclean shutdown; see checkedAtOpen) or comes from
// a newer version is refused and left untouched. Before a schema migration the file is copied; once
// a day a backup is written with VACUUM INTO and the last seven are kept. All SQL of the project
// lives in this class.
//
// The same store, with the same schema version and guarantees, on a PostgreSQL server
// (serverstore.cpp): each edit committed at once by the server, no lock file (the server
// serialises its clients), no daily backup (the server's own, pg_dump). What differs between
// the two databases is in storage::Dialect.
class ReportStore {
public:
    ~ReportStore();
    ReportStore(const ReportStore&) = delete;
    ReportStore& operator=(const ReportStore&) = delete;

    static constexpr int kSchemaVersion = 7;
    static constexpr int kBackupsKept = 7;

    struct Options {
        bool dailyBackup = true;
        QDate today = QDate::currentDate(); // injectable for tests
        // False for commands that only read: a missing database is an error, not created.
        bool mayCreate = true;
        // For commands that only read: a lock file or a daily backup that cannot be written
        // (a full disk) does not stop them; see warning().
        bool readOnly = false;
        // A store on a server that asks for a password, and none is in libpq's ~/.pgpass,
        // PGPASSFILE or service file: asked for the address shown (the command line asks on
        // its terminal). Empty: not given. Kept in memory for reconnecting, never written.
        std::function<QString(const QString& address)> askPassword;
    };

    // What a backup (or any database file) holds, checked before it is trusted.
    struct BackupCheck {
        QString file;
        bool good = false; // passes integrity_check, has a known schema version and reports
        QString problem;   // why not, for the message
        int reports = 0;   // live and in the trash
        int requests = 0;  // entries of the request register (schema 5)
        // Reports or register entries: a store worth backing up and restoring.
        bool holdsData() const { return reports > 0 || requests > 0; }
        QDateTime lastChange; // the newest time recorded inside the file
    };
    static BackupCheck inspect(const QString& file);
    // The backup to restore: a good one holding reports before an empty one, then the one
    // whose content changed last. `rejected` receives a line for each bad one.
    static std::optional<BackupCheck> bestBackup(const QString& databasePath,
                                                 QStringList* rejected = nullptr);

    static std::unique_ptr<ReportStore> open(const QString& path, QString* error);
    static std::unique_ptr<ReportStore> open(const QString& path, const Options& options,
                                             QString* error);

    // --db PATH, else $NIANBAO_DB, else the store chosen in the editor (chooseStore), else
    // nianbao.sqlite under the AppDataLocation. PATH may be a server's address,
    // postgresql://user@host:port/database?sslmode=verify-full&… (or postgres://…): the store
    // is then on that PostgreSQL server (serverstore.cpp).
    static QString resolvePath(const QString& commandLinePath);
    // The editor's setting: the store Nianbao uses from now on (a file's path or a server's
    // address; empty: the default file). Refused, with the reason, when it cannot be opened
    // (`options`, e.g. to ask for a password). Saved in the settings only then.
    static bool chooseStore(const QString& address, const Options& options, QString* error);
    static QString chosenStore();
    // Keeps `address` as the chosen store without opening it (it is the one open now).
    static void rememberChosenStore(const QString& address);
    static QString backupFolder(const QString& databasePath);
    // Newest first.
    static QStringList backups(const QString& databasePath);
    // Whether another running Nianbao holds the database (so it is not damaged, only busy).
    static bool isInUse(const QString& databasePath);
    // Puts the newest backup in place of a damaged database, which is kept beside it under a
    // new name (never overwritten). Refused while another Nianbao has the database open.
    // Returns the name the damaged file was moved to.
    // Each backup is checked first and the best good one is used (see bestBackup);
    // `restoredFrom` receives its name.
    // Why a store on a server has no backups of Nianbao's: the server's own backup is used.
    static QString serverBackupNote();
    static std::optional<QString> restoreLatestBackup(const QString& databasePath, QString* error,
                                                      QString* restoredFrom = nullptr);

    // The file, or the server's address (without a password, which it never holds).
    const QString& path() const { return m_path; }
    // On a PostgreSQL server rather than in an SQLite file.
    bool isOnServer() const;
    // Whether open() created the database file (it did not exist or was empty).
    bool isNew() const { return m_new; }
    // What went wrong at opening without stopping a read-only command (a failed backup).
    const QString& warning() const { return m_warning; }

    // Today's backup, unless there is one: written under a temporary name, checked
    // (integrity, version, report count) and only then renamed into place, so that a backup
    // cut off by a crash never takes the place of a good one. A store without any report is
    // not backed up: it would only push good backups out. Called at opening and, by a
    // long-running editor, now and then (see BackupSchedule).
    bool backupIfDue(const QDate& today, QString* error);

    // Lifecycle
    std::optional<qint64> create(const Report& report, QString* error);
    std::vector<StoredReportInfo> list() const; // live reports, with error and warning counts
    std::vector<StoredReportInfo> trash() const;
    // A finalized report is verified first (see verifyFinalized): one whose content changed
    // since is refused with the reason, never handed out as final.
    std::optional<Report> load(qint64 id, QString* error) const;
    std::optional<qint64> duplicate(qint64 id, QString* error);
    bool rename(qint64 id, const QString& agency, QString* error);
    bool setMetadata(qint64 id, const QString& agency, int year, AgencyLevel level, QString* error);
    bool moveToTrash(qint64 id, QString* error);
    bool restoreFromTrash(qint64 id, QString* error);
    // A new report for the following year: agency and level copied, 上年结转 = last year's
    // 结转下年度继续办理 for every column; everything else left to fill in.
    std::optional<qint64> createNextYear(qint64 lastYearId, QString* error);
    // Last year's report of the same agency, for the cross-year rules, if the store has it.
    std::optional<Report> previousYear(qint64 id) const;
    std::optional<qint64> findReport(const QString& agency, int year) const;

    // Edits: each one transaction, each recorded in the history. Refused on finalized reports.
    bool setCellValue(qint64 id, CellRef cell, const CellValue& value, QString* error);
    // Several cells in one transaction (a paste, a fill): all or nothing.
    bool setCellValues(qint64 id, const std::vector<std::pair<CellRef, CellValue>>& values,
                       QString* error);
    bool setText(qint64 id, int text, const QString& body, QString* error);

    // Two clerks on one report (a store on a server; collaboration.cpp). An edit that carries
    // what the clerk last saw is refused where the store holds something else by now (the other
    // clerk's edit): nothing is written and the cells, or the text, are named in `conflicts`, so
    // that the clerk chooses — never the last writer winning silently. Computed totals are
    // checked too: one the other clerk's parts changed is summed again by the session.
    struct CellEdit {
        CellRef cell;
        CellValue expected; // the value the clerk last saw stored
        CellValue value;
    };
    bool setCellValuesExpecting(qint64 id, const std::vector<CellEdit>& edits,
                                std::vector<CellRef>* conflicts, QString* error);
    bool setTextExpecting(qint64 id, int text, const QString& expected, const QString& body,
                          bool* conflict, QString* error);
    // `changed(id)` when another connection has changed report `id`, or `changed(0)` when
    // anything may have changed (the connection to the server was made again). Only a store on
    // a server has other writers: a file store never calls it. Needs the Qt event loop.
    void watchChanges(std::function<void(qint64)> changed);

    std::vector<HistoryEntry> history(qint64 id, const QString& target) const;
    // A cell value as the history writes it ("" not filled, "/", "-", "?原文", a number).
    static std::optional<CellValue> decodeHistoryValue(const QString& text);
    // Puts back the value a history entry replaced (its old value), as a new edit.
    bool restore(qint64 id, const HistoryEntry& entry, QString* error);

    // Warnings acknowledged with a reason, by findingKey().
    bool acknowledge(qint64 id, const QString& findingKey, const QString& reason, QString* error);
    std::map<QString, QString> acknowledgements(qint64 id) const;

    // 定稿: refused while an error remains or a warning has no reason.
    bool finalize(qint64 id, const Approval& approval, QString* error);
    bool reopen(qint64 id, const QString& reason, QString* error);
    ReportStatus status(qint64 id) const;
    std::optional<Finalization> finalization(qint64 id) const;
    // `report` (the stored one, or what is on screen) as an exchange file, with what the store
    // knows beyond its content: acknowledged warnings and the finalization (its seal).
    QByteArray exchangeJson(qint64 id, Report report) const;
    // One agency's reports (with their history and 定稿) and register as an SQL script that psql
    // loads into a Nianbao database on a PostgreSQL server of the same schema version, beside
    // other units' reports (agencydump.cpp). From a file store or a server store alike.
    // `error` is also set, with the script, when the agency has no report (only its register).
    std::optional<QByteArray> dumpAgency(const QString& agency, QString* error) const;
    // Recomputes the content hash of a finalized report and compares it with the one recorded
    // at finalization. std::nullopt when it matches or the report is not finalized.
    std::optional<FinalizedMismatch> verifyFinalized(qint64 id) const;
    // Puts the frozen copy taken at finalization back as the report's content (recorded in the
    // history). Refused when the frozen copy itself no longer has the recorded hash.
    bool restoreFrozen(qint64 id, QString* error);
    // The message for a mismatch, in the user's language, with the differences.
    static QString describeMismatch(qint64 id, const FinalizedMismatch& mismatch);

    // The request register (依申请公开登记), per agency, spanning years (registerstore.cpp).
    // An entry with problems (RequestRegister::problems) is refused with them. Added without a
    // number, it gets the next of its year (2025-018).
    std::optional<qint64> addRequest(RegisterEntry entry, QString* error);
    // Several entries in one transaction (an import): all stored, or none with the reason.
    bool addRequests(const std::vector<RegisterEntry>& entries, QString* error);
    bool updateRequest(const RegisterEntry& entry, QString* error);
    // Keeps a history line without the applicant's name and contact.
    bool deleteRequest(qint64 requestId, QString* error);
    std::optional<RegisterEntry> request(qint64 requestId) const;
    // An empty agency lists every agency's. With a year: the entries that year's table three
    // counts (received in the year, or before it and not answered before it), by number.
    // ForCounting leaves out what table three and the deadlines do not need: the applicant's
    // name and contact, the subject and the notes come back empty. ForList (the register's
    // list in the window) leaves out the name, the contact and the notes.
    enum class RequestData { Full, ForList, ForCounting };
    std::vector<RegisterEntry> requests(const QString& agency, std::optional<int> year = {},
                                        RequestData data = RequestData::Full) const;
    std::vector<RequestHistoryLine> requestHistory(const QString& agency) const;
    // Table three of a report set from the register, in one transaction recorded in the
    // report's history; each cell's source is recorded as "register".
    bool setTable3FromRegister(qint64 id, const RegisterTable3& table, QString* error);
    // Table three of a report back to typed figures (the clerk's, editable again): the cells'
    // source "register" forgotten, the values kept, the reason recorded in the report's
    // history under kTable3SourceTarget ("register" → "typed: <reason>"). Refused without a
    // reason and on a finalized report.
    bool setTable3Typed(qint64 id, const QString& reason, QString* error);
    static inline const QString kTable3SourceTarget = QStringLiteral("source:t3");
    // Cell id → where its value came from ("register"), for the cells that have a source.
    std::map<QString, QString> cellSources(qint64 id) const;

    // The county office's board (boardstore.cpp, schema 6).
    // Registers a unit that has no report yet, or changes a registered unit's level.
    bool addUnit(const QString& name, AgencyLevel level, QString* error);
    // Registered units and every agency with a live report in any year, by name; the level
    // registered, else that of the agency's latest report.
    std::vector<UnitInfo> units() const;
    // The live reports of `year` with their counts, level, dates and open return.
    std::vector<BoardReportInfo> boardReports(int year) const;
    // 退回 with a reason: a finalized report is reopened (recorded as a reopening with that
    // reason) and its published mark cleared; a draft keeps its content. One transaction.
    bool returnReport(qint64 id, const QString& reason, QString* error);
    // The latest return of a report not yet followed by a new finalization.
    std::optional<ReportReturn> openReturn(qint64 id) const;
    // Those of every report, by report id (for the start page: one query, not one a report).
    std::map<qint64, ReportReturn> openReturns() const;
    // 已发布: the day the unit published its report; only a finalized report can be.
    bool setPublished(qint64 id, const QDate& date, QString* error);
    // The 行政复议 and 行政诉讼 cases of an agency, for table four (casestore.cpp). A case
    // with problems (ReviewCases::problems) is refused with them.
    std::optional<qint64> addCase(const ReviewCase& reviewCase, QString* error);
    // An empty agency lists every agency's; with a year, the cases filed in it.
    std::vector<ReviewCase> cases(const QString& agency, std::optional<int> year = {}) const;
    // Table four of a report set from the cases, in one transaction recorded in the report's
    // history; each cell's source is recorded as "cases".
    bool setTable4FromCases(qint64 id, const CaseTable4& table, QString* error);

    // On a PostgreSQL server (serverlanes.cpp): each unit in its own lane, enforced by the
    // server's row-level security. initLanes (`nianbao server init`, run by the database's
    // owner, again after an upgrade): the group roles nianbao_unit and nianbao_county, the
    // table of units and the policies. addUnitRole: a login role (without a password) for an
    // agency, which sees, counts and changes only that agency's reports and register; or, for
    // the county office, one that reads every unit's.
    bool initLanes(QString* error);
    bool addUnitRole(const QString& agency, AgencyLevel level, const QString& role,
                     bool countyOffice, QString* error);

    // SQLite's full check of the file (`nianbao db check`).
    bool integrityCheck(QString* error) const;
    // Whether open() read the whole file through SQLite's quick check: only after an unclean
    // shutdown (a lock file or a write-ahead log left behind). Otherwise only the header is
    // checked against the file's size; backups are checked in full when they are written.
    bool checkedAtOpen() const { return m_checkedAtOpen; }
    // Makes the database refuse to grow past `pages` pages, as a full disk would.
    void limitSizeForTesting(int pages);
    // Called before every edit; a non-empty message makes that edit fail with it (a store
    // refusing a write, for the saving tests).
    void setWriteFaultForTesting(std::function<QString()> fault) {
        m_writeFault = std::move(fault);
    }

private:
    // The cells of one table (their ids starting with `cellPrefix`) as `apply` computes them,
    // written with their source recorded (table three from the register, four from the cases).
    bool setTableFromSource(qint64 id, const QString& cellPrefix,
                            const std::function<void(Report&)>& apply, const QString& source,
                            QString* error);
    // One entry added inside the caller's transaction.
    std::optional<qint64> insertRequest(RegisterEntry entry, QString* error);
    ReportStore(QString connection, QString path, const storage::Dialect& dialect);
    static std::unique_ptr<ReportStore> openServer(const QString& url, const Options& options,
                                                   QString* error);
    bool migrate(QString* error);
    bool quickCheck() const;
    // Forgets the error and warning counts that a change of report `id` may change: its own
    // and those of next year's report of the same agency (the rules compare the two years).
    // `wholeAgency` for a change of agency, year or trash: every report of the agency.
    bool forgetCounts(qint64 id, bool wholeAgency, QString* error);
    // `replaceToday`: after 定稿 the day's backup is taken again, so that it holds it.
    bool takeBackup(const QDate& today, bool replaceToday, QString* error);
    // For a finalized report (or one with an open finalization record), `content` compared
    // with what was finalized.
    std::optional<FinalizedMismatch> compareWithFinalization(qint64 id,
                                                             const Report& content) const;
    static bool insertContent(QSqlDatabase& db, qint64 id, const Report& report, QString* error);
    // The content as stored, without the verification load() adds.
    std::optional<Report> loadUnverified(qint64 id, QString* error) const;
    std::shared_ptr<const FormDefinition> formOf(qint64 id, QString* error) const;
    bool checkWritable(qint64 id, QString* error) const;
    // On a server: drops the connection and makes a new one (serverstore.cpp).
    bool reconnect(QString* error) const;
    // Runs `attempt` (which makes and runs its statement); on a server whose connection was
    // lost (restarted, the network cut), connects again and runs it once more. `lost` gets
    // the reason when the server cannot be reached.
    bool withReconnect(const std::function<bool()>& attempt, QString* lost) const;
    // setCellValues with the cells' source recorded (or, when empty, cleared).
    // With `expected` (one per value), a cell whose stored value is neither the expected one
    // nor the new one is a conflict: listed in `conflicts`, and nothing is written.
    bool writeCells(qint64 id, const std::vector<std::pair<CellRef, CellValue>>& values,
                    const QString& source, QString* error,
                    const std::vector<CellValue>* expected = nullptr,
                    std::vector<CellRef>* conflicts = nullptr);
    // After a change of an agency's register: table three of its draft reports that count it
    // from the register counted again (registerstore.cpp).
    bool recountFromRegister(const QString& agency, QString* error);
    bool writeText(qint64 id, int text, const QString& body, const QString* expected,
                   bool* conflict, QString* error);
    bool subscribeToChanges() const;
    bool recordHistory(qint64 id, const QString& target, const QString& oldValue,
                       const QString& newValue, QString* error);
    // The reports, live or in the trash, of every year or of one.
    std::vector<StoredReportInfo> query(bool deleted, std::optional<int> year = {}) const;
    // Marks the finalization in force as reopened and the report a draft again, inside the
    // caller's transaction.
    bool markReopened(qint64 id, const QString& reason, QString* error);
    // The reports matching an SQL condition on `report r`, by id.
    // `trashed`, if given, receives the ids of those in the trash.
    std::map<qint64, Report> loadReports(const QString& condition, const QVariantList& values,
                                         QString* error, QSet<qint64>* trashed = nullptr) const;

    QString m_connection;
    QString m_path;
    const storage::Dialect* m_dialect;
    std::unique_ptr<StoreLock> m_lock;
    std::function<QString()> m_writeFault;
    std::function<void(qint64)> m_changed;
    bool m_new = false;
    bool m_checkedAtOpen = false;
    QString m_warning;
    bool m_backups = true;
    mutable QHash<qint64, std::shared_ptr<const FormDefinition>> m_forms;
};

} // namespace nianbao
