#pragma once

#include "model/core/report.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

class ReportStore;

// Where a unit's report of the year stands, as the county office's board shows it.
enum class BoardStatus : quint8 {
    NotStarted, // 未开始: no report this year
    Draft,      // 草稿
    HasErrors,  // 有错误: a draft with errors
    Finalized,  // 已定稿
    Published,  // 已发布: finalized and marked published by the unit
};
inline constexpr BoardStatus kBoardStatuses[] = {BoardStatus::NotStarted, BoardStatus::Draft,
                                                 BoardStatus::HasErrors, BoardStatus::Finalized,
                                                 BoardStatus::Published};
QString boardStatusCode(BoardStatus status); // "not_started", for scripts
QString boardStatusName(BoardStatus status); // in the user's language

// One unit on the board of a year.
struct BoardRow {
    QString unit;
    AgencyLevel level = AgencyLevel::Unknown;
    BoardStatus status = BoardStatus::NotStarted;
    qint64 reportId = 0; // 0: no report this year
    int errors = 0;
    int warnings = 0;
    QDateTime lastChange;
    // Days left to the deadline (negative: late). For a finalized report, counted from its
    // finalization, so that a report finalized in time is never shown late afterwards.
    std::optional<int> daysToDeadline;
    QDate finalizedOn;
    QDate publishedOn;
    QString returnReason; // 退回's reason while the unit has not finalized again
    QDateTime returnedAt;
};

// 31 January of the year after the report year: when the report must be published.
QDate reportDeadline(int year);

// Every unit the store knows (registered, or with a report in any year) with its report of
// `year`; `today` for the days to the deadline. By unit name.
std::vector<BoardRow> buildBoard(const ReportStore& store, int year, const QDate& today);

} // namespace nianbao
