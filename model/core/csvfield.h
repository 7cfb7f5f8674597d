#pragma once

#include <QString>

namespace nianbao {

// One field of a CSV line (RFC 4180): quoted, its quotes doubled, when it holds a comma, a
// quote or a line break; as it is otherwise.
QString csvField(const QString& text);

// A text field that a spreadsheet would run as a formula (=, +, -, @ first) written with a
// leading ' so that it stays text. Not for numbers: "-3" is a number.
QString csvTextField(const QString& text);

} // namespace nianbao
