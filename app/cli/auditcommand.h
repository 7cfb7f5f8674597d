#pragma once

#include <QStringList>
#include <QTextStream>

namespace nianbao {

// `nianbao audit PATH... [--format table|csv|json]`: imports and checks many published reports
// or report files, one line each. Exit 0 all clean, 1 some with errors, 2 none readable.
int runAuditCommand(const QStringList& args, QTextStream& out, QTextStream& err);
// Its part of `nianbao --help`, translated.
QString auditUsage();

} // namespace nianbao
