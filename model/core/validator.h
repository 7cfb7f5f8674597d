#pragma once

#include "model/core/finding.h"
#include "model/core/report.h"

#include <vector>

namespace nianbao {

// Checks a report against every rule that one report, or this year's and last year's
// together, can decide (see shared/spec/annual-report-2021.md). Never changes the report.
// Cheap enough to run after every keystroke: the arithmetic comes precomputed from the
// form definition, the narrative scan touches each character a few times.
class Validator {
public:
    // Findings in a stable order: arithmetic, cells, cross-year, narrative.
    static std::vector<Finding> check(const Report& report, const Report* previousYear = nullptr);

    static int countOf(const std::vector<Finding>& findings, Severity severity);
};

} // namespace nianbao
