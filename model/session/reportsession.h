#pragma once

#include "model/editing/reportdocument.h"
#include "model/storage/reportstore.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

namespace nianbao {

// Where the clerk was in a report: the part (navigator row) and, per part, the cell (by id)
// or the cursor in a text.
struct ReportPosition {
    int part = -1;
    std::map<int, QString> places; // part → cell id or "text:<index>:<cursor>"
};

// One open report: its document and its place in the store, kept in step.
//
// Saving. Every change of the document is written to the store as it happens, each in its own
// transaction: a cell (or a pasted block) at once, metadata and acknowledgements at once,
// narrative text at the latest `textDelayMs` after the first unsaved key (the wait does not
// restart with each key, so steady typing is saved every second). A write that fails (store
// refused, disk full, lock lost) leaves its change pending: it stays in the document, the state
// says Failed with the reason, and it is retried with backoff and with every later change —
// never reported as saved until the store has it. `close()` writes what is pending; if that
// fails the caller must offer a choice (retry, save a copy, discard), never drop it silently.
//
// One read-only flag (the document's), set from the store's status; finalize and reopen go
// through here so that the two never disagree.
//
// Two clerks on one report (a store on a server). Each write says what this clerk last saw
// stored; a cell or text the other clerk changed meanwhile is not overwritten but becomes a
// Conflict, shown with both values until this clerk chooses (resolveConflict). What the other
// clerk changes where this one has nothing pending appears in the document within a moment
// (the store's change notices), without entering the undo history.
class ReportSession : public QObject {
    Q_OBJECT

public:
    enum class SaveState {
        Saved,    // the store holds everything the clerk did
        Waiting,  // text typed in the last second, written shortly
        Failed,   // a write failed: pending changes are retried
        Conflict, // someone else changed what the clerk changed: the clerk chooses
    };
    // A cell (text < 0) or a narrative text both clerks changed: this clerk's value, still on
    // screen and not stored, and the one the store has now.
    struct Conflict {
        CellRef cell;
        int text = -1;
        CellValue mineValue, theirsValue; // a cell's
        QString mineText, theirsText;     // a text's
    };
    struct Options {
        int textDelayMs = 1000;
        int firstRetryMs = 1000;
        int maxRetryMs = 30000;
    };

    static std::unique_ptr<ReportSession> open(ReportStore* store, qint64 id, QString* error);
    static std::unique_ptr<ReportSession> open(ReportStore* store, qint64 id,
                                               const Options& options, QString* error);
    ~ReportSession() override;

    ReportDocument* document() const { return m_document.get(); }
    const Report& report() const { return m_document->report(); }
    ReportStore* store() const { return m_store; }
    qint64 id() const { return m_id; }
    bool isReadOnly() const { return m_document->isReadOnly(); }

    // Saving
    SaveState saveState() const { return m_state; }
    QString saveError() const { return m_error; }
    // When the store last held everything (invalid if nothing was written yet this session).
    QDateTime lastSaved() const { return m_lastSaved; }
    bool hasUnsaved() const;
    int pendingChanges() const;
    // Writes everything pending now; true if nothing is left pending.
    bool saveNow();
    // Writes the report as it is on screen to an exchange file (the way out when the store
    // cannot be written).
    bool saveCopy(const QString& path, QString* error) const;
    // Forgets pending changes (the clerk chose to discard them).
    void discardPending();

    // Two clerks on one report.
    const std::vector<Conflict>& conflicts() const { return m_conflicts; }
    // Keeps this clerk's value (written over the other's, recorded in the history as any edit)
    // or takes the other's (shown instead); the conflict is gone either way.
    void resolveConflict(size_t index, bool keepMine);
    // Reads the report from the store and takes in what others changed (called on the store's
    // change notice; public for a window's "refresh").
    void refreshFromStore();
    // Puts the store's values and cell sources into the document, without an undo step and
    // without writing them back (the store already holds them): after the store changed the
    // report itself (table three counted from the register).
    bool reloadFromStore(QString* error);

    // Lifecycle
    ReportStatus status() const { return m_store->status(m_id); }
    std::optional<Finalization> finalization() const { return m_store->finalization(m_id); }
    bool finalize(const Approval& approval, QString* error);
    bool reopen(const QString& reason, QString* error);
    std::vector<HistoryEntry> history(const QString& target);
    // Puts back the value an entry replaced, as an edit (undoable).
    bool restore(const QString& target, const HistoryEntry& entry, QString* error);

    // Table three and the request register (sessionregister.cpp).
    // Counts table three from the agency's register and writes it as counted (as `register
    // table3 --write`): the cells become read-only, marked as the register's. Refused, naming
    // them, while an entry of the register cannot be counted; nothing is written then.
    bool useRegisterForTable3(QString* error);
    // Back to typed figures: the values stay and are the clerk's again, editable; the reason is
    // recorded in the report's history.
    bool switchTable3ToTyped(const QString& reason, QString* error);
    // The requests a cell of table three counts (the drill-down), for a cell of table three.
    std::vector<RegisterEntry> requestsBehind(CellRef cell) const;

    // Position, remembered per store, report and part (in the settings).
    ReportPosition position() const;
    void rememberPosition(const ReportPosition& position);
    // The report last open in this store, if any.
    static qint64 lastReport(const QString& storePath);
    static void rememberLastReport(const QString& storePath, qint64 id);

Q_SIGNALS:
    void saveStateChanged();
    void conflictsChanged();
    // Someone else's change was taken into the document.
    void changedElsewhere();

private:
    ReportSession(ReportStore* store, qint64 id, std::unique_ptr<ReportDocument> document,
                  const Options& options);
    void onCells(const std::vector<CellRef>& cells);
    void onText(int text);
    void setState(SaveState state, const QString& error = {});
    bool writePendingCells(QString* error);
    // Takes in what the store has that this session has not seen; true if it found conflicts.
    bool takeInStored();
    bool writePendingTexts(QString* error);
    // Applies values from the store to the document without undo and without making them
    // pending (m_reloading).
    void applyStored(const std::vector<std::pair<CellRef, CellValue>>& cells);
    void scheduleRetry();

    ReportStore* m_store;
    qint64 m_id;
    std::unique_ptr<ReportDocument> m_document;
    Options m_options;
    QSet<quint16> m_pendingCells;
    bool m_reloading = false; // values from the store going into the document
    QSet<int> m_pendingTexts;
    bool m_pendingMetadata = false;
    std::map<QString, QString> m_pendingAcknowledgements;
    QTimer m_textTimer;
    QTimer m_retryTimer;
    int m_retryDelay = 0;
    SaveState m_state = SaveState::Saved;
    QString m_error;
    QDateTime m_lastSaved;
    // The report as the store held it when this clerk last saw it: what each write expects.
    Report m_stored;
    std::vector<Conflict> m_conflicts;
    bool m_refreshQueued = false;
};

} // namespace nianbao
