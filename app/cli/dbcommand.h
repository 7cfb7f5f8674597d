#pragma once

#include <QStringList>
#include <QTextStream>

namespace nianbao {

// `nianbao db list|import|export|check|restore [--db PATH]`: the store for administrators
// and scripts. Exit statuses as for `check`: 0 done/clean, 1 errors found, 2 failed.
int runDbCommand(const QStringList& args, QTextStream& out, QTextStream& err);
// Its part of `nianbao --help`, translated.
QString dbUsage();

} // namespace nianbao
