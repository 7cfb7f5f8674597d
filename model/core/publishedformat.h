#pragma once

#include "model/core/finding.h"
#include "model/core/report.h"

#include <optional>

namespace nianbao {

// The exchange file's optional top-level key recording the layout of the published page a
// report was imported from: "publishedFormat": "2019" when the page still used the 2019
// format. Older readers keep it as an unknown key (Report::extraKeys); the store keeps it too.
inline constexpr QStringView kPublishedFormatKey = u"publishedFormat";

void markPublishedIn2019Format(Report& report);
bool wasPublishedIn2019Format(const Report& report);

// F1: a report for 2021 or later published in the 2019 format. Nothing when the format was
// right, or the year is unknown or before 2021 (the 2019 format was the right one then).
std::optional<Finding> publishedFormatFinding(const Report& report);

} // namespace nianbao
