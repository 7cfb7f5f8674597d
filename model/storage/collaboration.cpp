// Two clerks on one report, which only a store on a server allows: edits checked against what
// the clerk last saw (so that neither silently overwrites the other), and the other connections'
// changes announced through the server's LISTEN/NOTIFY.
#include "model/storage/reportstore.h"

#include "model/storage/dialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace nianbao {

bool ReportStore::setCellValuesExpecting(qint64 id, const std::vector<CellEdit>& edits,
                                         std::vector<CellRef>* conflicts, QString* error) {
    std::vector<std::pair<CellRef, CellValue>> values;
    std::vector<CellValue> expected;
    values.reserve(edits.size());
    expected.reserve(edits.size());
    for (const CellEdit& edit : edits) {
        values.emplace_back(edit.cell, edit.value);
        expected.push_back(edit.expected);
    }
    return writeCells(id, values, {}, error, &expected, conflicts);
}

bool ReportStore::setTextExpecting(qint64 id, int text, const QString& expected,
                                   const QString& body, bool* conflict, QString* error) {
    return writeText(id, text, body, &expected, conflict, error);
}

void ReportStore::watchChanges(std::function<void(qint64)> changed) {
    if (!m_dialect->isServer())
        return;
    const bool first = !m_changed;
    m_changed = std::move(changed);
    QSqlDriver* driver = QSqlDatabase::database(m_connection, false).driver();
    if (first) {
        // The driver lives as long as the connection, which this store removes when it goes.
        QObject::connect(driver, &QSqlDriver::notification, driver,
                         [this](const QString& name, QSqlDriver::NotificationSource source,
                                const QVariant& payload) {
                             if (name == QString::fromUtf16(storage::Dialect::kChangeChannel) &&
                                 source != QSqlDriver::SelfSource && m_changed)
                                 m_changed(payload.toLongLong());
                         });
    }
    subscribeToChanges();
}

bool ReportStore::subscribeToChanges() const {
    if (!m_changed)
        return true;
    QSqlDriver* driver = QSqlDatabase::database(m_connection, false).driver();
    const QString channel = QString::fromUtf16(storage::Dialect::kChangeChannel);
    return driver->subscribedToNotifications().contains(channel) ||
           driver->subscribeToNotification(channel);
}

} // namespace nianbao
