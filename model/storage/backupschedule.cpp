#include "model/storage/backupschedule.h"

#include "model/storage/reportstore.h"

#include <QDate>

namespace nianbao {

namespace {
constexpr int kCheckIntervalMs = 60 * 60 * 1000;
} // namespace

BackupSchedule::BackupSchedule(ReportStore* store)
    : m_store(store) {
    m_timer.setInterval(kCheckIntervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        QString error;
        if (!runOnce(QDate::currentDate(), &error))
            qWarning("%s", qPrintable(error));
    });
    m_timer.start();
}

bool BackupSchedule::runOnce(const QDate& today, QString* error) {
    return m_store->backupIfDue(today, error);
}

} // namespace nianbao
