#pragma once

#include "model/core/requestregister.h"
#include "model/render/xlsxexport.h"

#include <vector>

namespace nianbao {

// The register as a sheet (登记表): one row per entry under the Chinese headers clerks use,
// dates as Excel dates, the outcome by its row of table three. The applicant's name and
// contact are columns only when `withPersonalData` is asked for (issue 18, item 6).
XlsxSheet registerSheet(const std::vector<RegisterEntry>& entries, bool withPersonalData);

} // namespace nianbao
