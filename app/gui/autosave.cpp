#include "app/gui/autosave.h"

#include "model/editing/reportdocument.h"
#include "model/storage/reportstore.h"

namespace nianbao {

Autosave::Autosave(ReportStore* store, qint64 reportId, ReportDocument* document, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_id(reportId)
    , m_document(document) {
    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(kTextDelayMs);
    connect(&m_textTimer, &QTimer::timeout, this, [this] { flush(); });
    connect(document, &ReportDocument::cellsChanged, this, &Autosave::onCells);
    connect(document, &ReportDocument::textChanged, this, [this](int text) {
        m_pendingTexts.insert(text);
        m_textTimer.start();
    });
    connect(document, &ReportDocument::metadataChanged, this, [this] {
        const Report& r = m_document->report();
        QString error;
        const bool ok = m_store->setMetadata(m_id, r.agency, r.year, r.level, &error);
        done(ok, error);
    });
    connect(document, &ReportDocument::acknowledged, this,
            [this](const QString& key, const QString& reason) {
                QString error;
                const bool ok = m_store->acknowledge(m_id, key, reason, &error);
                done(ok, error);
            });
}

Autosave::~Autosave() {
    flush();
}

void Autosave::onCells(const std::vector<CellRef>& cells) {
    std::vector<std::pair<CellRef, CellValue>> values;
    values.reserve(cells.size());
    for (CellRef cell : cells)
        values.emplace_back(cell, m_document->report().value(cell));
    QString error;
    const bool ok = m_store->setCellValues(m_id, values, &error);
    done(ok, error);
}

bool Autosave::flush() {
    m_textTimer.stop();
    bool ok = true;
    QString error;
    const QSet<int> pending = std::exchange(m_pendingTexts, {});
    for (int text : pending) {
        if (!m_store->setText(m_id, text, m_document->report().text(text), &error)) {
            ok = false;
            m_pendingTexts.insert(text); // retried with the next change
        }
    }
    if (!pending.isEmpty())
        done(ok, error);
    return ok;
}

void Autosave::done(bool ok, const QString& error) {
    if (!ok) {
        Q_EMIT failed(error);
        return;
    }
    m_lastSaved = QDateTime::currentDateTime();
    Q_EMIT saved(m_lastSaved);
}

} // namespace nianbao
