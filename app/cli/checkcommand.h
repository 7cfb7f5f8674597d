#pragma once

#include <QStringList>
#include <QTextStream>

namespace nianbao {

// `nianbao check FILE [--previous FILE] [--json]`: validates one report file.
int runCheckCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace nianbao
