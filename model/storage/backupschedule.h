#pragma once

#include <QTimer>

namespace nianbao {

class ReportStore;

// Keeps the daily backup going while an editor stays open for days: every hour it asks the
// store for today's backup, which costs a file check except once a day. It runs from the
// event loop when nothing else is waiting, never inside an edit.
class BackupSchedule {
public:
    explicit BackupSchedule(ReportStore* store);
    BackupSchedule(const BackupSchedule&) = delete;
    BackupSchedule& operator=(const BackupSchedule&) = delete;

    // One check now, as the timer does it; for tests.
    bool runOnce(const QDate& today, QString* error);

private:
    ReportStore* m_store;
    QTimer m_timer;
};

} // namespace nianbao
