#pragma once

#include <QStringList>
#include <QTextStream>

namespace nianbao {

class Report;
struct RenderOptions;

// The options a report file prints with: a file exported by the store after 定稿 carries
// "finalized" (date, names, hash): no draft watermark, the fingerprint, the names for the
// approval page. *finalized says whether it did.
RenderOptions fileRenderOptions(const Report& report, bool* finalized);

// `nianbao export FILE --pdf OUT | --png DIR [--no-watermark]`: renders the report as it
// prints, without a display. Exit status 0 done, 2 failed.
int runExportCommand(const QStringList& args, QTextStream& out, QTextStream& err);
// Its part of `nianbao --help`, translated.
QString exportUsage();

} // namespace nianbao
