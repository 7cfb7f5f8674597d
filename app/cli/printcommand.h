#pragma once

#include <QStringList>
#include <QTextStream>

namespace nianbao {

// `nianbao print FILE [--printer NAME] [--copies N] [--approval-page] [--to-file OUT.pdf
// [--dpi N]]`: prints a report file through the window's own print code, to a printer or, with
// --to-file, through QPrinter's PDF mode to a file. Exit status 0 printed, 2 failed.
int runPrintCommand(const QStringList& args, QTextStream& out, QTextStream& err);
// Its part of `nianbao --help`, translated.
QString printUsage();

} // namespace nianbao
