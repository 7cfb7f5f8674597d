#pragma once

#include "model/import/registerimport.h"

#include <QString>

#include <optional>

namespace nianbao {

// Rows pasted from a spreadsheet (Ctrl+V of tab-separated text) read as register entries of
// `agency`, by the same rules as an imported sheet (readRegisterSheet). With a header row among
// the first rows its names choose the columns; without one the columns are taken in the order
// the register export writes them (编号, 收到日期, 申请方式, 申请人类型, [申请人, 联系方式,]
// 申请内容, 补正, 征求意见, 延期, 答复日期, 办理结果, 截止日期, 费用, 备注: the personal
// columns when the rows are wide enough to hold them), so that rows copied from an exported
// register come back. nullopt with the reason when the text is not rows of cells.
std::optional<RegisterImport> readPastedRegister(const QString& text, const QString& agency,
                                                 QString* error);

// The headers a pasted block without its own is read under.
QStringList pastedRegisterHeaders(bool withPersonalData);

} // namespace nianbao
