#include "model/board/board.h"

#include "model/storage/reportstore.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Board)
};

BoardStatus statusOf(const BoardReportInfo& report) {
    // A finalized report no longer what was finalized (changed by another tool, a bad
    // restore) cannot count as done.
    if (report.info.finalizedContentChanged)
        return BoardStatus::HasErrors;
    if (report.info.status == ReportStatus::Finalized)
        return report.publishedOn.isValid() ? BoardStatus::Published : BoardStatus::Finalized;
    return report.info.errors > 0 ? BoardStatus::HasErrors : BoardStatus::Draft;
}

} // namespace

QString boardStatusCode(BoardStatus status) {
    switch (status) {
    case BoardStatus::NotStarted:
        return u"not_started"_s;
    case BoardStatus::Draft:
        return u"draft"_s;
    case BoardStatus::HasErrors:
        return u"errors"_s;
    case BoardStatus::Finalized:
        return u"finalized"_s;
    case BoardStatus::Published:
        return u"published"_s;
    }
    return {};
}

QString boardStatusName(BoardStatus status) {
    switch (status) {
    case BoardStatus::NotStarted:
        return Tr::tr("Not started");
    case BoardStatus::Draft:
        return Tr::tr("Draft");
    case BoardStatus::HasErrors:
        return Tr::tr("Has errors");
    case BoardStatus::Finalized:
        return Tr::tr("Finalized");
    case BoardStatus::Published:
        return Tr::tr("Published");
    }
    return {};
}

QDate reportDeadline(int year) {
    return QDate(year + 1, 1, 31);
}

std::vector<BoardRow> buildBoard(const ReportStore& store, int year, const QDate& today) {
    const QDate deadline = reportDeadline(year);
    std::vector<BoardRow> rows;
    QHash<QString, size_t> byUnit;
    for (const UnitInfo& unit : store.units()) {
        byUnit.insert(unit.name, rows.size());
        BoardRow row;
        row.unit = unit.name;
        row.level = unit.level;
        row.daysToDeadline = today.daysTo(deadline);
        rows.push_back(std::move(row));
    }
    // Several live reports of one unit and year: the last one (by id) is the board's.
    for (const BoardReportInfo& report : store.boardReports(year)) {
        const auto at = byUnit.constFind(report.info.agency);
        if (at == byUnit.constEnd())
            continue;
        BoardRow& row = rows[*at];
        row.reportId = report.info.id;
        if (report.level != AgencyLevel::Unknown)
            row.level = report.level;
        row.status = statusOf(report);
        row.errors = std::max(report.info.errors, 0);
        row.warnings = std::max(report.info.warnings, 0);
        row.lastChange = report.info.modified;
        row.finalizedOn = report.finalizedOn;
        row.publishedOn = report.publishedOn;
        if (report.finalizedOn.isValid())
            row.daysToDeadline = report.finalizedOn.daysTo(deadline);
        if (report.openReturn) {
            row.returnReason = report.openReturn->reason;
            row.returnedAt = report.openReturn->at;
        }
    }
    return rows;
}

} // namespace nianbao
