// `nianbao register …` through the real binary, against a store in a temporary folder.
#include "model/core/reportjson.h"
#include "model/import/spreadsheet.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <xlsxwriter.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

const QString kAgency = u"某某县人民政府办公室"_s;
const QString kPlantedName = u"欧阳娜娜娜"_s;
const QString kPlantedContact = u"13812345678"_s;

struct CliRun {
    int status = -1;
    QString out;
    QString err;
};

class RegisterCommand : public ::testing::Test {
protected:
    CliRun nianbao(const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NIANBAO_DB"_s, store());
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(QString::fromUtf8(NIANBAO_EXE), args);
        EXPECT_TRUE(p.waitForFinished(30000));
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    CliRun reg(QStringList args) {
        args.prepend(u"register"_s);
        return nianbao(args);
    }
    void add(const QStringList& args) {
        const CliRun r = reg(QStringList{u"add"_s, u"--agency"_s, kAgency} + args);
        ASSERT_EQ(r.status, 0) << r.err.toStdString();
    }
    QString store() const { return m_dir.filePath(u"store.sqlite"_s); }
    QTemporaryDir m_dir;
};

TEST_F(RegisterCommand, AddListAndNumbersOfTheYear) {
    add({u"--received"_s, u"2025-03-03"_s, u"--type"_s, u"natural"_s, u"--name"_s, kPlantedName,
         u"--contact"_s, kPlantedContact, u"--channel"_s, u"邮寄"_s});
    add({u"--received"_s, u"2025-03-04"_s, u"--type"_s, u"legal"_s, u"--replied"_s, u"2025-03-10"_s,
         u"--outcome"_s, u"granted"_s, u"--fee"_s, u"0.0120"_s});
    const CliRun list = reg({u"list"_s, u"--today"_s, u"2025-03-28"_s});
    ASSERT_EQ(list.status, 0) << list.err.toStdString();
    EXPECT_EQ(list.out, u"2025-001\t某某县人民政府办公室\t2025-03-03\t邮寄\t自然人\tdue "
                        u"2025-03-31, 1 working day(s) left\n"
                        u"2025-002\t某某县人民政府办公室\t2025-03-04\t网络\t法律服务机构\t予以公开 "
                        u"2025-03-10\n"_s);
    EXPECT_FALSE(list.out.contains(kPlantedName)); // only when asked
    const CliRun personal = reg({u"list"_s, u"--json"_s, u"--with-personal-data"_s});
    EXPECT_TRUE(personal.out.contains(kPlantedName));
    EXPECT_TRUE(personal.out.contains(u"\"fee\": 0.0120"_s)) << personal.out.toStdString();
    EXPECT_EQ(reg({u"list"_s, u"--year"_s, u"2024"_s}).out.count(u'\n'), 1); // "holds no request"
}

TEST_F(RegisterCommand, DueListsWhatIsDueSoonOrOverdue) {
    add({u"--received"_s, u"2025-03-03"_s, u"--type"_s, u"natural"_s});  // due 31 March
    add({u"--received"_s, u"2025-03-20"_s, u"--type"_s, u"business"_s}); // due 18 April
    add({u"--received"_s, u"2025-03-03"_s, u"--type"_s, u"research"_s, u"--correction-asked"_s,
         u"2025-03-05"_s}); // waiting for the applicant: no deadline running
    CliRun due = reg({u"due"_s, u"--today"_s, u"2025-03-28"_s});
    EXPECT_EQ(due.status, 0) << due.err.toStdString();
    EXPECT_EQ(due.out,
              u"2025-001\t某某县人民政府办公室\tdue 2025-03-31, 1 working day(s) left\n"_s);
    due = reg({u"due"_s, u"--today"_s, u"2025-04-02"_s, u"--days"_s, u"20"_s, u"--json"_s});
    EXPECT_EQ(due.status, 1); // one overdue
    EXPECT_TRUE(due.out.contains(u"\"working_days_left\": -2"_s)) << due.out.toStdString();
    EXPECT_TRUE(due.out.contains(u"\"due\": \"2025-04-18\""_s)) << due.out.toStdString();
    EXPECT_FALSE(due.out.contains(u"2025-003"_s));
}

TEST_F(RegisterCommand, ADateInAYearWithoutCalendarIsNamed) {
    add({u"--received"_s, u"2026-12-20"_s, u"--type"_s, u"natural"_s});
    const CliRun due = reg({u"due"_s, u"--today"_s, u"2026-12-21"_s});
    EXPECT_EQ(due.status, 2);
    EXPECT_TRUE(due.err.contains(u"2026-001"_s)) << due.err.toStdString();
    EXPECT_TRUE(due.err.contains(u"2027"_s)) << due.err.toStdString();
}

TEST_F(RegisterCommand, BadInputIsNamed) {
    const struct {
        QStringList args;
        const char16_t* named;
    } cases[] = {
        {{u"add"_s, u"--agency"_s, kAgency, u"--received"_s, u"2025-02-30"_s, u"--type"_s,
          u"natural"_s},
         u"2025-02-30"},
        {{u"add"_s, u"--agency"_s, kAgency, u"--received"_s, u"2025-02-03"_s, u"--type"_s,
          u"citizen"_s},
         u"citizen"},
        {{u"add"_s, u"--agency"_s, kAgency, u"--received"_s, u"2025-02-03"_s, u"--type"_s,
          u"natural"_s, u"--replied"_s, u"2025-02-04"_s, u"--outcome"_s, u"unprocessed_1"_s},
         u"unprocessed_1"},
        {{u"add"_s, u"--agency"_s, kAgency, u"--received"_s, u"2025-02-03"_s, u"--type"_s,
          u"natural"_s, u"--fee"_s, u"lots"_s},
         u"lots"},
        {{u"add"_s, u"--received"_s, u"2025-02-03"_s}, u"--agency"},
        {{u"due"_s, u"--days"_s, u"-3"_s}, u"--days"},
        {{u"table3"_s, u"--agency"_s, kAgency}, u"--year"},
        {{u"list"_s, u"--bogus"_s}, u"--bogus"},
        {{u"frobnicate"_s}, u"frobnicate"},
        {{u"list"_s, u"--received"_s, u"2025-01-01"_s}, u"--received"},
        {{u"due"_s, u"--write"_s}, u"--write"},
        {{u"add"_s, u"--agency"_s, kAgency, u"--received"_s, u"2025-02-03"_s, u"--type"_s,
          u"natural"_s, u"--json"_s},
         u"register add"},
    };
    add({u"--received"_s, u"2025-03-03"_s, u"--type"_s, u"natural"_s}); // the store exists
    for (const auto& c : cases) {
        const CliRun r = reg(c.args);
        EXPECT_EQ(r.status, 2) << c.args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromUtf16(c.named)))
            << c.args.join(u' ').toStdString() << " → " << r.err.toStdString();
    }
}

TEST_F(RegisterCommand, TableThreeWrittenIntoTheReportAndNoPersonalDataAnywhere) {
    // Last year's request still open on 31 December, this year's answered or open.
    add({u"--received"_s, u"2024-12-27"_s, u"--type"_s, u"research"_s, u"--name"_s, kPlantedName,
         u"--contact"_s, kPlantedContact, u"--replied"_s, u"2025-01-20"_s, u"--outcome"_s,
         u"unable_1"_s});
    add({u"--received"_s, u"2025-05-06"_s, u"--type"_s, u"natural"_s, u"--name"_s, kPlantedName,
         u"--contact"_s, kPlantedContact, u"--replied"_s, u"2025-05-20"_s, u"--outcome"_s,
         u"other_3"_s, u"--withdrawn"_s, u"--subject"_s, u"关于"_s + kPlantedName + u"的信息"_s});
    add({u"--received"_s, u"2025-12-30"_s, u"--type"_s, u"natural"_s, u"--name"_s, kPlantedName});

    const CliRun printed = reg({u"table3"_s, u"--agency"_s, kAgency, u"--year"_s, u"2025"_s});
    ASSERT_EQ(printed.status, 0) << printed.err.toStdString();
    EXPECT_TRUE(printed.out.contains(u"上年结转\t0\t0\t1\t0\t0\t0\t1\n"_s))
        << printed.out.toStdString();
    EXPECT_TRUE(printed.out.contains(u"结转下年度\t1\t0\t0\t0\t0\t0\t1\n"_s));
    const CliRun json =
        reg({u"table3"_s, u"--agency"_s, kAgency, u"--year"_s, u"2025"_s, u"--json"_s});
    EXPECT_TRUE(json.out.contains(u"\"t3.other_3.natural\": 1"_s)) << json.out.toStdString();

    // No report yet: named, nothing written.
    CliRun write = reg({u"table3"_s, u"--agency"_s, kAgency, u"--year"_s, u"2025"_s, u"--write"_s});
    EXPECT_EQ(write.status, 2);
    EXPECT_TRUE(write.err.contains(u"2025"_s)) << write.err.toStdString();

    Report report = test::emptyReport(2025);
    report.agency = kAgency;
    const QString file = m_dir.filePath(u"report.nianbao.json"_s);
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(ReportJson::toJson(report));
    }
    ASSERT_EQ(nianbao({u"db"_s, u"import"_s, file}).status, 0);
    write = reg({u"table3"_s, u"--agency"_s, kAgency, u"--year"_s, u"2025"_s, u"--write"_s});
    ASSERT_EQ(write.status, 0) << write.err.toStdString();

    const QString exported = m_dir.filePath(u"exported.nianbao.json"_s);
    ASSERT_EQ(nianbao({u"db"_s, u"export"_s, u"1"_s, u"-o"_s, exported}).status, 0);
    const auto reread = ReportJson::load(exported, nullptr);
    ASSERT_TRUE(reread);
    EXPECT_EQ(reread->value(test::cell(u"t3.carried_in.research")), CellValue::of(1));
    EXPECT_EQ(reread->value(test::cell(u"t3.unable_1.research")), CellValue::of(1));
    EXPECT_EQ(reread->value(test::cell(u"t3.other_3.natural")), CellValue::of(1));
    EXPECT_EQ(reread->value(test::cell(u"t3.carried_over.total")), CellValue::of(1));

    // Every output a report goes out through: grep them for the planted name and contact.
    QStringList outputs = {QString::fromUtf8(test::readFile(exported))};
    const CliRun check = nianbao({u"db"_s, u"check"_s, u"1"_s, u"--json"_s});
    EXPECT_FALSE(check.out.contains(u"\"R1\""_s)) << check.out.toStdString();
    EXPECT_FALSE(check.out.contains(u"\"R2\""_s));
    EXPECT_FALSE(check.out.contains(u"\"R3\""_s));
    outputs << check.out << check.err;
    const QString html = m_dir.filePath(u"report.html"_s);
    const CliRun rendered = nianbao({u"export"_s, exported, u"--html"_s, html});
    EXPECT_EQ(rendered.status, 0) << rendered.err.toStdString();
    outputs << QString::fromUtf8(test::readFile(html)) << rendered.out << rendered.err;
    const CliRun audit = nianbao({u"audit"_s, exported, u"--format"_s, u"json"_s});
    outputs << audit.out << audit.err;
    const CliRun dbList = nianbao({u"db"_s, u"list"_s, u"--json"_s});
    outputs << dbList.out;
    const CliRun plainList = reg({u"list"_s});
    outputs << plainList.out;
    for (const QString& output : outputs) {
        EXPECT_FALSE(output.contains(kPlantedName)) << output.left(400).toStdString();
        EXPECT_FALSE(output.contains(kPlantedContact)) << output.left(400).toStdString();
    }
    EXPECT_TRUE(test::readFile(html).contains("收到和处理政府信息公开申请情况"));
}

TEST_F(RegisterCommand, AnEntryThatCannotBeCountedStopsTheWrite) {
    add({u"--received"_s, u"2025-03-03"_s, u"--type"_s, u"natural"_s, u"--replied"_s,
         u"2025-03-10"_s, u"--outcome"_s, u"granted"_s});
    Report report = test::emptyReport(2025);
    report.agency = kAgency;
    const QString file = m_dir.filePath(u"report.nianbao.json"_s);
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(ReportJson::toJson(report));
    }
    ASSERT_EQ(nianbao({u"db"_s, u"import"_s, file}).status, 0);
    // An entry changed behind Nianbao's back (another tool, an older version).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(store());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"UPDATE request SET outcome = 'approved'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const CliRun write =
        reg({u"table3"_s, u"--agency"_s, kAgency, u"--year"_s, u"2025"_s, u"--write"_s});
    EXPECT_EQ(write.status, 1);
    EXPECT_TRUE(write.err.contains(u"2025-001"_s)) << write.err.toStdString();
    EXPECT_TRUE(write.err.contains(u"approved"_s)) << write.err.toStdString();
    const QString exported = m_dir.filePath(u"exported.nianbao.json"_s);
    ASSERT_EQ(nianbao({u"db"_s, u"export"_s, u"1"_s, u"-o"_s, exported}).status, 0);
    EXPECT_TRUE(ReportJson::load(exported, nullptr)->value(test::cell(u"t3.new.total")).isEmpty());
}

} // namespace

namespace {

// The written sheet read back the way an import reads it, as header → column.
struct ReadBack {
    Spreadsheet sheet;
    QStringList headers;
    QString text(int row, const QString& header) const {
        return sheet.cell(row, static_cast<int>(headers.indexOf(header))).text;
    }
};

std::optional<ReadBack> readBack(const QString& path) {
    QString error;
    auto sheet = readSpreadsheet(path, &error);
    if (!sheet) {
        ADD_FAILURE() << error.toStdString();
        return std::nullopt;
    }
    ReadBack back{*sheet, {}};
    for (int c = 0; c < (sheet->rows.isEmpty() ? 0 : sheet->rows[0].size()); ++c)
        back.headers << sheet->cell(0, c).text;
    return back;
}

bool sheetMentions(const Spreadsheet& sheet, const QString& text) {
    for (const auto& row : sheet.rows) {
        for (const SpreadsheetCell& cell : row) {
            if (cell.text.contains(text))
                return true;
        }
    }
    return false;
}

} // namespace

TEST_F(RegisterCommand, ExportWritesOneRowPerEntryWithoutPersonalDataUnlessAsked) {
    add({u"--received"_s, u"2025-03-03"_s, u"--type"_s, u"natural"_s, u"--name"_s, kPlantedName,
         u"--contact"_s, kPlantedContact, u"--subject"_s, u"某路段拓宽工程的立项批复"_s});
    add({u"--received"_s, u"2025-03-04"_s, u"--type"_s, u"legal"_s, u"--replied"_s, u"2025-03-10"_s,
         u"--outcome"_s, u"denied_1"_s, u"--fee"_s, u"0.0120"_s});
    add({u"--received"_s, u"2024-12-30"_s, u"--type"_s, u"business"_s});

    const QString plain = m_dir.filePath(u"登记表.xlsx"_s);
    const CliRun r = reg({u"export"_s, u"-o"_s, plain, u"--year"_s, u"2025"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const auto back = readBack(plain);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->headers,
              (QStringList{u"编号"_s, u"收到日期"_s, u"申请方式"_s, u"申请人类型"_s, u"申请内容"_s,
                           u"补正"_s, u"征求意见"_s, u"延期"_s, u"答复日期"_s, u"办理结果"_s,
                           u"截止日期"_s, u"费用（万元）"_s, u"备注"_s}));
    // 2024-12-30 is still open in 2025: table three of 2025 counts it, so the export has it.
    ASSERT_EQ(back->sheet.rows.size(), 4);
    int deniedRow = -1;
    for (int row = 1; row < 4; ++row) {
        if (back->text(row, u"答复日期"_s) == u"2025-03-10")
            deniedRow = row;
    }
    ASSERT_GT(deniedRow, 0);
    EXPECT_EQ(back->sheet.cell(deniedRow, 1).kind, SpreadsheetCell::Kind::Date);
    EXPECT_EQ(back->sheet.cell(deniedRow, 1).date, QDate(2025, 3, 4));
    EXPECT_EQ(back->text(deniedRow, u"办理结果"_s), u"不予公开·属于国家秘密");
    EXPECT_EQ(back->text(deniedRow, u"申请人类型"_s), u"法律服务机构");
    EXPECT_EQ(back->text(deniedRow, u"费用（万元）"_s), u"0.012");
    EXPECT_FALSE(sheetMentions(back->sheet, kPlantedName));
    EXPECT_FALSE(sheetMentions(back->sheet, kPlantedContact));
    EXPECT_TRUE(sheetMentions(back->sheet, u"某路段拓宽工程"_s));

    const QString personal = m_dir.filePath(u"登记表-含个人信息.xlsx"_s);
    const CliRun withData = reg({u"export"_s, u"--output"_s, personal, u"--with-personal-data"_s});
    ASSERT_EQ(withData.status, 0) << withData.err.toStdString();
    const auto full = readBack(personal);
    ASSERT_TRUE(full);
    EXPECT_EQ(full->headers.mid(4, 2), (QStringList{u"申请人"_s, u"联系方式"_s}));
    EXPECT_TRUE(sheetMentions(full->sheet, kPlantedName));
    EXPECT_TRUE(sheetMentions(full->sheet, kPlantedContact));
}

TEST_F(RegisterCommand, ExportThatCannotBeWrittenFailsAndKeepsWhatWasThere) {
    add({u"--received"_s, u"2025-03-03"_s, u"--type"_s, u"natural"_s});
    const CliRun noFile = reg({u"export"_s});
    EXPECT_EQ(noFile.status, 2);
    EXPECT_TRUE(noFile.err.contains(u"-o"_s)) << noFile.err.toStdString();

    const CliRun noFolder = reg({u"export"_s, u"-o"_s, m_dir.filePath(u"无此目录/登记表.xlsx"_s)});
    EXPECT_NE(noFolder.status, 0);
    EXPECT_FALSE(noFolder.err.isEmpty());
    EXPECT_FALSE(QFile::exists(m_dir.filePath(u"无此目录/登记表.xlsx"_s)));

    // A folder where the file should go: it cannot be replaced, and stays as it was.
    const QString taken = m_dir.filePath(u"taken.xlsx"_s);
    ASSERT_TRUE(QDir().mkpath(taken + u"/inside"_s));
    const CliRun onFolder = reg({u"export"_s, u"-o"_s, taken});
    EXPECT_NE(onFolder.status, 0);
    EXPECT_TRUE(onFolder.err.contains(u"taken.xlsx"_s)) << onFolder.err.toStdString();
    EXPECT_TRUE(QDir(taken + u"/inside"_s).exists());
}

namespace {

// A register as clerks keep it: a title merged over the columns, a blank row, their own
// header names, dates in four forms, outcomes in their own words, and two bad rows.
void writeClerkSheet(const QString& file) {
    lxw_workbook* workbook = workbook_new(QFile::encodeName(file).constData());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "2025台账");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    worksheet_merge_range(sheet, 0, 0, 0, 8, "2025年政府信息公开申请登记台账", nullptr);
    const char* headers[] = {"序号",     "申请日期", "申请人",   "申请人类别", "申请方式",
                             "申请内容", "办结日期", "答复结果", "备注"};
    for (int c = 0; c < 9; ++c)
        worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(c), headers[c], nullptr);
    lxw_datetime march3 = {2025, 3, 3, 0, 0, 0};
    lxw_datetime march20 = {2025, 3, 20, 0, 0, 0};
    // Row 4: an Excel date, 予以公开 by its official words.
    worksheet_write_number(sheet, 3, 0, 1, nullptr);
    worksheet_write_datetime(sheet, 3, 1, &march3, date);
    worksheet_write_string(sheet, 3, 2, "欧阳娜娜娜", nullptr);
    worksheet_write_string(sheet, 3, 3, "自然人", nullptr);
    worksheet_write_string(sheet, 3, 4, "网上申请", nullptr);
    worksheet_write_string(sheet, 3, 5, "某路段拓宽工程的立项批复", nullptr);
    worksheet_write_datetime(sheet, 3, 6, &march20, date);
    worksheet_write_string(sheet, 3, 7, "（一）予以公开", nullptr);
    // Row 5: text dates, a close variant of 无法提供·本机关不掌握.
    worksheet_write_number(sheet, 4, 0, 2, nullptr);
    worksheet_write_string(sheet, 4, 1, "2025/3/4", nullptr);
    worksheet_write_string(sheet, 4, 3, "企业", nullptr);
    worksheet_write_string(sheet, 4, 4, "邮寄", nullptr);
    worksheet_write_string(sheet, 4, 6, "2025年3月21日", nullptr);
    worksheet_write_string(sheet, 4, 7, "信息不存在", nullptr);
    // Row 6 left empty: passed over.
    // Row 7: a day that does not exist.
    worksheet_write_number(sheet, 6, 0, 3, nullptr);
    worksheet_write_string(sheet, 6, 1, "2025-02-30", nullptr);
    worksheet_write_string(sheet, 6, 3, "自然人", nullptr);
    // Row 8: an outcome naming no single row (不予公开 has eight).
    worksheet_write_number(sheet, 7, 0, 4, nullptr);
    worksheet_write_string(sheet, 7, 1, "2025.3.10", nullptr);
    worksheet_write_string(sheet, 7, 3, "律师事务所", nullptr);
    worksheet_write_string(sheet, 7, 6, "2025-03-28", nullptr);
    worksheet_write_string(sheet, 7, 7, "不予公开", nullptr);
    // Row 9: an Excel serial number as text, still open.
    worksheet_write_number(sheet, 8, 0, 5, nullptr);
    worksheet_write_string(sheet, 8, 1, "45730", nullptr); // 2025-03-14
    worksheet_write_string(sheet, 8, 3, "科研机构", nullptr);
    worksheet_write_string(sheet, 8, 8, "待答复", nullptr);
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);
}

} // namespace

TEST_F(RegisterCommand, ImportsAClerksSheetRowByRowAndRefusesTheBadRowsByName) {
    const QString sheet = m_dir.filePath(u"台账.xlsx"_s);
    writeClerkSheet(sheet);

    const CliRun dry = reg({u"import"_s, sheet, u"--agency"_s, kAgency, u"--dry-run"_s});
    EXPECT_EQ(dry.status, 1) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(u"header in row 3"_s)) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(u"row 7: 申请日期 \"2025-02-30\" is not a valid date"_s))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(u"row 8: 答复结果 \"不予公开\""_s)) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(u"3 row(s) recognised, 2 refused"_s)) << dry.out.toStdString();
    EXPECT_FALSE(dry.out.contains(u"row 6"_s));
    // The dry run stored nothing, not even a store.
    EXPECT_FALSE(QFile::exists(store()));

    const CliRun stored = reg({u"import"_s, sheet, u"--agency"_s, kAgency});
    EXPECT_EQ(stored.status, 1) << stored.err.toStdString();
    EXPECT_TRUE(stored.out.contains(u"3 row(s) stored"_s)) << stored.out.toStdString();
    const CliRun list =
        reg({u"list"_s, u"--json"_s, u"--with-personal-data"_s, u"--today"_s, u"2025-03-20"_s});
    ASSERT_EQ(list.status, 0) << list.err.toStdString();
    const QString json = list.out;
    EXPECT_EQ(json.count(u"\"number\""_s), 3) << json.toStdString();
    EXPECT_TRUE(json.contains(u"\"number\": \"2025-001\""_s)) << json.toStdString();
    EXPECT_TRUE(json.contains(u"\"outcome\": \"granted\""_s));
    EXPECT_TRUE(json.contains(u"\"outcome\": \"unable_1\""_s));
    EXPECT_TRUE(json.contains(u"\"received\": \"2025-03-14\""_s));
    EXPECT_TRUE(json.contains(u"\"applicant_type\": \"research\""_s));
    EXPECT_TRUE(json.contains(u"\"channel\": \"mail\""_s));
    EXPECT_TRUE(json.contains(kPlantedName));
}

TEST_F(RegisterCommand, ImportReadsAGbkCsvAndAllStoredIsExitZero) {
    const QString csv = test::dataPath(u"spreadsheet/register-gbk-typed.csv"_s);
    const CliRun r = reg({u"import"_s, csv, u"--agency"_s, kAgency});
    EXPECT_EQ(r.status, 0) << r.out.toStdString() << r.err.toStdString();
    const CliRun list = reg({u"list"_s, u"--json"_s, u"--with-personal-data"_s});
    EXPECT_EQ(list.out.count(u"\"number\""_s), 3) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(u"某某律师事务所"_s));
    EXPECT_TRUE(list.out.contains(u"\"applicant_type\": \"legal\""_s));
    EXPECT_TRUE(list.out.contains(u"\"replied\": \"2025-04-01\""_s));
}

// The clerk test's finding: the same sheet imported twice (numbers given by the register)
// doubled the register. The second time every row is refused as already there.
TEST_F(RegisterCommand, TheSameSheetImportedTwiceIsRefusedRowByRow) {
    // No number column: the register numbers each row itself.
    const QString csv = m_dir.filePath(u"台账.csv"_s);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("收到日期,申请人,申请人类型,申请内容,答复日期,办理结果\n"
               "2025-03-04,张三,自然人,某路段拓宽工程的批复,2025-03-20,予以公开\n"
               "2025-03-05,李四,自然人,某小区加装电梯审批材料,2025-03-25,部分公开\n");
    file.close();
    ASSERT_EQ(reg({u"import"_s, csv, u"--agency"_s, kAgency}).status, 0);
    const CliRun again = reg({u"import"_s, csv, u"--agency"_s, kAgency});
    EXPECT_EQ(again.status, 1) << again.out.toStdString() << again.err.toStdString();
    EXPECT_EQ((again.out + again.err).count(u"already has this request"_s), 2)
        << again.out.toStdString();
    const CliRun list = reg({u"list"_s, u"--json"_s});
    EXPECT_EQ(list.out.count(u"\"number\""_s), 2) << list.out.toStdString();
}

TEST_F(RegisterCommand, ImportWithoutHeaderOrFileIsExitTwoAndMapNamesTheColumns) {
    const QString odd = m_dir.filePath(u"odd.csv"_s);
    QFile file(odd);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("来件日期,来件人身份,甲,乙\n2025-03-03,自然人,x,y\n");
    file.close();
    const CliRun noHeader = reg({u"import"_s, odd, u"--agency"_s, kAgency});
    EXPECT_EQ(noHeader.status, 2);
    EXPECT_TRUE(noHeader.err.contains(u"no header row"_s)) << noHeader.err.toStdString();

    const CliRun mapped = reg({u"import"_s, odd, u"--agency"_s, kAgency, u"--map"_s,
                               u"来件日期=received,来件人身份=type"_s});
    EXPECT_EQ(mapped.status, 0) << mapped.out.toStdString() << mapped.err.toStdString();
    EXPECT_TRUE(mapped.out.contains(u"columns not read: 甲、乙"_s)) << mapped.out.toStdString();

    const CliRun badMap =
        reg({u"import"_s, odd, u"--agency"_s, kAgency, u"--map"_s, u"来件日期=when"_s});
    EXPECT_EQ(badMap.status, 2);
    EXPECT_TRUE(badMap.err.contains(u"\"when\" is not a field"_s)) << badMap.err.toStdString();

    const CliRun missing =
        reg({u"import"_s, m_dir.filePath(u"无此文件.xlsx"_s), u"--agency"_s, kAgency});
    EXPECT_EQ(missing.status, 2);
    EXPECT_TRUE(missing.err.contains(u"无此文件.xlsx"_s)) << missing.err.toStdString();
}

TEST_F(RegisterCommand, ExportThenImportGivesTheSameRegister) {
    add({u"--received"_s, u"2025-03-03"_s, u"--type"_s, u"natural"_s, u"--name"_s, kPlantedName,
         u"--contact"_s, kPlantedContact, u"--subject"_s, u"立项批复"_s, u"--channel"_s, u"fax"_s});
    add({u"--received"_s,
         u"2025-03-04"_s,
         u"--type"_s,
         u"legal"_s,
         u"--correction-asked"_s,
         u"2025-03-05"_s,
         u"--correction-received"_s,
         u"2025-03-10"_s,
         u"--consultation-start"_s,
         u"2025-03-12"_s,
         u"--consultation-end"_s,
         u"2025-03-20"_s,
         u"--extended"_s,
         u"2025-04-01"_s,
         u"--replied"_s,
         u"2025-04-20"_s,
         u"--outcome"_s,
         u"denied_4"_s,
         u"--fee"_s,
         u"0.0120"_s,
         u"--notes"_s,
         u"合并答复"_s});
    const QString sheet = m_dir.filePath(u"登记表.xlsx"_s);
    ASSERT_EQ(reg({u"export"_s, u"-o"_s, sheet, u"--with-personal-data"_s}).status, 0);
    const CliRun before = reg({u"list"_s, u"--json"_s, u"--with-personal-data"_s});

    const QString other = m_dir.filePath(u"other.sqlite"_s);
    const CliRun imported = reg({u"import"_s, sheet, u"--agency"_s, kAgency, u"--db"_s, other});
    ASSERT_EQ(imported.status, 0) << imported.out.toStdString() << imported.err.toStdString();
    const CliRun after = reg({u"list"_s, u"--json"_s, u"--with-personal-data"_s, u"--db"_s, other});
    // The amount is the same; the sheet holds it as a number, without the trailing zero.
    EXPECT_EQ(after.out, QString(before.out).replace(u"0.0120"_s, u"0.012"_s));
    // Every column, the course of each request included, comes back as it went out.
    const QString again = m_dir.filePath(u"登记表-再导出.xlsx"_s);
    ASSERT_EQ(
        reg({u"export"_s, u"-o"_s, again, u"--with-personal-data"_s, u"--db"_s, other}).status, 0);
    const auto first = readBack(sheet);
    const auto second = readBack(again);
    ASSERT_TRUE(first && second);
    ASSERT_EQ(first->sheet.rows.size(), 3);
    EXPECT_EQ(first->text(2, u"补正"_s), u"2025-03-05 补正，2025-03-10");
    EXPECT_EQ(first->text(2, u"征求意见"_s), u"2025-03-12 至 2025-03-20");
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < first->headers.size(); ++column)
            EXPECT_EQ(first->sheet.cell(row, column).text, second->sheet.cell(row, column).text)
                << "row " << row << " column " << first->headers[column].toStdString();
    }

    // Imported again into the same register: every number is taken, nothing is stored twice.
    const CliRun twice = reg({u"import"_s, sheet, u"--agency"_s, kAgency, u"--db"_s, other});
    EXPECT_EQ(twice.status, 1);
    EXPECT_TRUE(twice.out.contains(u"already has a request 2025-001"_s)) << twice.out.toStdString();
}
