#pragma once

#include <QStringList>
#include <QTextStream>

namespace nianbao {

// `nianbao import SOURCE [-o OUT.nianbao.json]`: reads a published report into the exchange
// format and says on standard error what it could not find. Exit 0 complete, 1 partial,
// 2 not a report or unreadable.
int runImportCommand(const QStringList& args, QTextStream& out, QTextStream& err);
// Its part of `nianbao --help`, translated.
QString importUsage();

} // namespace nianbao
