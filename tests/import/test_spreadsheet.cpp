// Reading .xlsx and .csv sheets (model/import/spreadsheet.h), and writing .xlsx
// (model/render/xlsxexport.h) read back by that reader.
#include "model/core/chinesedate.h"
#include "model/import/spreadsheet.h"
#include "model/render/xlsxexport.h"

#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <cmath>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

using Kind = SpreadsheetCell::Kind;

class SpreadsheetTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_folder.isValid()); }

    QString path(const QString& name) const { return m_folder.filePath(name); }

    void writeBytes(const QString& name, const QByteArray& bytes) const {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    // A zip file of the given parts, made with libzip.
    QString zipOf(const QString& name, const QList<std::pair<QString, QByteArray>>& parts) const {
        const QByteArray file = QFile::encodeName(path(name));
        int error = 0;
        zip_t* zip = zip_open(file.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        EXPECT_NE(zip, nullptr);
        for (const auto& [partName, bytes] : parts) {
            // libzip reads the buffer at zip_close: keep a copy alive until then.
            m_keep << bytes;
            zip_source_t* source =
                zip_source_buffer(zip, m_keep.last().constData(), m_keep.last().size(), 0);
            EXPECT_GE(zip_file_add(zip, partName.toUtf8().constData(), source, ZIP_FL_OVERWRITE),
                      0);
        }
        EXPECT_EQ(zip_close(zip), 0);
        return path(name);
    }

    // An .xlsx of one sheet (sheet1.xml's sheetData and what follows it) with optional shared
    // strings and styles, as Excel lays one out.
    QString workbookOf(const QString& name, const QByteArray& sheetXml,
                       const QByteArray& sharedStrings = {}, const QByteArray& styles = {},
                       const QByteArray& workbookPr = {}) const {
        QList<std::pair<QString, QByteArray>> parts = {
            {u"[Content_Types].xml"_s,
             R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"},
            {u"xl/workbook.xml"_s,
             R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)" +
                 workbookPr +
                 R"(<sheets><sheet name="登记表" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
            {u"xl/_rels/workbook.xml.rels"_s,
             R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)"},
            {u"xl/worksheets/sheet1.xml"_s,
             R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" +
                 sheetXml + "</worksheet>"},
        };
        if (!sharedStrings.isEmpty())
            parts.append(
                {u"xl/sharedStrings.xml"_s,
                 R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" +
                     sharedStrings + "</sst>"});
        if (!styles.isEmpty())
            parts.append(
                {u"xl/styles.xml"_s,
                 R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" +
                     styles + "</styleSheet>"});
        return zipOf(name, parts);
    }

    Spreadsheet read(const QString& file, int sheetIndex = 0,
                     const SpreadsheetLimits& limits = {}) const {
        QString error;
        const auto sheet = readSpreadsheet(file, &error, sheetIndex, limits);
        EXPECT_TRUE(sheet) << error.toStdString();
        return sheet ? *sheet : Spreadsheet{};
    }

    // The message of a refusal (the test fails when the file is read).
    QString refusal(const QString& file, const SpreadsheetLimits& limits = {},
                    int sheetIndex = 0) const {
        QString error;
        const auto sheet = readSpreadsheet(file, &error, sheetIndex, limits);
        EXPECT_FALSE(sheet) << file.toStdString() << " was read";
        EXPECT_FALSE(error.isEmpty());
        return error;
    }

    QTemporaryDir m_folder;
    mutable QList<QByteArray> m_keep;
};

// ---- A realistic register, made with libxlsxwriter as Excel would save it ----

const QStringList registerHeader = {u"序号"_s,     u"收到日期"_s, u"申请人"_s,  u"申请方式"_s,
                                    u"申请内容"_s, u"答复日期"_s, u"处理结果"_s};

QString makeRegister(const QString& file) {
    const QByteArray name = QFile::encodeName(file);
    lxw_workbook* workbook = workbook_new(name.constData());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "登记表");
    workbook_add_worksheet(workbook, "说明");
    lxw_format* title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_format* isoDate = workbook_add_format(workbook);
    format_set_num_format_index(isoDate, 14);
    worksheet_merge_range(sheet, 0, 0, 0, 6, "2025年依申请公开登记台账", title);
    for (int c = 0; c < registerHeader.size(); ++c)
        worksheet_write_string(sheet, 1, static_cast<lxw_col_t>(c),
                               registerHeader.at(c).toUtf8().constData(), nullptr);
    const char* ways[] = {"网络", "当面", "邮寄", "传真"};
    for (int i = 0; i < 50; ++i) {
        const auto row = static_cast<lxw_row_t>(i + 2);
        if (i == 30)
            continue; // a row the clerk left empty
        worksheet_write_number(sheet, row, 0, i + 1, nullptr);
        const QDate received = QDate(2025, 1, 2).addDays(i * 5);
        if (i % 2 == 0) {
            lxw_datetime when = {received.year(), received.month(), received.day(), 0, 0, 0};
            worksheet_write_datetime(sheet, row, 1, &when, i % 4 == 0 ? date : isoDate);
        } else {
            worksheet_write_string(sheet, row, 1,
                                   u"%1年%2月%3日"_s.arg(received.year())
                                       .arg(received.month())
                                       .arg(received.day())
                                       .toUtf8()
                                       .constData(),
                                   nullptr);
        }
        worksheet_write_string(sheet, row, 2, u"申请人%1"_s.arg(i + 1).toUtf8().constData(),
                               nullptr);
        worksheet_write_string(sheet, row, 3, ways[i % 4], nullptr);
        worksheet_write_string(sheet, row, 4, "关于某路段拓宽工程的立项批复\n及环评报告", nullptr);
        if (i % 3 != 2) { // some requests are not answered yet: the reply date stays empty
            const QDate replied = received.addDays(15);
            lxw_datetime when = {replied.year(), replied.month(), replied.day(), 0, 0, 0};
            worksheet_write_datetime(sheet, row, 5, &when, isoDate);
            worksheet_write_string(sheet, row, 6, i % 5 == 0 ? "不予公开（三）" : "予以公开",
                                   nullptr);
        }
    }
    workbook_close(workbook);
    return file;
}

TEST_F(SpreadsheetTest, ReadsARealisticRegisterMadeByLibxlsxwriter) {
    const Spreadsheet sheet = read(makeRegister(path(u"台账.xlsx"_s)));
    EXPECT_EQ(sheet.sheetNames, (QStringList{u"登记表"_s, u"说明"_s}));
    EXPECT_EQ(sheet.sheetIndex, 0);
    ASSERT_EQ(sheet.merged.size(), 1);
    EXPECT_EQ(sheet.merged.first(), (MergedCells{0, 0, 0, 6}));
    EXPECT_EQ(sheet.cell(0, 0).text, u"2025年依申请公开登记台账"_s);
    for (int c = 0; c < registerHeader.size(); ++c)
        EXPECT_EQ(sheet.cell(1, c).text, registerHeader.at(c));
    ASSERT_EQ(sheet.rows.size(), 52); // title, header and 50 rows
    for (int i = 0; i < 50; ++i) {
        const int row = i + 2;
        if (i == 30) {
            EXPECT_TRUE(sheet.rows.at(row).isEmpty()) << "row " << row + 1;
            continue;
        }
        EXPECT_EQ(sheet.cell(row, 0).kind, Kind::Number);
        EXPECT_EQ(sheet.cell(row, 0).text, QString::number(i + 1));
        const QDate received = QDate(2025, 1, 2).addDays(i * 5);
        const SpreadsheetCell date = sheet.cell(row, 1);
        if (i % 2 == 0) {
            EXPECT_EQ(date.kind, Kind::Date) << "row " << row + 1;
            EXPECT_EQ(date.date, received);
            EXPECT_EQ(date.text, received.toString(Qt::ISODate));
        } else {
            EXPECT_EQ(date.kind, Kind::Text) << "row " << row + 1;
            QString error;
            EXPECT_EQ(parseChineseDate(date.text, &error), received) << error.toStdString();
        }
        EXPECT_EQ(sheet.cell(row, 2).text, u"申请人%1"_s.arg(i + 1));
        EXPECT_EQ(sheet.cell(row, 4).text, u"关于某路段拓宽工程的立项批复\n及环评报告"_s);
        if (i % 3 == 2) {
            EXPECT_TRUE(sheet.cell(row, 5).isEmpty());
            EXPECT_EQ(sheet.rows.at(row).size(), 5); // cells up to the last with a value
        } else {
            EXPECT_EQ(sheet.cell(row, 5).kind, Kind::Date);
            EXPECT_EQ(sheet.cell(row, 5).date, received.addDays(15));
        }
    }
    // The second sheet, chosen by its index, is empty.
    const Spreadsheet notes = read(path(u"台账.xlsx"_s), 1);
    EXPECT_EQ(notes.sheetIndex, 1);
    EXPECT_TRUE(notes.rows.isEmpty());
    EXPECT_TRUE(
        refusal(path(u"台账.xlsx"_s), {}, 2).contains(u"no sheet 3 (it has 2: 登记表、说明)"_s));
}

TEST_F(SpreadsheetTest, RichTextBooleansNumbersAndDateFormats) {
    const QString file = path(u"kinds.xlsx"_s);
    lxw_workbook* workbook = workbook_new(QFile::encodeName(file).constData());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_rich_string_tuple first = {nullptr, const_cast<char*>("不予")};
    lxw_rich_string_tuple second = {bold, const_cast<char*>("公开")};
    lxw_rich_string_tuple* runs[] = {&first, &second, nullptr};
    worksheet_write_rich_string(sheet, 0, 0, runs, nullptr);
    worksheet_write_boolean(sheet, 0, 1, 1, nullptr);
    worksheet_write_boolean(sheet, 0, 2, 0, nullptr);
    worksheet_write_number(sheet, 1, 0, 0.1, nullptr);
    worksheet_write_number(sheet, 1, 1, 123456789012345.0, nullptr);
    worksheet_write_number(sheet, 1, 2, -2.5, nullptr);
    lxw_format* time = workbook_add_format(workbook);
    format_set_num_format(time, "hh:mm");
    lxw_format* money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0.00 \"元\";[Red]-#,##0.00");
    lxw_format* slashed = workbook_add_format(workbook);
    format_set_num_format(slashed, "yyyy/m/d;@");
    worksheet_write_number(sheet, 2, 0, 0.5, time);
    worksheet_write_number(sheet, 2, 1, 45720, money);
    worksheet_write_number(sheet, 2, 2, 45720, slashed);
    workbook_close(workbook);

    const Spreadsheet read = this->read(file);
    EXPECT_EQ(read.cell(0, 0).kind, Kind::Text);
    EXPECT_EQ(read.cell(0, 0).text, u"不予公开"_s);
    EXPECT_EQ(read.cell(0, 1).kind, Kind::Boolean);
    EXPECT_TRUE(read.cell(0, 1).truth);
    EXPECT_EQ(read.cell(0, 2).text, u"FALSE"_s);
    EXPECT_EQ(read.cell(1, 0).text, u"0.1"_s);
    EXPECT_EQ(read.cell(1, 1).text, u"123456789012345"_s);
    EXPECT_EQ(read.cell(1, 2).text, u"-2.5"_s);
    EXPECT_EQ(read.cell(2, 0).kind, Kind::Number); // a time of day, not a date
    EXPECT_EQ(read.cell(2, 1).kind, Kind::Number); // 元, not a date
    EXPECT_EQ(read.cell(2, 1).text, u"45720"_s);
    EXPECT_EQ(read.cell(2, 2).kind, Kind::Date);
    EXPECT_EQ(read.cell(2, 2).date, QDate(2025, 3, 4));
}

TEST_F(SpreadsheetTest, InlineStringsPhoneticGuidesAnd1904Dates) {
    const QString file = workbookOf(
        u"hand.xlsx"_s,
        R"(<sheetData><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="inlineStr"><is><r><t>部分</t></r><r><t xml:space="preserve"> 公开</t></r></is></c>)"
        R"(<c r="C2" s="1"><v>44258</v></c><c r="D2" t="d"><v>2025-03-04T00:00:00</v></c><c r="E2" t="str"><f>A1</f><v>公式</v></c><c r="F2" t="e"><v>#N/A</v></c><c r="G2" s="1"/></row>)"
        R"(<row><c t="s"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:B3"/></mergeCells>)",
        R"(<si><r><t>申请</t></r><r><t>人</t></r><rPh sb="0" eb="2"><t>シンセイ</t></rPh></si><si><t>第三行</t></si>)",
        R"(<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>)",
        R"(<workbookPr date1904="1"/>)");
    const Spreadsheet sheet = read(file);
    EXPECT_EQ(sheet.dateSystem, ExcelDateSystem::From1904);
    ASSERT_EQ(sheet.rows.size(), 3);
    EXPECT_TRUE(sheet.rows.at(0).isEmpty());
    EXPECT_EQ(sheet.cell(1, 0).text, u"申请人"_s);
    EXPECT_EQ(sheet.cell(1, 1).text, u"部分 公开"_s);
    EXPECT_EQ(sheet.cell(1, 2).kind, Kind::Date);
    EXPECT_EQ(sheet.cell(1, 2).date, QDate(2025, 3, 4));
    EXPECT_EQ(sheet.cell(1, 3).date, QDate(2025, 3, 4));
    EXPECT_EQ(sheet.cell(1, 4).text, u"公式"_s);
    EXPECT_EQ(sheet.cell(1, 5).text, u"#N/A"_s);
    EXPECT_EQ(sheet.rows.at(1).size(), 6);
    EXPECT_EQ(sheet.cell(2, 0).text, u"第三行"_s); // a row without 「r」 follows the last one
    EXPECT_EQ(sheet.merged, (QList<MergedCells>{{1, 0, 2, 1}}));
}

// ---- Refusals: each with a message naming what is wrong ----

TEST_F(SpreadsheetTest, RefusesWhatIsNotAWorkbook) {
    writeBytes(u"text.xlsx"_s, "序号,申请人\n");
    EXPECT_EQ(
        refusal(path(u"text.xlsx"_s)),
        u"text.xlsx: the file is damaged or not an .xlsx workbook (it is not a zip archive)"_s);
    writeBytes(u"old.xls"_s,
               QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, 0));
    EXPECT_TRUE(refusal(path(u"old.xls"_s)).contains(u"old Excel 97–2003 (.xls) file"_s));
    writeBytes(u"binary.csv"_s, QByteArray("a,b\n\0\0\0", 7));
    EXPECT_TRUE(refusal(path(u"binary.csv"_s)).contains(u"neither an .xlsx workbook nor CSV"_s));
    zipOf(u"other.xlsx"_s, {{u"word/document.xml"_s, "<w/>"}});
    EXPECT_EQ(refusal(path(u"other.xlsx"_s)),
              u"other.xlsx: this zip file is not an Excel workbook (it has no xl/workbook.xml)"_s);
    EXPECT_EQ(refusal(path(u"missing.xlsx"_s)), u"missing.xlsx: there is no such file"_s);
}

TEST_F(SpreadsheetTest, RefusesATruncatedWorkbook) {
    const QByteArray whole = test::readFile(makeRegister(path(u"whole.xlsx"_s)));
    for (const qsizetype size : {whole.size() / 2, whole.size() - 10, qsizetype(30)}) {
        writeBytes(u"cut.xlsx"_s, whole.left(size));
        EXPECT_TRUE(refusal(path(u"cut.xlsx"_s)).contains(u"damaged"_s)) << size;
    }
    // A byte changed inside a compressed part: the checksum catches it.
    QByteArray flipped = whole;
    const qsizetype sheetData = flipped.indexOf("xl/worksheets/sheet1.xml") + 100;
    flipped[sheetData] = static_cast<char>(flipped[sheetData] ^ 0x55);
    writeBytes(u"flipped.xlsx"_s, flipped);
    QString error;
    const auto sheet = readSpreadsheet(path(u"flipped.xlsx"_s), &error);
    if (sheet)
        ADD_FAILURE() << "a damaged workbook was read";
    else
        EXPECT_TRUE(error.contains(u"damaged"_s) || error.contains(u"not well-formed"_s))
            << error.toStdString();
}

TEST_F(SpreadsheetTest, RefusesAZipBomb) {
    SpreadsheetLimits limits;
    limits.maxPartBytes = 1024 * 1024;
    // 8 MiB of one repeated row compresses to a few kilobytes.
    QByteArray rows;
    while (rows.size() < 8 * 1024 * 1024)
        rows += "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
    const QString file = workbookOf(u"bomb.xlsx"_s, "<sheetData>" + rows + "</sheetData>");
    EXPECT_LT(QFileInfo(file).size(), 200 * 1024);
    EXPECT_EQ(refusal(file, limits),
              u"bomb.xlsx: xl/worksheets/sheet1.xml in the workbook unpacks to more than 1 MiB: "
              "the file is not an ordinary workbook (perhaps a zip bomb) and is not read"_s);
}

TEST_F(SpreadsheetTest, RefusesTooManyEntriesRowsColumnsAndCells) {
    SpreadsheetLimits limits;
    limits.maxZipEntries = 10;
    QList<std::pair<QString, QByteArray>> parts;
    for (int i = 0; i < 11; ++i)
        parts.append({u"junk/%1.xml"_s.arg(i), "<a/>"});
    EXPECT_TRUE(refusal(zipOf(u"many.xlsx"_s, parts), limits).contains(u"holds 11 files"_s));

    limits = {};
    limits.maxRows = 100;
    EXPECT_EQ(
        refusal(
            workbookOf(
                u"rows.xlsx"_s,
                R"(<sheetData><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>)"),
            limits),
        u"rows.xlsx: the sheet has values in row 1048576, past the 100 rows Nianbao reads"_s);
    // Formatting without values far down is no row.
    EXPECT_TRUE(
        read(workbookOf(u"styled.xlsx"_s,
                        R"(<sheetData><row r="1048576"><c r="A1048576" s="0"/></row></sheetData>)"),
             0, limits)
            .rows.isEmpty());
    EXPECT_TRUE(
        refusal(workbookOf(u"wide.xlsx"_s,
                           R"(<sheetData><row r="1"><c r="XFD1"><v>1</v></c></row></sheetData>)"))
            .contains(u"row 1 has a value in column 16384, past the 1024 columns"_s));
    limits = {};
    limits.maxCells = 1000;
    QByteArray many = "<sheetData>";
    for (int r = 1; r <= 200; ++r)
        many += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"J" + QByteArray::number(r) +
                "\"><v>1</v></c></row>";
    EXPECT_TRUE(refusal(workbookOf(u"cells.xlsx"_s, many + "</sheetData>"), limits)
                    .contains(u"more than 1000 cells"_s));
    // A CSV too.
    limits = {};
    limits.maxRows = 100;
    writeBytes(u"rows.csv"_s, QByteArray(500, '\n'));
    EXPECT_TRUE(refusal(path(u"rows.csv"_s), limits).contains(u"more than 100 rows"_s));
}

TEST_F(SpreadsheetTest, RefusesASheetLongerThanTheDefaultLimit) {
    // One value in each of 100 001 rows: a few megabytes of XML, past the 100 000 rows read.
    QByteArray rows = "<sheetData>";
    for (int r = 1; r <= 100001; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c><v>1</v></c></row>";
    const QString file = workbookOf(u"long.xlsx"_s, rows + "</sheetData>");
    EXPECT_EQ(
        refusal(file),
        u"long.xlsx: the sheet has values in row 100001, past the 100000 rows Nianbao reads"_s);
}

TEST_F(SpreadsheetTest, RefusesXmlWithEntities) {
    const QByteArray laughs =
        R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>)"
        R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>)";
    const QByteArray external =
        R"(<?xml version="1.0"?><!doctype sst [<!ENTITY secret SYSTEM "file:///etc/passwd">]>)"
        R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&secret;</t></si></sst>)";
    for (const QByteArray& strings : {laughs, external}) {
        const QString file = zipOf(
            u"entities.xlsx"_s,
            {{u"xl/workbook.xml"_s,
              R"(<workbook xmlns:r="r"><sheets><sheet name="a" r:id="rId1"/></sheets></workbook>)"},
             {u"xl/worksheets/sheet1.xml"_s,
              R"(<worksheet><sheetData><row><c t="s"><v>0</v></c></row></sheetData></worksheet>)"},
             {u"xl/sharedStrings.xml"_s, strings}});
        EXPECT_EQ(refusal(file), u"entities.xlsx: xl/sharedStrings.xml in the workbook declares a "
                                 "DTD (entities), which workbooks never do; it is not read"_s);
    }
    // An entity reference without a DTD is no well-formed XML.
    const QString undeclared = workbookOf(
        u"undeclared.xlsx"_s,
        R"(<sheetData><row><c t="inlineStr"><is><t>&lol;</t></is></c></row></sheetData>)");
    EXPECT_TRUE(refusal(undeclared).contains(u"not well-formed XML"_s));
}

TEST_F(SpreadsheetTest, RefusesDamagedSheetContent) {
    EXPECT_TRUE(
        refusal(workbookOf(u"index.xlsx"_s,
                           R"(<sheetData><row><c r="B7" t="s"><v>5</v></c></row></sheetData>)",
                           "<si><t>a</t></si>"))
            .contains(u"cell B7 refers to a text the workbook does not have"_s));
    EXPECT_TRUE(
        refusal(workbookOf(u"number.xlsx"_s,
                           R"(<sheetData><row><c r="C2"><v>12abc</v></c></row></sheetData>)"))
            .contains(u"cell C2 holds 「12abc」, which is not a number"_s));
    EXPECT_TRUE(refusal(workbookOf(u"name.xlsx"_s,
                                   R"(<sheetData><row><c r="2B"><v>1</v></c></row></sheetData>)"))
                    .contains(u"a cell is named 「2B」"_s));
    const QString utf16 =
        zipOf(u"utf16.xlsx"_s, {{u"xl/workbook.xml"_s, QByteArray("<\0w\0/\0>\0", 8)}});
    EXPECT_EQ(
        refusal(utf16),
        u"utf16.xlsx: xl/workbook.xml in the workbook is not UTF-8 XML, as workbooks write it"_s);
    EXPECT_TRUE(refusal(workbookOf(u"broken.xlsx"_s, R"(<sheetData><row><c><v>1</v></row>)"))
                    .contains(u"not well-formed XML"_s));
}

TEST_F(SpreadsheetTest, RefusesWhatIsNotARegularFile) {
    EXPECT_TRUE(refusal(m_folder.path()).contains(u"not a regular file"_s));
    const QString fifo = path(u"pipe.csv"_s);
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    EXPECT_TRUE(refusal(fifo).contains(u"not a regular file"_s)); // and does not block
    const QString zeros = path(u"zeros.xlsx"_s);
    ASSERT_TRUE(QFile::link(u"/dev/zero"_s, zeros));
    EXPECT_TRUE(refusal(zeros).contains(u"not a regular file"_s));
    SpreadsheetLimits limits;
    limits.maxFileBytes = 1000;
    writeBytes(u"big.csv"_s, QByteArray(1001, 'a'));
    EXPECT_EQ(refusal(path(u"big.csv"_s), limits),
              u"big.csv: the file has 1001 bytes, more than the 0 MiB Nianbao reads"_s);
}

// ---- CSV ----

TEST_F(SpreadsheetTest, ReadsAGbkCsvAsExcelOnChineseWindowsSavesIt) {
    const auto gbk = test::dataPath(u"spreadsheet/register-gbk.csv"_s);
    ASSERT_FALSE(QString::fromUtf8(test::readFile(gbk)).contains(u"序号"_s)); // not UTF-8
    const Spreadsheet sheet = read(gbk);
    ASSERT_EQ(sheet.rows.size(), 5);
    for (int c = 0; c < registerHeader.size(); ++c)
        EXPECT_EQ(sheet.cell(0, c).text, registerHeader.at(c));
    EXPECT_EQ(sheet.cell(1, 1).text, u"2025年3月4日"_s);
    EXPECT_EQ(sheet.cell(1, 4).text, u"关于某路段拓宽工程的\"立项批复\"文件"_s);
    EXPECT_EQ(sheet.cell(2, 4).text, u"2024年度财政预算,决算公开情况\r\n（含三公经费）"_s);
    EXPECT_TRUE(sheet.cell(2, 5).isEmpty());
    EXPECT_TRUE(sheet.rows.at(3).isEmpty()); // the empty line keeps its place: row 5 is row 5
    EXPECT_EQ(sheet.cell(4, 0).text, u"4"_s);
    EXPECT_EQ(sheet.cell(4, 6).text, u"不予公开（三）"_s);
    for (int row : {1, 2, 4}) {
        QString error;
        EXPECT_TRUE(parseChineseDate(sheet.cell(row, 1).text, &error)) << error.toStdString();
    }
}

TEST_F(SpreadsheetTest, ReadsUtf8CsvWithAndWithoutByteOrderMark) {
    const QByteArray text = u"序号,申请人\n1,\"张三\n（代理）\"\n\n3,李四"_s.toUtf8();
    writeBytes(u"plain.csv"_s, text);
    writeBytes(u"bom.csv"_s, "\xEF\xBB\xBF" + text);
    for (const QString& name : {u"plain.csv"_s, u"bom.csv"_s}) {
        const Spreadsheet sheet = read(path(name));
        ASSERT_EQ(sheet.rows.size(), 4) << name.toStdString();
        EXPECT_EQ(sheet.cell(0, 0).text, u"序号"_s); // no byte-order mark left in the first cell
        EXPECT_EQ(sheet.cell(1, 1).text, u"张三\n（代理）"_s);
        EXPECT_TRUE(sheet.rows.at(2).isEmpty());
        EXPECT_EQ(sheet.cell(3, 1).text, u"李四"_s);
    }
    // Excel's 「Unicode text」: UTF-16 with a byte-order mark, separated by tabs.
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    writeBytes(u"unicode.txt"_s, utf16.encode(u"序号\t申请人\r\n1\t张三\r\n"_s));
    const Spreadsheet tabs = read(path(u"unicode.txt"_s));
    EXPECT_EQ(tabs.cell(1, 1).text, u"张三"_s);
}

TEST_F(SpreadsheetTest, RefusesAnUnclosedQuoteNamingItsRow) {
    writeBytes(u"open.csv"_s, "a,b\n1,2\n3,\"never closed\n4,5\n");
    EXPECT_EQ(refusal(path(u"open.csv"_s)),
              u"open.csv: row 3: a quoted field is never closed (a 「\"」 is missing)"_s);
    writeBytes(u"latin.csv"_s, "\x81\x20\xFF\xFF");
    EXPECT_TRUE(refusal(path(u"latin.csv"_s)).contains(u"neither UTF-8 nor GBK"_s));
}

// ---- Writing .xlsx, read back ----

XlsxSheet sampleSheet() {
    XlsxSheet sheet;
    sheet.name = u"登记表"_s;
    sheet.columns = {
        {u"序号"_s, 0}, {u"收到日期"_s, 14}, {u"申请人"_s, 0}, {u"信息处理费（万元）"_s, 0}};
    sheet.rows = {
        {XlsxCell::ofNumber(1), XlsxCell::ofDate(QDate(2025, 3, 4)), XlsxCell::ofText(u"张三"_s),
         XlsxCell::ofNumber(0.0125)},
        {XlsxCell::ofNumber(2), XlsxCell{}, XlsxCell::ofText(u"Zhang \"San\" & <Co>"_s),
         XlsxCell{}},
        {},
        {XlsxCell::ofNumber(4), XlsxCell::ofDate(QDate(1900, 2, 28)), XlsxCell::ofText(u""_s),
         XlsxCell::ofNumber(123456.75)},
    };
    return sheet;
}

TEST_F(SpreadsheetTest, WrittenWorkbookReadsBack) {
    const QString file = path(u"导出.xlsx"_s);
    QString error;
    ASSERT_TRUE(writeXlsx(file, sampleSheet(), &error)) << error.toStdString();
    const Spreadsheet sheet = read(file);
    EXPECT_EQ(sheet.sheetNames, QStringList{u"登记表"_s});
    EXPECT_EQ(sheet.cell(0, 0).text, u"序号"_s);
    EXPECT_EQ(sheet.cell(0, 3).text, u"信息处理费（万元）"_s);
    EXPECT_EQ(sheet.cell(1, 0).kind, Kind::Number);
    EXPECT_EQ(sheet.cell(1, 0).text, u"1"_s);
    EXPECT_EQ(sheet.cell(1, 1).kind, Kind::Date);
    EXPECT_EQ(sheet.cell(1, 1).date, QDate(2025, 3, 4));
    EXPECT_EQ(sheet.cell(1, 2).text, u"张三"_s);
    EXPECT_EQ(sheet.cell(1, 3).text, u"0.0125"_s);
    EXPECT_TRUE(sheet.cell(2, 1).isEmpty());
    EXPECT_EQ(sheet.cell(2, 2).text, u"Zhang \"San\" & <Co>"_s);
    EXPECT_EQ(sheet.rows.at(2).size(), 3);
    EXPECT_TRUE(sheet.rows.at(3).isEmpty());
    EXPECT_EQ(sheet.cell(4, 1).date, QDate(1900, 2, 28));
    EXPECT_TRUE(sheet.cell(4, 2).isEmpty());
    EXPECT_EQ(sheet.cell(4, 3).text, u"123456.75"_s);

    // The header row is bold and frozen: look inside the workbook.
    int zipError = 0;
    zip_t* zip = zip_open(QFile::encodeName(file).constData(), ZIP_RDONLY, &zipError);
    ASSERT_NE(zip, nullptr);
    const auto part = [zip](const char* name) {
        zip_file_t* f = zip_fopen(zip, name, 0);
        QByteArray bytes;
        char buffer[4096];
        for (zip_int64_t got; f && (got = zip_fread(f, buffer, sizeof buffer)) > 0;)
            bytes.append(buffer, static_cast<qsizetype>(got));
        if (f)
            zip_fclose(f);
        return bytes;
    };
    const QByteArray sheetXml = part("xl/worksheets/sheet1.xml");
    EXPECT_TRUE(sheetXml.contains(R"(ySplit="1")")) << sheetXml.left(600).constData();
    EXPECT_TRUE(sheetXml.contains(R"(state="frozen")"));
    EXPECT_TRUE(sheetXml.contains(R"(<col min="2" max="2" width="14.7109375")"))
        << sheetXml.left(900).constData();
    EXPECT_TRUE(part("xl/styles.xml").contains("<b/>"));
    zip_close(zip);
    EXPECT_EQ(QFile::permissions(file) & (QFile::ReadOther | QFile::ReadGroup), 0);
}

TEST_F(SpreadsheetTest, AFailedWriteLeavesTheOldFileIntact) {
    const QString file = path(u"old.xlsx"_s);
    writeBytes(u"old.xlsx"_s, "the old workbook");
    XlsxSheet tooLong = sampleSheet();
    tooLong.rows[1][2] = XlsxCell::ofText(QString(40000, u'长'));
    QString error;
    EXPECT_FALSE(writeXlsx(file, tooLong, &error));
    EXPECT_EQ(error, u"old.xlsx: row 3, column 3: the text has 40000 characters, more than the "
                     "32767 a cell of Excel holds"_s);
    EXPECT_EQ(test::readFile(file), "the old workbook");

    XlsxSheet notANumber = sampleSheet();
    notANumber.rows[0][3] = XlsxCell::ofNumber(std::nan(""));
    EXPECT_FALSE(writeXlsx(file, notANumber, &error));
    EXPECT_EQ(error, u"old.xlsx: row 2, column 4: nan is not a number Excel can hold"_s);
    XlsxSheet noDate = sampleSheet();
    noDate.rows[0][1] = XlsxCell::ofDate(QDate(1899, 12, 31));
    EXPECT_FALSE(writeXlsx(file, noDate, &error));
    EXPECT_EQ(error, u"old.xlsx: row 2, column 2: 「1899-12-31」 is not a date Excel can hold"_s);
    EXPECT_EQ(test::readFile(file), "the old workbook");

    error.clear();
    EXPECT_FALSE(writeXlsx(path(u"no-such-folder/new.xlsx"_s), sampleSheet(), &error));
    EXPECT_TRUE(error.contains(u"new.xlsx"_s)) << error.toStdString();
    // No temporary file is left behind.
    EXPECT_EQ(QDir(m_folder.path()).entryList(QDir::Files), QStringList{u"old.xlsx"_s});
}

} // namespace
} // namespace nianbao
