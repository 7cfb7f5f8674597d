#pragma once

#include "model/core/cellvalue.h"
#include "model/core/formdefinition.h"

#include <QString>

#include <optional>

namespace nianbao {

// What a clerk may type into a cell: whole numbers ≥ 0 in count cells, up to 4 decimals in
// the 万元 cell, 「/」 where the form allows it, nothing (to clear). Full-width digits and
// thousands separators are normalized; anything else is refused with a message saying why.
struct CellInput {
    std::optional<CellValue> value;
    QString error;

    static CellInput parse(QStringView typed, const CellDefinition& cell);
};

} // namespace nianbao
