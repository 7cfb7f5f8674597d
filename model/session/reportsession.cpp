#include "model/session/reportsession.h"

#include "model/core/filewriting.h"
#include "model/core/reportjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QSignalBlocker>

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
    , m_options(options) {
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
}

ReportSession::~ReportSession() {
    // The window offers a choice before it gets here with changes pending; this is the last
    // attempt for any other owner (the command line, tests). Nobody is told: the owner is
    // going away.
    const QSignalBlocker quiet(this);
    saveNow();
}

void ReportSession::onCells(const std::vector<CellRef>& cells) {
    if (m_reloading)
        return;
    for (CellRef cell : cells)
        m_pendingCells.insert(cell.index);
    saveNow();
}

void ReportSession::onText(int text) {
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
                            m_pendingAcknowledgements.size()) +
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
    if (ok && !m_pendingCells.isEmpty()) {
        std::vector<std::pair<CellRef, CellValue>> values;
        values.reserve(m_pendingCells.size());
        for (quint16 index : std::as_const(m_pendingCells))
            values.emplace_back(CellRef{index}, r.value(CellRef{index}));
        ok = m_store->setCellValues(m_id, values, &error);
        if (ok)
            m_pendingCells.clear();
    }
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
    while (ok && !m_pendingTexts.isEmpty()) {
        const int text = *m_pendingTexts.cbegin();
        ok = m_store->setText(m_id, text, r.text(text), &error);
        if (ok)
            m_pendingTexts.remove(text);
    }
    if (!ok) {
        setState(SaveState::Failed, error);
        scheduleRetry();
        return false;
    }
    m_retryTimer.stop();
    m_retryDelay = 0;
    m_lastSaved = QDateTime::currentDateTime();
    setState(SaveState::Saved);
    return true;
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
