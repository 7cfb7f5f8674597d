#pragma once

#include "model/core/decimal.h"

#include <QString>

namespace nianbao {

// What a cell of a report holds. A published report can print a number, nothing, 「/」,
// a dash, or something unreadable; an audit must tell them apart and never invent a 0.
enum class CellState : quint8 {
    Empty,         // not filled (absent or null in the file)
    Number,        // a number, possibly one the rules reject (negative, fractional)
    NotApplicable, // 「/」
    Dash,          // 「-」 or 「—」 was printed
    Unreadable,    // something that is not a number; `text` keeps the original
};

struct CellValue {
    CellState state = CellState::Empty;
    Decimal number;
    QString text;

    static CellValue empty() { return {}; }
    static CellValue of(const Decimal& d) { return {CellState::Number, d, {}}; }
    static CellValue of(qint64 n) { return of(Decimal::fromInteger(n)); }
    static CellValue notApplicable() { return {CellState::NotApplicable, {}, {}}; }
    static CellValue dash() { return {CellState::Dash, {}, {}}; }
    static CellValue unreadable(const QString& original) {
        return {CellState::Unreadable, {}, original};
    }

    bool isNumber() const { return state == CellState::Number; }
    bool isEmpty() const { return state == CellState::Empty; }
    // How the report shows it: the number, 「/」, 「-」, the unreadable text, or nothing.
    QString displayText() const;

    bool operator==(const CellValue& other) const {
        return state == other.state &&
               (state != CellState::Number || number.identical(other.number)) && text == other.text;
    }
};

} // namespace nianbao
