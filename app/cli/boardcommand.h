#pragma once

#include <QStringList>
#include <QTextStream>

namespace nianbao {

// The county office's commands (model/board):
//   `nianbao board --year Y [--json]`: every unit's report of the year with its status;
//   `nianbao board add-unit NAME --level LEVEL`, `board return --unit NAME --year Y --reason
//   TEXT`, `board published --unit NAME --year Y --date DATE`;
//   `nianbao summary --year Y [--unit NAME …] -o FILE.xlsx|.csv|.pdf`: the 汇总.
// Exit statuses as for `check`: 0 done, 1 something to act on (a late or erroneous unit on
// the board, an arithmetic error in the sum), 2 failed.
int runBoardCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int runSummaryCommand(const QStringList& args, QTextStream& out, QTextStream& err);
// Their parts of `nianbao --help`, translated.
QString boardUsage();
QString summaryUsage();

} // namespace nianbao
