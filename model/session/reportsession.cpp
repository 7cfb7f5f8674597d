#include "model/session/reportsession.h"

#include "model/core/filewriting.h"
#include "model/core/reportjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSignalBlocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportSession)
};

// Settings are per store: two stores (--db) have their own reports numbered from 1.
QString storeKey(const QString& storePath) {
    // A server's address is the same from any folder; a file's path is made absolute.
    const QByteArray path =
        (storePath.contains(u"://"_s) ? storePath : QFileInfo(storePath).absoluteFilePath())
            .toUtf8();
    return u"stores/"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

std::unique_ptr<ReportSession> ReportSession::open(ReportStore* store, qint64 id, QString* error) {
    return open(store, id, Options{}, error);
}

std::unique_ptr<ReportSession> ReportSession::open(ReportStore* store, qint64 id,
                                                   const Options& options, QString* error) {
    auto report = store->load(id, error);
    if (!report)
        return nullptr;
    auto document = std::make_unique<ReportDocument>(std::move(*report), store->previousYear(id));
    document->setAcknowledgements(store->acknowledgements(id));
    document->setReadOnly(store->status(id) == ReportStatus::Finalized);
    document->setCellSources(store->cellSources(id));
    return std::unique_ptr<ReportSession>(
        new ReportSession(store, id, std::move(document), options));
}

ReportSession::ReportSession(ReportStore* store, qint64 id,
                             std::unique_ptr<ReportDocument> document, const Options& options)
    : m_store(store)
    , m_id(id)
    , m_document(std::move(document))
    , m_options(options)
    , m_stored(m_document->report()) {
    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(m_options.textDelayMs);
    connect(&m_textTimer, &QTimer::timeout, this, &ReportSession::saveNow);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ReportSession::saveNow);
    ReportDocument* doc = m_document.get();
    connect(doc, &ReportDocument::cellsChanged, this, &ReportSession::onCells);
    connect(doc, &ReportDocument::textChanged, this, &ReportSession::onText);
    connect(doc, &ReportDocument::metadataChanged, this, [this] {
        m_pendingMetadata = true;
        saveNow();
    });
    connect(doc, &ReportDocument::acknowledged, this,
            [this](const QString& key, const QString& reason) {
                m_pendingAcknowledgements[key] = reason;
                saveNow();
            });
    // The notice can come in the middle of a write (the store connecting again): the refresh
    // waits for the event loop.
    m_store->watchChanges([this](qint64 changed) {
        if ((changed == 0 || changed == m_id) && !m_refreshQueued) {
            m_refreshQueued = true;
            QMetaObject::invokeMethod(this, &ReportSession::refreshFromStore, Qt::QueuedConnection);
        }
    });
}

ReportSession::~ReportSession() {
    // The window offers a choice before it gets here with changes pending; this is the last
    // attempt for any other owner (the command line, tests). Nobody is told: the owner is
    // going away.
    const QSignalBlocker quiet(this);
    saveNow();
    m_store->watchChanges({});
}

void ReportSession::onCells(const std::vector<CellRef>& cells) {
    if (m_reloading)
        return;
    for (CellRef cell : cells)
        m_pendingCells.insert(cell.index);
    saveNow();
}

void ReportSession::onText(int text) {
    if (m_reloading)
        return;
    m_pendingTexts.insert(text);
    // Started by the first unsaved key and not restarted by the next ones: however fast the
    // clerk types, what was typed is in the store about a second later.
    if (!m_textTimer.isActive())
        m_textTimer.start();
    if (m_state == SaveState::Saved)
        setState(SaveState::Waiting);
}

bool ReportSession::hasUnsaved() const {
    return pendingChanges() > 0;
}

int ReportSession::pendingChanges() const {
    return static_cast<int>(m_pendingCells.size() + m_pendingTexts.size() +
                            m_pendingAcknowledgements.size() + m_conflicts.size()) +
           (m_pendingMetadata ? 1 : 0);
}

bool ReportSession::saveNow() {
    m_textTimer.stop();
    if (!hasUnsaved()) {
        if (m_state != SaveState::Saved)
            setState(SaveState::Saved);
        return true;
    }
    QString error;
    bool ok = true;
    const Report& r = m_document->report();
    if (ok && !m_pendingCells.isEmpty())
        ok = writePendingCells(&error);
    if (ok && m_pendingMetadata) {
        ok = m_store->setMetadata(m_id, r.agency, r.year, r.level, &error);
        if (ok)
            m_pendingMetadata = false;
    }
    while (ok && !m_pendingAcknowledgements.empty()) {
        const auto it = m_pendingAcknowledgements.begin();
        ok = m_store->acknowledge(m_id, it->first, it->second, &error);
        if (ok)
            m_pendingAcknowledgements.erase(it);
    }
    if (ok && !m_pendingTexts.isEmpty())
        ok = writePendingTexts(&error);
    if (!ok) {
        setState(SaveState::Failed, error);
        scheduleRetry();
        return false;
    }
    m_retryTimer.stop();
    m_retryDelay = 0;
    if (!m_conflicts.empty()) {
        // Nothing to retry: the clerk chooses.
        setState(SaveState::Conflict);
        return false;
    }
    m_lastSaved = QDateTime::currentDateTime();
    setState(SaveState::Saved);
    return true;
}

bool ReportSession::writePendingCells(QString* error) {
    const Report& r = m_document->report();
    // A total is written only with its parts: while one of them is in conflict, the total on
    // screen counts this clerk's value, which the store does not have.
    const bool cellConflicts = std::any_of(m_conflicts.begin(), m_conflicts.end(),
                                           [](const Conflict& c) { return c.text < 0; });
    std::vector<ReportStore::CellEdit> edits;
    edits.reserve(m_pendingCells.size());
    for (quint16 index : std::as_const(m_pendingCells)) {
        const CellRef cell{index};
        if (cellConflicts && m_document->isComputedTotal(cell))
            continue;
        edits.push_back({cell, m_stored.value(cell), r.value(cell)});
    }
    if (edits.empty())
        return true;
    std::vector<CellRef> conflicting;
    if (!m_store->setCellValuesExpecting(m_id, edits, &conflicting, error)) {
        if (conflicting.empty())
            return false;
        // Someone else changed some of them: those become conflicts (totals are summed
        // again), the rest is written.
        takeInStored();
        return writePendingCells(error);
    }
    for (const ReportStore::CellEdit& edit : edits) {
        m_stored.setValue(edit.cell, edit.value);
        m_pendingCells.remove(edit.cell.index);
    }
    return true;
}

bool ReportSession::writePendingTexts(QString* error) {
    const Report& r = m_document->report();
    while (!m_pendingTexts.isEmpty()) {
        const int text = *m_pendingTexts.cbegin();
        bool conflict = false;
        if (!m_store->setTextExpecting(m_id, text, m_stored.text(text), r.text(text), &conflict,
                                       error)) {
            if (!conflict)
                return false;
            takeInStored();
            continue;
        }
        m_stored.setText(text, r.text(text));
        m_pendingTexts.remove(text);
    }
    return true;
}

void ReportSession::refreshFromStore() {
    m_refreshQueued = false;
    const bool conflicts = takeInStored();
    // Totals summed again over this clerk's pending parts, or changes that waited.
    if (hasUnsaved())
        saveNow();
    else if (!conflicts && m_state != SaveState::Saved)
        setState(SaveState::Saved);
}

bool ReportSession::takeInStored() {
    QString error;
    const auto stored = m_store->load(m_id, &error);
    if (!stored)
        return false; // unreachable now: the next write says why
    const FormDefinition& form = stored->form();
    const Report& shown = m_document->report();
    std::vector<std::pair<CellRef, CellValue>> theirs;
    bool conflictsAdded = false;
    for (quint16 index = 0; index < form.cells().size(); ++index) {
        const CellRef cell{index};
        const CellValue& now = stored->value(cell);
        if (now == m_stored.value(cell))
            continue;
        m_stored.setValue(cell, now);
        if (form.cell(cell).isTotal)
            continue; // follows its parts, below
        if (m_pendingCells.contains(index) && shown.value(cell) != now) {
            m_pendingCells.remove(index);
            m_conflicts.push_back({cell, -1, shown.value(cell), now, {}, {}});
            conflictsAdded = true;
        } else if (!m_pendingCells.contains(index)) {
            theirs.emplace_back(cell, now);
        }
    }
    applyStored(theirs);
    for (int text = 0; text < static_cast<int>(form.texts().size()); ++text) {
        const QString& now = stored->text(text);
        if (now == m_stored.text(text))
            continue;
        m_stored.setText(text, now);
        if (m_pendingTexts.contains(text) && shown.text(text) != now) {
            m_pendingTexts.remove(text);
            m_conflicts.push_back({{}, text, {}, {}, shown.text(text), now});
            conflictsAdded = true;
        } else if (!m_pendingTexts.contains(text)) {
            const QScopedValueRollback remote(m_reloading, true);
            m_document->applyText(text, now);
        }
    }
    m_document->setReadOnly(m_store->status(m_id) == ReportStatus::Finalized);
    if (!theirs.empty())
        Q_EMIT changedElsewhere();
    if (conflictsAdded) {
        setState(SaveState::Conflict);
        Q_EMIT conflictsChanged();
    }
    return conflictsAdded;
}

void ReportSession::applyStored(const std::vector<std::pair<CellRef, CellValue>>& cells) {
    if (cells.empty())
        return;
    // The totals are summed again from what the document now has: where this clerk has a
    // part pending, a total differs from the stored one and is written with it.
    const std::vector<CellChange> changes = m_document->changesFor(cells);
    {
        const QScopedValueRollback remote(m_reloading, true);
        m_document->applyChanges(changes, {}, true);
    }
    const Report& shown = m_document->report();
    for (const CellChange& change : changes) {
        if (m_document->isComputedTotal(change.cell) &&
            shown.value(change.cell) != m_stored.value(change.cell))
            m_pendingCells.insert(change.cell.index);
    }
}

void ReportSession::resolveConflict(size_t index, bool keepMine) {
    if (index >= m_conflicts.size())
        return;
    const Conflict conflict = m_conflicts[index];
    m_conflicts.erase(m_conflicts.begin() + static_cast<std::ptrdiff_t>(index));
    if (conflict.text >= 0) {
        if (keepMine) {
            m_pendingTexts.insert(conflict.text);
        } else {
            const QScopedValueRollback remote(m_reloading, true);
            m_document->applyText(conflict.text, conflict.theirsText);
        }
    } else if (keepMine) {
        m_pendingCells.insert(conflict.cell.index);
    } else {
        applyStored({{conflict.cell, conflict.theirsValue}});
    }
    Q_EMIT conflictsChanged();
    saveNow();
}

void ReportSession::scheduleRetry() {
    m_retryDelay = m_retryDelay == 0 ? m_options.firstRetryMs
                                     : std::min(m_retryDelay * 2, m_options.maxRetryMs);
    m_retryTimer.start(m_retryDelay);
}

void ReportSession::setState(SaveState state, const QString& error) {
    const bool changed = state != m_state || error != m_error;
    m_state = state;
    m_error = error;
    // Saved is signalled every time: the window shows the time of the last save.
    if (changed || state == SaveState::Saved)
        Q_EMIT saveStateChanged();
}

bool ReportSession::saveCopy(const QString& path, QString* error) const {
    return writeFileSafely(path, m_store->exchangeJson(m_id, m_document->report()), error);
}

void ReportSession::discardPending() {
    m_conflicts.clear();
    m_pendingCells.clear();
    m_pendingTexts.clear();
    m_pendingMetadata = false;
    m_pendingAcknowledgements.clear();
    m_textTimer.stop();
    m_retryTimer.stop();
    setState(SaveState::Saved);
}

bool ReportSession::finalize(const Approval& approval, QString* error) {
    if (isReadOnly()) {
        if (error)
            *error = Tr::tr("the report is already finalized");
        return false;
    }
    // What is finalized is what the store holds: nothing may be left pending.
    if (!saveNow()) {
        if (error)
            *error = Tr::tr("the report cannot be finalized while changes are not saved: %1")
                         .arg(m_error);
        return false;
    }
    if (!m_store->finalize(m_id, approval, error))
        return false;
    m_document->setReadOnly(true);
    return true;
}

bool ReportSession::reopen(const QString& reason, QString* error) {
    if (!isReadOnly()) {
        if (error)
            *error = Tr::tr("the report is not finalized");
        return false;
    }
    if (!m_store->reopen(m_id, reason, error))
        return false;
    m_document->setReadOnly(false);
    return true;
}

std::vector<HistoryEntry> ReportSession::history(const QString& target) {
    saveNow(); // the last keys typed belong in the history shown
    return m_store->history(m_id, target);
}

bool ReportSession::restore(const QString& target, const HistoryEntry& entry, QString* error) {
    if (isReadOnly()) {
        if (error)
            *error = Tr::tr("the report is finalized (定稿) and read-only; reopen it to change it");
        return false;
    }
    const FormDefinition& form = m_document->form();
    if (const auto cell = form.findCell(target)) {
        const auto value = ReportStore::decodeHistoryValue(entry.oldValue);
        if (!value || m_document->isComputedTotal(*cell)) {
            if (error)
                *error = Tr::tr("%1 is computed and cannot be restored").arg(target);
            return false;
        }
        m_document->setCellValue(*cell, *value);
        return true;
    }
    const int text = form.findText(target);
    if (text < 0) {
        if (error)
            *error = Tr::tr("nothing called %1 in this report").arg(target);
        return false;
    }
    m_document->setText(text, entry.oldValue);
    return true;
}

ReportPosition ReportSession::position() const {
    QSettings settings;
    settings.beginGroup(storeKey(m_store->path()) + u"/report"_s + QString::number(m_id));
    ReportPosition position;
    position.part = settings.value(u"part"_s, -1).toInt();
    for (const QString& key : settings.childKeys()) {
        bool isPart = false;
        const int part = key.mid(5).toInt(&isPart);
        if (key.startsWith(u"place"_s) && isPart)
            position.places[part] = settings.value(key).toString();
    }
    return position;
}

void ReportSession::rememberPosition(const ReportPosition& position) {
    QSettings settings;
    settings.beginGroup(storeKey(m_store->path()) + u"/report"_s + QString::number(m_id));
    // Each write of the settings file costs two fsyncs: only what changed is written.
    auto store = [&](const QString& key, const QVariant& value) {
        if (settings.value(key) != value)
            settings.setValue(key, value);
    };
    store(u"part"_s, position.part);
    for (const auto& [part, place] : position.places)
        store(u"place"_s + QString::number(part), place);
}

qint64 ReportSession::lastReport(const QString& storePath) {
    return QSettings().value(storeKey(storePath) + u"/lastReport"_s).toLongLong();
}

void ReportSession::rememberLastReport(const QString& storePath, qint64 id) {
    QSettings settings;
    const QString key = storeKey(storePath) + u"/lastReport"_s;
    if (settings.value(key).toLongLong() != id)
        settings.setValue(key, id);
}

} // namespace nianbao
