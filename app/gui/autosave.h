#pragma once

#include "model/core/formdefinition.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace nianbao {

class ReportDocument;
class ReportStore;

// Autosave: every change of the document goes to the store at once, each in its own
// transaction — a cell (or a pasted block) when it changes, metadata and reasons too; a text
// after about a second without typing. There is no "unsaved" state for the clerk. A failed
// write (disk full, file gone) is reported and retried with the next change; nothing already
// saved is lost.
class Autosave : public QObject {
    Q_OBJECT

public:
    Autosave(ReportStore* store, qint64 reportId, ReportDocument* document,
             QObject* parent = nullptr);
    ~Autosave() override;

    // Writes pending texts now (before closing the report).
    bool flush();
    QDateTime lastSaved() const { return m_lastSaved; }
    static constexpr int kTextDelayMs = 1000;

Q_SIGNALS:
    void saved(const QDateTime& when);
    void failed(const QString& message);

private:
    void onCells(const std::vector<CellRef>& cells);
    void done(bool ok, const QString& error);

    ReportStore* m_store;
    qint64 m_id;
    ReportDocument* m_document;
    QTimer m_textTimer;
    QSet<int> m_pendingTexts;
    QDateTime m_lastSaved;
};

} // namespace nianbao
