#pragma once

#include <QStringList>
#include <QTextStream>

namespace nianbao {

// `nianbao server init --db URL` and `nianbao server add-unit NAME --db URL [--level LEVEL]
// [--role ROLE] [--county-office]`: a county's units on one PostgreSQL server, each in its own
// lane (ReportStore::initLanes, addUnit). Run by the database's owner. Exit 0 done, 2 failed.
QString serverUsage();
int runServerCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace nianbao
