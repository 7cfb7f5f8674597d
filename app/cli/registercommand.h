#pragma once

#include <QStringList>
#include <QTextStream>

namespace nianbao {

// `nianbao register list|due|add|table3 [--db PATH]`: the request register (依申请公开登记)
// for clerks' scripts. Exit statuses as for `check`: 0 done, 1 something to act on (an
// overdue request, entries table three could not count), 2 failed.
int runRegisterCommand(const QStringList& args, QTextStream& out, QTextStream& err);
// Its part of `nianbao --help`, translated.
QString registerUsage();

} // namespace nianbao
