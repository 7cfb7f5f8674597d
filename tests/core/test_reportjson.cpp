#include "model/core/reportjson.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

Report reportWithEveryState() {
    Report r = test::emptyReport(2024);
    r.agency = u"北关区科学技术局"_s;
    r.level = AgencyLevel::CountyDepartment;
    r.setValue(test::cell(u"t2.regulations.issued"), CellValue::notApplicable());
    r.setValue(test::cell(u"t2.normative.issued"), CellValue::of(3));
    r.setValue(test::cell(u"t2.fees.amount"), CellValue::of(*Decimal::parse(u"12.3450")));
    r.setValue(test::cell(u"t3.new.natural"), CellValue::of(-2));
    r.setValue(test::cell(u"t3.new.business"), CellValue::of(*Decimal::parse(u"2.5")));
    r.setValue(test::cell(u"t3.denied_1.legal"), CellValue::dash());
    r.setValue(test::cell(u"t3.other_3.total"), CellValue::unreadable(u"O（字母）"_s));
    r.setValue(test::cell(u"t4.review.total"), CellValue::of(0));
    r.setText(0, u"前言\n第二段，含 \"引号\" 与 \\ 反斜杠。"_s);
    r.setText(6, u"问题与整改。"_s);
    return r;
}

TEST(ReportJson, RoundTripsEveryCellStateAndText) {
    const Report original = reportWithEveryState();
    const QByteArray json = ReportJson::toJson(original);
    QString error;
    const auto read = ReportJson::fromJson(json, &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_TRUE(*read == original);
    EXPECT_EQ(ReportJson::toJson(*read), json);
    EXPECT_TRUE(json.contains("\"t2.fees.amount\": \"12.3450\""));
    EXPECT_TRUE(json.contains("\"t2.regulations.issued\": \"/\""));
    EXPECT_TRUE(json.contains("\"t3.denied_1.legal\": \"-\""));
    EXPECT_TRUE(json.contains("\"unreadable\": \"O（字母）\""));
    EXPECT_TRUE(json.contains("\"level\": \"county_department\""));
    EXPECT_FALSE(json.contains("t3.granted.natural")); // not filled stays absent, never 0
}

TEST(ReportJson, KeepsUnknownTopLevelKeys) {
    const QByteArray json = R"({"schema": "nianbao-report/1", "agency": "某局", "year": 2024,
        "reviewer": {"name": "张三", "tags": [1, 2.50, null]}, "values": {"t3.new.total": 1}})";
    QString error;
    const auto read = ReportJson::fromJson(json, &error);
    ASSERT_TRUE(read) << error.toStdString();
    ASSERT_EQ(read->extraKeys.size(), 1u);
    const QByteArray written = ReportJson::toJson(*read);
    EXPECT_TRUE(written.contains("\"reviewer\": {\n    \"name\": \"张三\""));
    EXPECT_TRUE(written.contains("2.50"));
    EXPECT_TRUE(*ReportJson::fromJson(written, &error) == *read);
}

TEST(ReportJson, AcceptsAmountsAsNumbersOrStringsAndDashVariants) {
    QString error;
    const auto read = ReportJson::fromJson(R"({"schema": "nianbao-report/1", "agency": "某局",
        "year": 2023, "values": {"t2.fees.amount": 7730.28, "t3.new.natural": "—",
        "t3.new.business": null, "t3.new.total": "／"}})",
                                           &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->value(test::cell(u"t2.fees.amount")).number.toString(), u"7730.28"_s);
    EXPECT_EQ(read->value(test::cell(u"t3.new.natural")).state, CellState::Dash);
    EXPECT_EQ(read->value(test::cell(u"t3.new.business")).state, CellState::Empty);
    EXPECT_EQ(read->value(test::cell(u"t3.new.total")).state, CellState::NotApplicable);
}

TEST(ReportJson, SavesAndLoadsFilesWithChineseNames) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"北关区 科技局 2024.nianbao.json"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(ReportJson::toJson(reportWithEveryState()));
    file.close();
    QString error;
    const auto read = ReportJson::load(path, &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_TRUE(*read == reportWithEveryState());
}

TEST(ReportJson, GoldenReportsRoundTrip) {
    for (const char16_t* name :
         {u"correct-busy-report", u"error-V3-unreadable", u"error-V1-fraction"}) {
        const Report r = test::loadReport(
            test::dataPath(u"golden/"_s + QString::fromUtf16(name) + u"/report.nianbao.json"_s));
        QString error;
        const auto again = ReportJson::fromJson(ReportJson::toJson(r), &error);
        ASSERT_TRUE(again) << error.toStdString();
        EXPECT_TRUE(*again == r) << QString::fromUtf16(name).toStdString();
    }
}

} // namespace
