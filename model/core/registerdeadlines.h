#pragma once

#include "model/core/requestregister.h"
#include "model/core/workcalendar.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

// Where an open request stands, in the user's language (「截止 2025-03-31，剩 3 个工作日」), empty
// for an answered one; `deadline` receives the deadline when it could be counted, else the
// text says why not (a date in a year without a calendar).
QString describeDeadline(const RegisterEntry& entry, const WorkCalendar& calendar, QDate today,
                         std::optional<RequestDeadline>* deadline);

// An open request that needs attention: overdue, or due within the days asked.
struct DueRequest {
    RegisterEntry entry;
    RequestDeadline deadline;
    QString description; // describeDeadline's
};

struct DueList {
    std::vector<DueRequest> due;       // most overdue first, then by due date
    std::vector<DueRequest> uncounted; // open requests whose deadline cannot be counted
};

// The open requests among `entries` overdue or due within `days` working days of `today`
// (the start page's list, `nianbao register due`). A deadline that cannot be counted is never
// passed over in silence: it is in `uncounted`.
DueList dueRequests(const std::vector<RegisterEntry>& entries, const WorkCalendar& calendar,
                    QDate today, int days);

} // namespace nianbao
