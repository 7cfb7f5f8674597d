#include "model/core/registerdeadlines.h"

#include <QCoreApplication>

#include <algorithm>

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::RegisterDeadlines)
};

QString dateText(QDate d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString describeDeadline(const RegisterEntry& e, const WorkCalendar& calendar, QDate today,
                         std::optional<RequestDeadline>* deadline) {
    QString error;
    *deadline = RequestRegister::deadline(e, calendar, today, &error);
    if (!*deadline)
        return Tr::tr("deadline unknown: %1").arg(error);
    switch ((*deadline)->state) {
    case RequestDeadline::State::Answered:
        return {};
    case RequestDeadline::State::AwaitingCorrection:
        return Tr::tr("awaiting the corrected application (补正)");
    case RequestDeadline::State::InConsultation:
        return Tr::tr("third party consulted: the period is paused");
    case RequestDeadline::State::Running:
        break;
    }
    const int left = (*deadline)->workingDaysLeft;
    if (left < 0)
        return Tr::tr("due %1, overdue by %2 working day(s)")
            .arg(dateText((*deadline)->due))
            .arg(-left);
    return Tr::tr("due %1, %2 working day(s) left").arg(dateText((*deadline)->due)).arg(left);
}

DueList dueRequests(const std::vector<RegisterEntry>& entries, const WorkCalendar& calendar,
                    QDate today, int days) {
    DueList list;
    for (const RegisterEntry& e : entries) {
        if (e.replied.isValid())
            continue;
        std::optional<RequestDeadline> deadline;
        const QString description = describeDeadline(e, calendar, today, &deadline);
        if (!deadline) {
            list.uncounted.push_back({e, RequestDeadline{}, description});
            continue;
        }
        if (deadline->state != RequestDeadline::State::Running || deadline->workingDaysLeft > days)
            continue;
        list.due.push_back({e, *deadline, description});
    }
    std::stable_sort(list.due.begin(), list.due.end(),
                     [](const DueRequest& a, const DueRequest& b) {
                         return a.deadline.workingDaysLeft < b.deadline.workingDaysLeft;
                     });
    return list;
}

} // namespace nianbao
