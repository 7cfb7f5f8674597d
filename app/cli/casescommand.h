#pragma once

#include "app/cli/registerarguments.h"

#include <QTextStream>

namespace nianbao {

// `nianbao register cases add|list` and `nianbao register table4`: the 行政复议 and 行政诉讼
// cases an agency keeps, and table four counted from them (like table3 from the register).
int runCasesCommand(const RegisterArguments& args, QTextStream& out, QTextStream& err);
int runTable4Command(ReportStore& store, const RegisterArguments& args, QTextStream& out,
                     QTextStream& err);

} // namespace nianbao
