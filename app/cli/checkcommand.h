#pragma once

#include <QStringList>
#include <QTextStream>

#include <map>

namespace nianbao {

// `nianbao check FILE [--previous FILE] [--json]`: validates one report file.
int runCheckCommand(const QStringList& args, QTextStream& out, QTextStream& err);

class Report;
// Validates and prints the findings (one a line in Chinese, or JSON); returns the exit status.
// Acknowledged warnings (by findingKey) are shown with their reasons.
int printCheck(const Report& report, const Report* previous,
               const std::map<QString, QString>& acknowledged, bool json, QTextStream& out);

} // namespace nianbao
