#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace nianbao {

// GCC and Clang provide 128-bit integers on every platform we build for (x86-64, MinGW).
__extension__ typedef __int128 Int128;

// An exact decimal number: an integer count of 10^-scale units. Amounts in 万元 and counts
// both live here, so that no sum anywhere goes through binary floating point. The scale
// given in the input is kept ("1.50" stays "1.50") so that a file round-trips as written.
class Decimal {
public:
    static constexpr int kMaxScale = 12;

    Decimal() = default;
    static Decimal fromInteger(qint64 value) { return Decimal(value, 0); }

    enum class ParseError { None, Malformed, OutOfRange, TooManyDecimals };
    // Accepts an optional sign, digits, an optional fraction and an optional exponent (the
    // forms JSON numbers take). The integer part must fit in 64 bits.
    static std::optional<Decimal> parse(QStringView text, ParseError* error = nullptr);

    QString toString() const;
    int scale() const { return m_scale; }
    bool isInteger() const;
    // Decimals that carry value: 1.2300 has 2.
    int significantDecimals() const;
    bool isNegative() const { return m_units < 0; }
    bool isZero() const { return m_units == 0; }
    // Whole numbers only; nullopt for fractions.
    std::optional<qint64> toInteger() const;

    Decimal operator+(const Decimal& other) const;
    Decimal operator-(const Decimal& other) const;
    Decimal operator-() const { return Decimal(-m_units, m_scale); }
    Decimal& operator+=(const Decimal& other) { return *this = *this + other; }

    std::strong_ordering operator<=>(const Decimal& other) const;
    bool operator==(const Decimal& other) const { return (*this <=> other) == 0; }
    // Same value and same written scale.
    bool identical(const Decimal& other) const {
        return m_units == other.m_units && m_scale == other.m_scale;
    }

private:
    Decimal(Int128 units, int scale)
        : m_units(units)
        , m_scale(scale) {}

    // 9.2e18 (int64) × 10^12 leaves room in 128 bits for sums of thousands of cells.
    Int128 m_units = 0;
    int m_scale = 0;
};

} // namespace nianbao
