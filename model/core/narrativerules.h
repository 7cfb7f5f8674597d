#pragma once

#include "model/core/finding.h"
#include "model/core/report.h"

#include <vector>

namespace nianbao {

// The rules about the narrative parts: figures stated in the text against the tables
// (N1–N7), the period named (Y1), text copied from last year (X3), and what parts 5 and 6
// must say (S5, S6).
class NarrativeRules {
public:
    static void check(const Report& report, const Report* previousYear, std::vector<Finding>& out);

    // How alike two texts are, from 0 to 1 (Dice coefficient over character pairs, white
    // space and punctuation ignored).
    static double similarity(QStringView a, QStringView b);

    // Forgets the per-thread analyses of texts seen before (for measuring the cold path).
    static void clearCache();
};

} // namespace nianbao
