// Working days against the State Council's notices for 2024, 2025 and 2026.
#include "model/core/workcalendar.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

const WorkCalendar& calendar() {
    return *WorkCalendar::official();
}

bool working(int y, int m, int d) {
    QString error;
    const auto w = calendar().isWorkingDay(QDate(y, m, d), &error);
    EXPECT_TRUE(w.has_value()) << error.toStdString();
    return w.value_or(false);
}

TEST(WorkCalendar, HasTheBuiltInYears) {
    EXPECT_EQ(calendar().years(), (QList<int>{2023, 2024, 2025, 2026}));
}

// 2023 is there for the requests received in 2023 and carried into 2024.
TEST(WorkCalendar, The2023NoticeAndAPeriodIntoTheNextYear) {
    EXPECT_FALSE(working(2023, 1, 2));
    EXPECT_FALSE(working(2023, 1, 27));
    EXPECT_TRUE(working(2023, 1, 28)); // Saturday worked
    EXPECT_TRUE(working(2023, 1, 29)); // Sunday worked
    EXPECT_TRUE(working(2023, 6, 25));
    EXPECT_FALSE(working(2023, 10, 6));
    EXPECT_TRUE(working(2023, 10, 8));
    QString error;
    // 21–22 Dec (2), 25–29 (7), 1 Jan off, 2–5 (11), 8–12 (16), 15–18 (20).
    EXPECT_EQ(calendar().addWorkingDays(QDate(2023, 12, 20), 20, &error), QDate(2024, 1, 18));
}

TEST(WorkCalendar, SpringFestival2024AndItsWorkedSundays) {
    EXPECT_TRUE(working(2024, 2, 4)); // Sunday worked (调休)
    EXPECT_TRUE(working(2024, 2, 9)); // 除夕 was not a holiday before 2025
    for (int d = 10; d <= 17; ++d)
        EXPECT_FALSE(working(2024, 2, d)) << d;
    EXPECT_TRUE(working(2024, 2, 18));  // Sunday worked
    EXPECT_FALSE(working(2024, 2, 24)); // an ordinary Saturday
    EXPECT_TRUE(working(2024, 5, 11));  // Saturday worked for 劳动节
    EXPECT_TRUE(working(2024, 10, 12)); // Saturday worked for 国庆节
    EXPECT_FALSE(working(2024, 10, 7));
    EXPECT_EQ(calendar().holidayName(QDate(2024, 2, 12)), u"春节"_s);
}

TEST(WorkCalendar, The2025RulesAddNewYearsEveAndTheSecondOfMay) {
    EXPECT_TRUE(working(2025, 1, 26)); // Sunday worked
    EXPECT_TRUE(working(2025, 1, 27));
    EXPECT_FALSE(working(2025, 1, 28)); // 除夕, a holiday since 2025
    EXPECT_FALSE(working(2025, 2, 4));
    EXPECT_TRUE(working(2025, 2, 5));
    EXPECT_TRUE(working(2025, 2, 8)); // Saturday worked
    EXPECT_FALSE(working(2025, 5, 2));
    EXPECT_FALSE(working(2025, 5, 5));
    EXPECT_TRUE(working(2025, 4, 27)); // Sunday worked
    EXPECT_FALSE(working(2025, 10, 8));
    EXPECT_TRUE(working(2025, 10, 11)); // Saturday worked
}

TEST(WorkCalendar, The2026Notice) {
    EXPECT_FALSE(working(2026, 1, 2));
    EXPECT_TRUE(working(2026, 1, 4));  // Sunday worked
    EXPECT_TRUE(working(2026, 2, 14)); // Saturday worked
    EXPECT_FALSE(working(2026, 2, 16));
    EXPECT_FALSE(working(2026, 2, 23)); // the ninth day, a Monday
    EXPECT_TRUE(working(2026, 2, 28));  // Saturday worked
    EXPECT_TRUE(working(2026, 5, 9));
    EXPECT_TRUE(working(2026, 10, 10));
}

TEST(WorkCalendar, TwentyWorkingDaysAcrossTheSpringFestival) {
    QString error;
    // 21–24 Jan (4), Sunday 26 (5), 27 (6), holiday to 4 Feb, 5–7 (9), Saturday 8 (10),
    // 10–14 (15), 17–21 (20).
    EXPECT_EQ(calendar().addWorkingDays(QDate(2025, 1, 20), 20, &error), QDate(2025, 2, 21));
    // Across the new year: 23–27 Dec (5), 30–31 (7), 1 Jan off, 2–3 (9), 6–10, 13–17, 20.
    EXPECT_EQ(calendar().addWorkingDays(QDate(2024, 12, 20), 20, &error), QDate(2025, 1, 20));
    EXPECT_EQ(calendar().workingDaysBetween(QDate(2025, 1, 20), QDate(2025, 2, 21), &error), 20);
    EXPECT_EQ(calendar().workingDaysBetween(QDate(2025, 2, 21), QDate(2025, 1, 20), &error), -20);
    EXPECT_EQ(calendar().workingDaysBetween(QDate(2025, 1, 20), QDate(2025, 1, 20), &error), 0);
}

TEST(WorkCalendar, AYearWithoutCalendarIsAnErrorNamingTheYear) {
    QString error;
    EXPECT_FALSE(calendar().isWorkingDay(QDate(2027, 3, 1), &error));
    EXPECT_TRUE(error.contains(u"2027"_s)) << error.toStdString();
    error.clear();
    // A period running into the missing year fails too, not silently with weekends only.
    EXPECT_FALSE(calendar().addWorkingDays(QDate(2026, 12, 20), 20, &error));
    EXPECT_TRUE(error.contains(u"2027"_s)) << error.toStdString();
    EXPECT_FALSE(calendar().workingDaysBetween(QDate(2026, 12, 1), QDate(2027, 1, 5), &error));
}

TEST(WorkCalendar, RefusesMalformedFiles) {
    QString error;
    EXPECT_FALSE(WorkCalendar::fromJson({"[]"}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(WorkCalendar::fromJson({R"({"year": 2030, "workdays": [{"name": "x", "date":
        "2030-01-02"}]})"},
                                        &error)); // a Wednesday is no 调休 workday
    EXPECT_TRUE(error.contains(u"2030"_s));
    EXPECT_FALSE(WorkCalendar::fromJson({R"({"year": 2030, "holidays": [{"name": "x", "from":
        "2030-01-01", "to": "2030-12-31"}]})"},
                                        &error));
    EXPECT_FALSE(WorkCalendar::fromJson({R"({"year": 2030})", R"({"year": 2030})"}, &error));
    const auto added = WorkCalendar::fromJson({R"({"year": 2030})"}, &error);
    ASSERT_TRUE(added);
    EXPECT_EQ(added->isWorkingDay(QDate(2030, 1, 1), &error), std::optional<bool>(true));
    EXPECT_FALSE(calendar().addWorkingDays(QDate(2025, 1, 1), 100000, &error));
}

} // namespace
