#pragma once

#include "model/core/report.h"

#include <QString>

#include <optional>

namespace nianbao {

// The agency's name as printed before a title or in a signature, cleaned of what pages put
// around it: page furniture (「Page3-」), lead-in words (「现公布」) and link text injected by
// spam mirrors before it (「XX娱乐官网入口住房和城乡建设局」 → 「住房和城乡建设局」). Returns
// nothing when what is left is not a name (「现将我局」, 「年度本单位」, a sentence), so that
// garbage is never stored; `why` then says what was refused.
std::optional<QString> cleanAgencyName(QStringView printed, QString* why = nullptr);

// The level an agency's name shows: 乡/镇 → township, 街道 → street, 县/区/旗 → county,
// 市/州/盟 → city, 省/自治区 and the four municipalities → province; a government when the
// name ends with 人民政府 (or is the place alone), else a department of it. Unknown when the
// name shows no place. `how` says what it was read from, e.g. 「名称中的“区”」.
struct InferredLevel {
    AgencyLevel level = AgencyLevel::Unknown;
    QString how;
};
InferredLevel inferAgencyLevel(QStringView agency);

} // namespace nianbao
