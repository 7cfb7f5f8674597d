#pragma once

#include "model/core/formdefinition.h"

#include <QString>

#include <vector>

namespace nianbao {

// One broken or doubtful rule in a report: what the issues panel lists, what the command
// line prints and what the editor marks. Cells and text ranges say where to jump.
struct Finding {
    QString rule; // "R1"
    Severity severity = Severity::Error;
    std::vector<CellRef> cells;
    int text = -1;      // index into FormDefinition::texts() for narrative findings
    int textStart = -1; // the sentence or clause the finding is about, in that text
    int textLength = 0;
    QString message; // plain Chinese, naming labels and the numbers on both sides

    bool operator==(const Finding&) const = default;
};

QString severityCode(Severity severity); // "error", "warning", "info"
// Identifies a finding across edits ("X1|t3.carried_in.natural", "S5|problems"), so that a
// warning acknowledged with a reason stays acknowledged while it is the same finding.
QString findingKey(const Finding& finding, const FormDefinition& form);
QString severityName(Severity severity); // 错误, 提醒, 提示

} // namespace nianbao
