// The clerk's choice of columns for a register sheet (model/import/registerimport.h) and its
// memory (registercolumnmemory.h): what the import preview dialog shows and stores.
#include "model/import/registercolumnmemory.h"
#include "model/import/registerimport.h"

#include "tests/support/testsupport.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

Spreadsheet csv(const QString& text) {
    QString error;
    const auto sheet =
        readSpreadsheetBytes(text.toUtf8(), SpreadsheetFormat::Csv, u"t.csv"_s, &error);
    EXPECT_TRUE(sheet.has_value()) << error.toStdString();
    return sheet.value_or(Spreadsheet{});
}

// A sheet whose clerk called the date column 「来件日」, which nothing recognises.
const QString kOddSheet = u"某局2025年依申请公开台账\n"
                          "编号,来件日,申请人类型,办理结果,答复日期\n"
                          "2025-001,2025-03-03,自然人,予以公开,2025-03-20\n"
                          "2025-002,2025/3/4,企业,,\n"
                          "2025-003,2025-02-30,自然人,,\n"
                          ",,,,\n"
                          "2025-004,2025年3月5日,外星人,,\n"
                          "2025-001,2025-03-06,自然人,,\n"_s;

TEST(RegisterColumns, RecognisedHeaderRowLeavesAnUnknownColumnIgnored) {
    QString error;
    const auto columns = findRegisterColumns(csv(kOddSheet), {}, &error);
    ASSERT_TRUE(columns.has_value()) << error.toStdString();
    EXPECT_EQ(columns->headerRow, 2);
    EXPECT_EQ(columns->fields,
              (QStringList{u"number"_s, u"ignore"_s, u"type"_s, u"outcome"_s, u"replied"_s}));
    EXPECT_EQ(columns->key(), u"编号|来件日|申请人类型|办理结果|答复日期"_s);
    // Without the date column every row is refused for it.
    const RegisterImport read = importRegisterRows(csv(kOddSheet), u"某局"_s, *columns);
    EXPECT_EQ(read.recognisedCount(), 0);
    EXPECT_EQ(read.unrecognisedHeaders, QStringList{u"来件日"_s});
}

TEST(RegisterColumns, TheChosenMappingGivesEntriesAndRefusalsRowByRow) {
    const Spreadsheet sheet = csv(kOddSheet);
    RegisterColumns columns = recogniseRegisterColumns(sheet, 2, {});
    columns.fields[1] = u"received"_s;
    ASSERT_TRUE(columns.problems().isEmpty());
    const RegisterImport read =
        importRegisterRows(sheet, u"某局"_s, columns, QSet<QString>{u"2025-002"_s});
    ASSERT_EQ(read.rows.size(), 5u); // the empty row is passed over
    EXPECT_EQ(read.recognisedCount(), 1);
    EXPECT_EQ(read.refusedCount(), 4);
    const RegisterImportRow& first = read.rows[0];
    EXPECT_EQ(first.sheetRow, 3);
    ASSERT_TRUE(first.recognised());
    EXPECT_EQ(first.entry.number, u"2025-001"_s);
    EXPECT_EQ(first.entry.received, QDate(2025, 3, 3));
    EXPECT_EQ(first.entry.applicantType, u"natural"_s);
    EXPECT_EQ(first.entry.outcome, u"granted"_s);
    EXPECT_EQ(first.entry.replied, QDate(2025, 3, 20));
    EXPECT_EQ(first.entry.agency, u"某局"_s);
    // Already in the register.
    EXPECT_EQ(read.rows[1].sheetRow, 4);
    ASSERT_EQ(read.rows[1].problems.size(), 1);
    EXPECT_TRUE(read.rows[1].problems[0].contains(u"2025-002"_s));
    // Not a date: named with the column's own header.
    EXPECT_TRUE(read.rows[2].problems.join(u"\n"_s).contains(u"来件日"_s));
    EXPECT_TRUE(read.rows[2].problems.join(u"\n"_s).contains(u"2025-02-30"_s));
    EXPECT_EQ(read.rows[3].sheetRow, 7);
    EXPECT_TRUE(read.rows[3].problems.join(u"\n"_s).contains(u"外星人"_s));
    // Twice in the sheet.
    EXPECT_EQ(read.rows[4].sheetRow, 8);
    EXPECT_TRUE(read.rows[4].problems.join(u"\n"_s).contains(u"2025-001"_s));
    const auto entries = read.recognisedEntries();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].number, u"2025-001"_s);
}

TEST(RegisterColumns, AFieldChosenForTwoColumnsIsNamed) {
    RegisterColumns columns = recogniseRegisterColumns(csv(kOddSheet), 2, {});
    columns.fields[1] = u"replied"_s;
    const QStringList problems = columns.problems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(u"来件日"_s));
    EXPECT_TRUE(problems[0].contains(u"答复日期"_s));
}

TEST(RegisterColumns, ChoicesAreRememberedByTheHeaderText) {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    RegisterColumnMemory memory(settings);
    const Spreadsheet sheet = csv(kOddSheet);
    QString error;
    // Nothing remembered: the recognition.
    auto proposed = memory.columnsFor(sheet, &error);
    ASSERT_TRUE(proposed.has_value());
    EXPECT_EQ(proposed->fields[1], u"ignore"_s);
    proposed->fields[1] = u"received"_s;
    proposed->fields[3] = u"ignore"_s;
    memory.remember(*proposed);
    // A sheet with the same header row, lower down, opens with the choice.
    const Spreadsheet later = csv(u"\n\n"_s + kOddSheet);
    const auto again = memory.columnsFor(later, &error);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->headerRow, 4);
    EXPECT_EQ(again->fields,
              (QStringList{u"number"_s, u"received"_s, u"type"_s, u"ignore"_s, u"replied"_s}));
    // Another header row is not taken for it.
    EXPECT_FALSE(memory.fieldsFor(u"编号|收到日期"_s).has_value());
    // A value edited by hand into something that is no field is not used.
    settings.setValue(settings.allKeys().filter(u"fields"_s).value(0), QStringList{u"bogus"_s});
    EXPECT_FALSE(memory.fieldsFor(proposed->key()).has_value());
}

TEST(RegisterColumns, NoHeaderRowIsAReasonNotACrash) {
    QString error;
    EXPECT_FALSE(findRegisterColumns(csv(u"a,b\n1,2\n"_s), {}, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    error.clear();
    EXPECT_FALSE(RegisterColumnMemory(settings).columnsFor(Spreadsheet{}, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
}

} // namespace
} // namespace nianbao
