#pragma once

#include "model/core/registertable.h"
#include "model/render/reportlayout.h"

#include <optional>
#include <vector>

namespace nianbao {

// A4 landscape for the printed register; every measure in points.
struct LandscapeGeometry {
    static constexpr double kMm = PageGeometry::kMm;
    static constexpr double kWidth = 297 * kMm;
    static constexpr double kHeight = 210 * kMm;
    static constexpr double kMargin = 12 * kMm;
    static constexpr double kTypeWidth = kWidth - 2 * kMargin;
    static constexpr double kBottomOfType = kHeight - 20 * kMm; // the page number below
};

struct RegisterPrintOptions {
    QString agency;
    std::optional<int> year; // in the title; the entries are chosen by the caller
    // Left out unless asked for; then shown, or masked (张** / 138****1234).
    PersonalData personalData = PersonalData::LeftOut;
};

// 「某局2025年政府信息公开申请登记表」, or without a year 「某局政府信息公开申请登记表」.
QString registerPrintTitle(const RegisterPrintOptions& options);

// The printed register (登记表): A4 landscape, the agency and year in the title, one row per
// entry under the register's headers (registerColumnHeaders), the header row repeated on every
// page, a row never split, 「第 N 页 共 M 页」 under each page. Drawn with the report's table
// layout and painted by ReportLayout::paintPage, so that PDF, printer and preview agree.
std::vector<LaidOutPage> layoutRegister(const std::vector<RegisterEntry>& entries,
                                        const RegisterPrintOptions& options,
                                        const WorkCalendar* calendar);

} // namespace nianbao
