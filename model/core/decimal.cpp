#include "model/core/decimal.h"

#include <algorithm>
#include <limits>

namespace nianbao {

namespace {

Int128 powerOfTen(int exponent) {
    Int128 p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text, ParseError* error) {
    auto failWith = [&](ParseError e) -> std::optional<Decimal> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = ParseError::None;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    // Digits are collected without their leading zeros; 40 significant digits is already
    // far beyond anything that fits, so longer inputs are out of range, not slow.
    Int128 units = 0;
    int significant = 0;
    int integerDigits = 0;
    int fractionDigits = 0;
    bool overflow = false;
    auto addDigit = [&](int d) {
        if (significant > 0 || d != 0)
            ++significant;
        if (significant > 36)
            overflow = true;
        else
            units = units * 10 + d;
    };
    while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
        addDigit(text[i].unicode() - u'0');
        ++integerDigits;
        ++i;
    }
    if (i < n && text[i] == u'.') {
        ++i;
        while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
            addDigit(text[i].unicode() - u'0');
            ++fractionDigits;
            ++i;
        }
        if (fractionDigits == 0)
            return failWith(ParseError::Malformed);
    }
    if (integerDigits == 0)
        return failWith(ParseError::Malformed); // ".5" is not a JSON number either
    long exponent = 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (text[i] == u'-' || text[i] == u'+')) {
            negativeExponent = text[i] == u'-';
            ++i;
        }
        int expDigits = 0;
        while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
            if (exponent < 100000)
                exponent = exponent * 10 + (text[i].unicode() - u'0');
            ++expDigits;
            ++i;
        }
        if (expDigits == 0)
            return failWith(ParseError::Malformed);
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != n)
        return failWith(ParseError::Malformed);
    if (overflow)
        return failWith(ParseError::OutOfRange);

    long scale = fractionDigits - exponent;
    if (scale < 0) {
        if (scale < -36)
            return units == 0 ? std::optional(Decimal(0, 0)) : failWith(ParseError::OutOfRange);
        units *= powerOfTen(static_cast<int>(-scale));
        scale = 0;
    }
    // Trailing zeros beyond the limit carry no value ("1.0000000000000" is 1).
    while (scale > kMaxScale && units % 10 == 0) {
        units /= 10;
        --scale;
    }
    if (scale > kMaxScale)
        return failWith(ParseError::TooManyDecimals);
    const Int128 integerPart = units / powerOfTen(static_cast<int>(scale));
    if (integerPart > static_cast<Int128>(std::numeric_limits<qint64>::max()))
        return failWith(ParseError::OutOfRange);
    return Decimal(negative ? -units : units, static_cast<int>(scale));
}

QString Decimal::toString() const {
    Int128 magnitude = m_units < 0 ? -m_units : m_units;
    QString digits;
    do {
        digits.prepend(QChar(u'0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude > 0);
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    if (m_units < 0)
        digits.prepend(u'-');
    return digits;
}

bool Decimal::isInteger() const {
    return m_units % powerOfTen(m_scale) == 0;
}

int Decimal::significantDecimals() const {
    Int128 units = m_units;
    int scale = m_scale;
    while (scale > 0 && units % 10 == 0) {
        units /= 10;
        --scale;
    }
    return scale;
}

std::optional<qint64> Decimal::toInteger() const {
    if (!isInteger())
        return std::nullopt;
    const Int128 v = m_units / powerOfTen(m_scale);
    if (v > std::numeric_limits<qint64>::max() || v < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return static_cast<qint64>(v);
}

Decimal Decimal::operator+(const Decimal& other) const {
    const int scale = std::max(m_scale, other.m_scale);
    return Decimal(m_units * powerOfTen(scale - m_scale) +
                       other.m_units * powerOfTen(scale - other.m_scale),
                   scale);
}

Decimal Decimal::operator-(const Decimal& other) const {
    return *this + (-other);
}

std::strong_ordering Decimal::operator<=>(const Decimal& other) const {
    const int scale = std::max(m_scale, other.m_scale);
    const Int128 a = m_units * powerOfTen(scale - m_scale);
    const Int128 b = other.m_units * powerOfTen(scale - other.m_scale);
    return a < b ? std::strong_ordering::less
                 : (a > b ? std::strong_ordering::greater : std::strong_ordering::equal);
}

} // namespace nianbao
