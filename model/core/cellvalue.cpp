#include "model/core/cellvalue.h"

namespace nianbao {

QString CellValue::displayText() const {
    switch (state) {
    case CellState::Empty:
        return {};
    case CellState::Number:
        return number.toString();
    case CellState::NotApplicable:
        return QStringLiteral("/");
    case CellState::Dash:
        return QStringLiteral("-");
    case CellState::Unreadable:
        return text;
    }
    return {};
}

} // namespace nianbao
