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
class ReportSession : public QObject {
    Q_OBJECT

public:
    enum class SaveState {
        Saved,   // the store holds everything the clerk did
        Waiting, // text typed in the last second, written shortly
        Failed,  // a write failed: pending changes are retried
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

private:
    ReportSession(ReportStore* store, qint64 id, std::unique_ptr<ReportDocument> document,
                  const Options& options);
    void onCells(const std::vector<CellRef>& cells);
    void onText(int text);
    void setState(SaveState state, const QString& error = {});
    void scheduleRetry();
    // Puts the store's values and cell sources into the document, without an undo step and
    // without writing them back (the store already holds them).
    bool reloadFromStore(QString* error);

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
};

} // namespace nianbao
