#pragma once

#include <QStringList>
#include <QTextStream>

namespace nianbao {

// `nianbao export FILE --pdf OUT | --png DIR [--no-watermark]`: renders the report as it
// prints, without a display. Exit status 0 done, 2 failed.
int runExportCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace nianbao
