#pragma once

#include "model/core/report.h"

#include <QString>

namespace nianbao::test {

// A report printed the way text pulled from its PDF looks (labels broken over lines, long rows
// wrapped, a page footer inside t3): input for the importer's tests and benchmarks whose
// expected values are the report's own.
QString asPdfText(const Report& report);

} // namespace nianbao::test
