#pragma once

#include <QStringList>
#include <QTextStream>

#include "model/core/finding.h"

#include <map>
#include <optional>
#include <vector>

namespace nianbao {

// `nianbao check FILE [--previous FILE] [--json]`: validates one report file.
int runCheckCommand(const QStringList& args, QTextStream& out, QTextStream& err);
// Its part of `nianbao --help`, translated.
QString checkUsage();

class Report;
// Validates and prints the findings (one a line in Chinese, or JSON); returns the exit status.
// Acknowledged warnings (by findingKey) are shown with their reasons.
// `before` are findings printed ahead of the rules' own (see finalizedSealFinding).
int printCheck(const Report& report, const Report* previous,
               const std::map<QString, QString>& acknowledged, bool json, QTextStream& out,
               const std::vector<Finding>& before = {});

// F1, an error, when a report file says it was finalized (its "finalized" key) but its
// content does not have the hash stated there: the file is refused as final.
std::optional<Finding> finalizedSealFinding(const Report& report);

} // namespace nianbao
