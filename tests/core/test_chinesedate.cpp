#include "model/core/chinesedate.h"

#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

std::optional<QDate> parse(const QString& text, QString* error = nullptr,
                           ExcelDateSystem system = ExcelDateSystem::From1900) {
    QString ignored;
    return parseChineseDate(text, error ? error : &ignored, system);
}

TEST(ChineseDate, ReadsTheUsualForms) {
    const QDate march4(2025, 3, 4);
    for (const QString& text :
         {u"2025-03-04"_s, u"2025-3-4"_s, u"2025/3/4"_s, u"2025/03/04"_s, u"2025.3.4"_s,
          u"2025年3月4日"_s, u"2025年03月04日"_s, u"2025 年 3 月 4 日"_s, u"2025年3月4号"_s,
          u"20250304"_s, u"  2025-03-04  "_s, u"2025/3/4 0:00"_s, u"2025-03-04 10:30:15"_s}) {
        QString error;
        const auto date = parse(text, &error);
        ASSERT_TRUE(date) << text.toStdString() << ": " << error.toStdString();
        EXPECT_EQ(*date, march4) << text.toStdString();
    }
}

TEST(ChineseDate, FullWidthDigitsAndSeparatorsGoThroughTheNormaliser) {
    EXPECT_EQ(parse(u"２０２５年３月４日"_s), QDate(2025, 3, 4));
    EXPECT_EQ(parse(u"２０２５－０３－０４"_s), QDate(2025, 3, 4));
    EXPECT_EQ(parse(u"２０２５／３／４"_s), QDate(2025, 3, 4));
    EXPECT_EQ(parse(u"２０２５．３．４"_s), QDate(2025, 3, 4));
    EXPECT_EQ(parse(u"２０２５０３０４"_s), QDate(2025, 3, 4));
}

TEST(ChineseDate, ExcelSerialNumbersIn1900System) {
    EXPECT_EQ(dateFromExcelSerial(45720, ExcelDateSystem::From1900), QDate(2025, 3, 4));
    EXPECT_EQ(dateFromExcelSerial(1, ExcelDateSystem::From1900), QDate(1900, 1, 1));
    EXPECT_EQ(dateFromExcelSerial(59, ExcelDateSystem::From1900), QDate(1900, 2, 28));
    // Lotus 1-2-3's leap-year bug: 60 is the 29 February 1900 that never was, 61 is 1 March.
    EXPECT_FALSE(dateFromExcelSerial(60, ExcelDateSystem::From1900));
    EXPECT_EQ(dateFromExcelSerial(61, ExcelDateSystem::From1900), QDate(1900, 3, 1));
    EXPECT_EQ(dateFromExcelSerial(2958465, ExcelDateSystem::From1900), QDate(9999, 12, 31));
    EXPECT_FALSE(dateFromExcelSerial(2958466, ExcelDateSystem::From1900));
    EXPECT_FALSE(dateFromExcelSerial(-1, ExcelDateSystem::From1900));
    EXPECT_FALSE(dateFromExcelSerial(0, ExcelDateSystem::From1900));
    // The time of day is dropped.
    EXPECT_EQ(dateFromExcelSerial(45720.75, ExcelDateSystem::From1900), QDate(2025, 3, 4));
    EXPECT_EQ(excelSerialFromDate(QDate(2025, 3, 4), ExcelDateSystem::From1900), 45720);
    EXPECT_EQ(excelSerialFromDate(QDate(1900, 2, 28), ExcelDateSystem::From1900), 59);
    EXPECT_EQ(excelSerialFromDate(QDate(1900, 3, 1), ExcelDateSystem::From1900), 61);
}

TEST(ChineseDate, ExcelSerialNumbersIn1904System) {
    EXPECT_EQ(dateFromExcelSerial(0, ExcelDateSystem::From1904), QDate(1904, 1, 1));
    EXPECT_EQ(dateFromExcelSerial(44258, ExcelDateSystem::From1904), QDate(2025, 3, 4));
    EXPECT_EQ(excelSerialFromDate(QDate(2025, 3, 4), ExcelDateSystem::From1904), 44258);
}

TEST(ChineseDate, SerialNumbersAsText) {
    EXPECT_EQ(parse(u"45720"_s), QDate(2025, 3, 4));
    EXPECT_EQ(parse(u"45720.5"_s), QDate(2025, 3, 4));
    EXPECT_EQ(parse(u"44258"_s, nullptr, ExcelDateSystem::From1904), QDate(2025, 3, 4));
}

TEST(ChineseDate, RefusesDaysThatDoNotExist) {
    QString error;
    EXPECT_FALSE(parse(u"2025-02-30"_s, &error));
    EXPECT_EQ(error, u"「2025-02-30」: 2025-02 has no day 30"_s);
    EXPECT_FALSE(parse(u"2025年2月29日"_s, &error));
    EXPECT_TRUE(error.contains(u"no day 29"_s)) << error.toStdString();
    EXPECT_EQ(parse(u"2024年2月29日"_s), QDate(2024, 2, 29)); // a leap year
    EXPECT_FALSE(parse(u"2025-13-01"_s, &error));
    EXPECT_TRUE(error.contains(u"no month 13"_s)) << error.toStdString();
    EXPECT_FALSE(parse(u"2025-00-10"_s, &error));
    EXPECT_FALSE(parse(u"20251301"_s, &error));
    EXPECT_FALSE(parse(u"0000-01-01"_s, &error));
    EXPECT_TRUE(error.contains(u"before 1900"_s)) << error.toStdString();
}

TEST(ChineseDate, RefusesWhatIsNotADateAndSaysWhy) {
    QString error;
    for (const QString& text : {u"三月四日"_s, u"2025-03"_s, u"25/3/4"_s, u"3/4/2025"_s,
                                u"2025-03/04"_s, u"abc"_s, u"2025"_s, u"123456"_s, u"1e5"_s}) {
        error.clear();
        EXPECT_FALSE(parse(text, &error)) << text.toStdString();
        EXPECT_TRUE(error.contains(u"is not a date"_s)) << error.toStdString();
    }
    EXPECT_FALSE(parse(u""_s, &error));
    EXPECT_EQ(error, u"no date given"_s);
    EXPECT_FALSE(parse(u"   "_s, &error));
}

} // namespace
} // namespace nianbao
