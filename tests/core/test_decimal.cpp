#include "model/core/decimal.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

Decimal d(const char16_t* text) {
    const auto v = Decimal::parse(QStringView(text));
    EXPECT_TRUE(v) << QString::fromUtf16(text).toStdString();
    return v.value_or(Decimal());
}

TEST(Decimal, KeepsTheWrittenScale) {
    EXPECT_EQ(d(u"12.3456").toString(), QStringLiteral("12.3456"));
    EXPECT_EQ(d(u"1.50").toString(), QStringLiteral("1.50"));
    EXPECT_EQ(d(u"-0.0001").toString(), QStringLiteral("-0.0001"));
    EXPECT_EQ(d(u"0").toString(), QStringLiteral("0"));
    EXPECT_EQ(d(u"1.5e2").toString(), QStringLiteral("150"));
    EXPECT_EQ(d(u"25E-3").toString(), QStringLiteral("0.025"));
}

TEST(Decimal, SumsExactlyWhereBinaryFloatsWouldNot) {
    // 0.1 + 0.2 != 0.3 in binary floating point.
    EXPECT_EQ(d(u"0.1") + d(u"0.2"), d(u"0.3"));
    Decimal sum;
    for (int i = 0; i < 1000; ++i)
        sum += d(u"0.0001");
    EXPECT_EQ(sum, d(u"0.1"));
    EXPECT_EQ((d(u"7730.28") - d(u"0.28")).toString(), QStringLiteral("7730.00"));
}

TEST(Decimal, ComparesByValue) {
    EXPECT_EQ(d(u"1.0"), d(u"1"));
    EXPECT_FALSE(d(u"1.0").identical(d(u"1")));
    EXPECT_LT(d(u"-1"), d(u"0.5"));
    EXPECT_GT(d(u"10000"), d(u"9999.9999"));
}

TEST(Decimal, IntegerAndDecimalsAreToldApart) {
    EXPECT_TRUE(d(u"3.000").isInteger());
    EXPECT_FALSE(d(u"2.5").isInteger());
    EXPECT_EQ(d(u"1.23450").significantDecimals(), 4);
    EXPECT_EQ(d(u"1.234567890").significantDecimals(), 8);
    EXPECT_EQ(d(u"42").toInteger(), 42);
    EXPECT_FALSE(d(u"4.2").toInteger());
}

TEST(Decimal, RefusesWhatIsNotANumberOrDoesNotFit) {
    Decimal::ParseError error;
    for (const char16_t* bad : {u"", u"-", u"1.", u".5", u"1e", u"abc", u"1,000", u"１２", u"NaN",
                                u"Infinity", u"0x10", u"1 2"}) {
        EXPECT_FALSE(Decimal::parse(QStringView(bad), &error))
            << QString::fromUtf16(bad).toStdString();
        EXPECT_EQ(error, Decimal::ParseError::Malformed);
    }
    EXPECT_FALSE(Decimal::parse(u"9223372036854775808", &error)); // 2^63
    EXPECT_EQ(error, Decimal::ParseError::OutOfRange);
    EXPECT_TRUE(Decimal::parse(u"9223372036854775807"));
    EXPECT_FALSE(Decimal::parse(u"123456789012345678901234567890", &error));
    EXPECT_EQ(error, Decimal::ParseError::OutOfRange);
    EXPECT_FALSE(Decimal::parse(u"1e400", &error));
    EXPECT_EQ(error, Decimal::ParseError::OutOfRange);
    EXPECT_FALSE(Decimal::parse(u"0.0000000000001", &error));
    EXPECT_EQ(error, Decimal::ParseError::TooManyDecimals);
    EXPECT_FALSE(Decimal::parse(u"1e-400", &error));
    EXPECT_EQ(error, Decimal::ParseError::TooManyDecimals);
    EXPECT_TRUE(d(u"0e-400").isZero());
    EXPECT_EQ(d(u"1.000000000000000000").toString(), QStringLiteral("1.000000000000"));
}

TEST(Decimal, LargeSumsDoNotOverflow) {
    Decimal sum;
    for (int i = 0; i < 200; ++i)
        sum += d(u"9223372036854775807.999999999999");
    EXPECT_GT(sum, d(u"9223372036854775807"));
    EXPECT_FALSE(sum.toInteger());
}

} // namespace
