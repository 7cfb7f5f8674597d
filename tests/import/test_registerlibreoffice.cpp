// A register saved by LibreOffice Calc (tests/data/spreadsheet/register-libreoffice.xlsx, made
// from the .fods beside it by `soffice --headless --convert-to xlsx`): a merged title above the
// header, dates typed as text in the usual forms and as real dates, 30 rows, five wrong.
#include "model/import/registerimport.h"

#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

class RegisterSavedByLibreOffice : public ::testing::Test {
protected:
    void SetUp() override {
        QString error;
        const auto sheet =
            readSpreadsheet(test::dataPath(u"spreadsheet/register-libreoffice.xlsx"_s), &error);
        ASSERT_TRUE(sheet.has_value()) << error.toStdString();
        m_sheet = *sheet;
        const auto read = readRegisterSheet(m_sheet, u"某县交通运输局"_s, {}, &error);
        ASSERT_TRUE(read.has_value()) << error.toStdString();
        m_read = *read;
        for (const RegisterImportRow& row : m_read.rows)
            m_rows.emplace(row.sheetRow, row);
    }

    const RegisterImportRow& row(int sheetRow) const { return m_rows.at(sheetRow); }

    Spreadsheet m_sheet;
    RegisterImport m_read;
    std::map<int, RegisterImportRow> m_rows;
};

TEST_F(RegisterSavedByLibreOffice, TheTitleIsMergedAndPassedOver) {
    EXPECT_EQ(m_sheet.sheetNames, QStringList{u"2025年台账"_s});
    ASSERT_FALSE(m_sheet.merged.isEmpty());
    EXPECT_EQ(m_sheet.merged[0], (MergedCells{0, 0, 0, 9}));
    EXPECT_EQ(m_read.headerRow, 2);
    EXPECT_EQ(m_read.rows.size(), 30u);
    EXPECT_EQ(m_read.rows.front().sheetRow, 3);
    EXPECT_EQ(m_read.rows.back().sheetRow, 32);
}

TEST_F(RegisterSavedByLibreOffice, FiveRowsAreRefusedEachWithItsReason) {
    const std::map<int, QString> refused = {
        {11, u"2025-02-30"_s}, // a day February does not have
        {14, u"外星人"_s},     // no applicant type
        {18, u"不予公开"_s},   // names eight rows, not one
        {22, u"2025-03-05"_s}, // replied before it was received
        {26, u"2025-04-15"_s}, // replied without an outcome
    };
    std::set<int> actual;
    for (const RegisterImportRow& r : m_read.rows) {
        if (!r.recognised())
            actual.insert(r.sheetRow);
    }
    std::set<int> expected;
    for (const auto& [sheetRow, word] : refused) {
        expected.insert(sheetRow);
        const QString reasons = row(sheetRow).problems.join(u'\n');
        EXPECT_TRUE(reasons.contains(word)) << sheetRow << ": " << reasons.toStdString();
        EXPECT_TRUE(reasons.startsWith(u"row %1: "_s.arg(sheetRow))) << reasons.toStdString();
    }
    EXPECT_EQ(actual, expected);
    EXPECT_EQ(m_read.recognisedCount(), 25);
}

TEST_F(RegisterSavedByLibreOffice, DatesInEveryFormComeBackAsTheSameDays) {
    EXPECT_EQ(row(3).entry.received, QDate(2025, 1, 6)); // a real date
    EXPECT_EQ(row(3).entry.replied, QDate(2025, 1, 20));
    EXPECT_EQ(row(4).entry.received, QDate(2025, 1, 8));   // 「2025/1/8」
    EXPECT_EQ(row(5).entry.received, QDate(2025, 1, 9));   // 「2025年1月9日」
    EXPECT_EQ(row(6).entry.received, QDate(2025, 1, 13));  // 「2025-01-13」
    EXPECT_EQ(row(7).entry.received, QDate(2025, 1, 15));  // the serial number 45672
    EXPECT_EQ(row(7).entry.replied, QDate(2025, 1, 31));   // 45688
    EXPECT_EQ(row(13).entry.received, QDate(2025, 2, 12)); // 「20250212」
    EXPECT_EQ(row(13).entry.replied, QDate(2025, 3, 5));
}

TEST_F(RegisterSavedByLibreOffice, TheRecognisedRowsAreEntriesAsTheyWillBeStored) {
    const RegisterEntry& first = row(3).entry;
    EXPECT_EQ(first.agency, u"某县交通运输局"_s);
    EXPECT_TRUE(first.number.isEmpty()); // a 序号 is the sheet's order: the store numbers it
    EXPECT_EQ(first.channel, RequestChannel::Online);
    EXPECT_EQ(first.applicantName, u"张三"_s);
    EXPECT_EQ(first.applicantContact, u"13812341234"_s);
    EXPECT_EQ(first.applicantType, u"natural"_s);
    EXPECT_EQ(first.outcome, u"granted"_s);
    EXPECT_EQ(row(4).entry.channel, RequestChannel::Mail);
    EXPECT_EQ(row(5).entry.applicantType, u"business"_s);
    EXPECT_EQ(row(5).entry.outcome, u"unable_1"_s);
    EXPECT_EQ(row(8).entry.outcome, u"denied_1"_s);
    EXPECT_EQ(row(9).entry.applicantType, u"legal"_s);
    EXPECT_EQ(row(9).entry.channel, RequestChannel::Fax);
    EXPECT_EQ(row(10).entry.outcome, QString());     // open
    EXPECT_EQ(row(12).entry.outcome, u"unable_2"_s); // 「无法提供·需要另行制作」
    EXPECT_EQ(row(12).entry.applicantType, u"research"_s);
    EXPECT_EQ(row(15).entry.outcome, u"other_3"_s);
    EXPECT_TRUE(row(15).entry.withdrawn);
    EXPECT_EQ(row(16).entry.outcome, u"rejected_2"_s);
    EXPECT_EQ(row(28).entry.outcome, u"other_1"_s);
    EXPECT_EQ(row(30).entry.applicantType, u"other_org"_s);
    // Counted by hand from the file's source: rows 10, 20, 29 and 32 are open; 3, 6, 7, 9,
    // 13, 19, 21, 25, 27, 30 and 31 are 予以公开.
    int open = 0;
    int granted = 0;
    for (const RegisterEntry& e : m_read.recognisedEntries()) {
        open += e.outcome.isEmpty();
        granted += e.outcome == u"granted";
    }
    EXPECT_EQ(open, 4);
    EXPECT_EQ(granted, 11);
}

} // namespace
} // namespace nianbao
