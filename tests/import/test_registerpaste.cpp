// Rows pasted from a spreadsheet into the register view (model/import/registerpaste.h): read by
// the same rules as an imported sheet, with or without a header row, each refused row named.
#include "model/import/registerpaste.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

const QString kAgency = u"某某县人民政府办公室"_s;

TEST(RegisterPaste, RowsUnderTheirOwnHeader) {
    const QString text = u"序号\t申请日期\t申请人类型\t申请内容\t答复日期\t处理结果\r\n"
                         u"1\t2025/3/4\t个人\t某路段规划\t2025年3月20日\t予以公开\r\n"
                         u"2\t2025-03-05\t企业\t\"招标文件\n（附件）\"\t\t\r\n"_s;
    QString error;
    const auto pasted = readPastedRegister(text, kAgency, &error);
    ASSERT_TRUE(pasted) << error.toStdString();
    ASSERT_EQ(pasted->rows.size(), 2u);
    EXPECT_TRUE(pasted->rows[0].recognised());
    EXPECT_EQ(pasted->rows[0].entry.received, QDate(2025, 3, 4));
    EXPECT_EQ(pasted->rows[0].entry.outcome, u"granted"_s);
    EXPECT_EQ(pasted->rows[0].entry.agency, kAgency);
    EXPECT_TRUE(pasted->rows[0].entry.number.isEmpty()); // a 序号: the store numbers it
    EXPECT_EQ(pasted->rows[1].entry.applicantType, u"business"_s);
    EXPECT_EQ(pasted->rows[1].entry.subject, u"招标文件\n（附件）"_s); // a quoted line break
}

TEST(RegisterPaste, RowsWithoutHeaderInTheExportsOrder) {
    // 编号, 收到日期, 申请方式, 申请人类型, 申请内容, 补正, 征求意见, 延期, 答复日期, 办理结果,
    // 截止日期, 费用, 备注 — as copied from an exported register, without the personal columns.
    const QString text =
        u"2025-017\t2025-03-03\t网络\t自然人\t某事项\t\t\t\t2025-03-20\t部分公开\t\t0.0120\t\n"
        u"2025-018\t2025-02-30\t当面\t外星人\t\t\t\t\t\t\t\t\t\n"_s;
    QString error;
    const auto pasted = readPastedRegister(text, kAgency, &error);
    ASSERT_TRUE(pasted) << error.toStdString();
    ASSERT_EQ(pasted->rows.size(), 2u);
    const RegisterImportRow& good = pasted->rows[0];
    EXPECT_TRUE(good.recognised()) << good.problems.join(u'\n').toStdString();
    EXPECT_EQ(good.entry.number, u"2025-017"_s);
    EXPECT_EQ(good.entry.channel, RequestChannel::Online);
    EXPECT_EQ(good.entry.outcome, u"partial"_s);
    EXPECT_EQ(good.entry.replied, QDate(2025, 3, 20));
    EXPECT_EQ(good.entry.fee.toString(), u"0.0120"_s);
    // The bad row is refused with every reason, named by its place in the pasted block.
    const RegisterImportRow& bad = pasted->rows[1];
    EXPECT_EQ(bad.sheetRow, 2);
    ASSERT_EQ(bad.problems.size(), 2) << bad.problems.join(u'\n').toStdString();
    EXPECT_TRUE(bad.problems[0].contains(u"2025-02-30"_s)) << bad.problems[0].toStdString();
    EXPECT_TRUE(bad.problems[1].contains(u"外星人"_s)) << bad.problems[1].toStdString();
}

TEST(RegisterPaste, RowsWithThePersonalColumns) {
    const QString text =
        u"2025-001\t2025-03-03\t邮寄\t法律服务机构\t某律所\t13800000000\t某事项\t\t\t"
        u"\t\t\t\t\t备注一\n"_s;
    QString error;
    const auto pasted = readPastedRegister(text, kAgency, &error);
    ASSERT_TRUE(pasted) << error.toStdString();
    ASSERT_EQ(pasted->rows.size(), 1u);
    EXPECT_TRUE(pasted->rows[0].recognised());
    EXPECT_EQ(pasted->rows[0].entry.applicantName, u"某律所"_s);
    EXPECT_EQ(pasted->rows[0].entry.applicantContact, u"13800000000"_s);
    EXPECT_EQ(pasted->rows[0].entry.notes, u"备注一"_s);
}

TEST(RegisterPaste, RefusesWhatIsNotRows) {
    QString error;
    EXPECT_FALSE(readPastedRegister(u"  \n"_s, kAgency, &error));
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_FALSE(readPastedRegister(u"\"2025-001\t2025-03-03"_s, kAgency, &error));
    EXPECT_TRUE(error.contains(u"\""_s)) << error.toStdString(); // the quote never closed
}

} // namespace
} // namespace nianbao
