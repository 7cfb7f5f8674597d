#include "model/board/board.h"
#include "model/board/summary.h"
#include "model/board/summaryexport.h"
#include "model/import/spreadsheet.h"
#include "tests/board/boardfixture.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

using Summing = test::BoardStore;

// Three units: the busy report, the all-zero one and the township with 「/」 for 规章, each
// with a fee amount of its own scale.
std::vector<Report> threeUnits() {
    std::vector<Report> units{test::unitReport(u"县财政局"_s),
                              test::unitReport(u"县民政局"_s, 2024, u"correct-all-zero"),
                              test::unitReport(u"城关镇"_s, 2024, u"ok-T2c-township-slash")};
    units[0].setValue(test::cell(u"t2.fees.amount"), CellValue::of(*Decimal::parse(u"1.25")));
    units[1].setValue(test::cell(u"t2.fees.amount"), CellValue::of(*Decimal::parse(u"0.0001")));
    units[2].setValue(test::cell(u"t2.fees.amount"), CellValue::of(3));
    return units;
}

bool inSummedTable(const FormDefinition& form, CellRef cell) {
    const QString table = form.tableOf(cell).id;
    return table == u"t2" || table == u"t3" || table == u"t4";
}

TEST(Summary, AddsUpThreeUnitsAsAnIndependentCountDoes) {
    const std::vector<Report> units = threeUnits();
    const Summary summary = summarize(units, 2024);
    const FormDefinition& form = summary.sum.form();
    EXPECT_EQ(summary.units, (QStringList{u"县财政局"_s, u"县民政局"_s, u"城关镇"_s}));
    EXPECT_TRUE(summary.gaps.empty());
    int counted = 0;
    for (const CellDefinition& cell : form.cells()) {
        if (!inSummedTable(form, cell.ref) || cell.kind != CellKind::Count)
            continue;
        qint64 expected = 0;
        int slashes = 0;
        for (const Report& unit : units) {
            const CellValue& value = unit.value(cell.ref);
            if (value.state == CellState::NotApplicable)
                ++slashes;
            else
                expected += value.number.toInteger().value();
        }
        const CellValue& sum = summary.sum.value(cell.ref);
        if (slashes == 3)
            EXPECT_EQ(sum.state, CellState::NotApplicable) << cell.id.toStdString();
        else
            EXPECT_EQ(sum.number.toInteger(), expected) << cell.id.toStdString();
        ++counted;
    }
    EXPECT_GT(counted, 175 + 15); // t3, t4 and t2's counts
    EXPECT_EQ(summary.sum.value(test::cell(u"t2.fees.amount")).displayText(), u"4.2501"_s);
    EXPECT_TRUE(summary.findings.empty()) << summary.findings[0].message.toStdString();
    // Nothing of the narrative: the sum has no texts.
    for (size_t i = 0; i < form.texts().size(); ++i)
        EXPECT_TRUE(summary.sum.text(static_cast<int>(i)).isEmpty());
}

TEST(Summary, TheArithmeticRulesAreCheckedOnTheSum) {
    std::vector<Report> units = threeUnits();
    const CellRef cell = test::cell(u"t3.new.natural");
    units[1].setValue(cell, CellValue::of(units[1].value(cell).number + Decimal::fromInteger(5)));
    const Summary summary = summarize(units, 2024);
    ASSERT_FALSE(summary.findings.empty());
    bool r1 = false;
    for (const Finding& finding : summary.findings) {
        EXPECT_TRUE(finding.rule.startsWith(u'R')) << finding.rule.toStdString();
        r1 = r1 || (finding.rule == u"R1" && finding.message.contains(u"相差 5"_s));
    }
    EXPECT_TRUE(r1);
}

TEST(Summary, ACellOneUnitLeftOpenIsNotSummedAsZero) {
    std::vector<Report> units = threeUnits();
    const CellRef cell = test::cell(u"t4.review.upheld");
    units[2].setValue(cell, CellValue::empty());
    units[0].setValue(test::cell(u"t4.review.corrected"), CellValue::dash());
    const Summary summary = summarize(units, 2024);
    EXPECT_TRUE(summary.sum.value(cell).isEmpty());
    EXPECT_TRUE(summary.sum.value(test::cell(u"t4.review.corrected")).isEmpty());
    ASSERT_EQ(summary.gaps.size(), 2u);
    EXPECT_EQ(summary.gaps[0].unit, u"城关镇"_s);
    EXPECT_EQ(summary.gaps[1].state, CellState::Dash);
    EXPECT_TRUE(summaryNote(summary).contains(u"2个单元格"_s));
    // Whose (the clerk test: the note did not say which units to call).
    const QString note = summaryNote(summary);
    EXPECT_TRUE(note.contains(summary.gaps[0].unit + u" 1个"_s)) << note.toStdString();
    EXPECT_TRUE(note.contains(summary.gaps[1].unit + u" 1个"_s)) << note.toStdString();
}

TEST_F(Summing, FromTheStoreWithAMissingUnitAndExportedExactly) {
    auto store = openStore();
    for (const Report& unit : threeUnits())
        add(*store, unit);
    QString error;
    auto summary =
        summarizeFromStore(*store, 2024, {u"县财政局"_s, u"城关镇"_s, u"县水利局"_s}, &error);
    ASSERT_TRUE(summary) << error.toStdString();
    EXPECT_EQ(summary->units, (QStringList{u"县财政局"_s, u"城关镇"_s}));
    EXPECT_EQ(summary->missing, QStringList{u"县水利局"_s});
    EXPECT_TRUE(summaryNote(*summary).contains(u"未填报（1个）：县水利局"_s));
    auto all = summarizeFromStore(*store, 2024, {}, &error);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->units.size(), 3);
    EXPECT_FALSE(summarizeFromStore(*store, 2030, {}, &error));
    EXPECT_TRUE(error.contains(u"2030"_s)) << error.toStdString();

    const QByteArray csv = summaryCsv(*all);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s);
    EXPECT_EQ(lines[0], u"表格,行,列,编号,汇总,"_s + all->units.join(u',')); // by name
    QStringList fees{u"4.2501"_s};
    for (const QString& unit : all->units)
        fees << (unit == u"县财政局" ? u"1.25"_s : unit == u"县民政局" ? u"0.0001"_s : u"3"_s);
    bool feeLine = false;
    for (const QString& line : lines) {
        if (line.contains(u",t2.fees.amount,"_s)) {
            EXPECT_TRUE(line.endsWith(u',' + fees.join(u','))) << line.toStdString();
            feeLine = true;
        }
    }
    EXPECT_TRUE(feeLine);
}

// Every number of the exported sheet, read back as the county's spreadsheet would read it,
// is the exact decimal of the sum and of each unit; and the register's personal data, which
// the store also holds, appears in neither.
TEST_F(Summing, XlsxAndCsvGiveBackEveryNumberExactlyAndNoPersonalData) {
    auto store = openStore();
    std::vector<Report> units = threeUnits();
    units[0].setValue(test::cell(u"t2.fees.amount"), CellValue::of(*Decimal::parse(u"123.4567")));
    units[1].setValue(test::cell(u"t2.fees.amount"), CellValue::of(*Decimal::parse(u"0.0003")));
    for (const Report& unit : units)
        add(*store, unit);
    RegisterEntry entry;
    entry.agency = u"县财政局"_s;
    entry.received = QDate(2024, 3, 4);
    entry.applicantType = u"natural"_s;
    entry.applicantName = u"欧阳娜娜娜"_s;
    entry.applicantContact = u"13812345678"_s;
    QString error;
    ASSERT_TRUE(store->addRequest(entry, &error)) << error.toStdString();
    const auto summary = summarizeFromStore(*store, 2024, {}, &error);
    ASSERT_TRUE(summary) << error.toStdString();
    EXPECT_EQ(summary->sum.value(test::cell(u"t2.fees.amount")).number,
              *Decimal::parse(u"126.457"));
    QStringList header;
    const QList<QStringList> expected = summaryRows(*summary, &header);
    for (const QString& name : {u"sum.xlsx"_s, u"sum.csv"_s}) {
        const QString path = m_dir.filePath(name);
        ASSERT_TRUE(writeSummary(*summary, u"某县"_s, path, &error)) << error.toStdString();
        const auto sheet = readSpreadsheet(path, &error);
        ASSERT_TRUE(sheet) << error.toStdString();
        QString everything;
        for (const auto& line : sheet->rows) {
            for (const SpreadsheetCell& cell : line)
                everything += cell.text + u'|';
        }
        EXPECT_TRUE(everything.contains(u"县财政局"_s));
        for (const QString& personal : {u"欧阳娜娜娜"_s, u"13812345678"_s})
            EXPECT_FALSE(everything.contains(personal)) << name.toStdString();
        ASSERT_EQ(sheet->rows.size(), expected.size() + 1) << name.toStdString();
        int numbers = 0;
        for (int row = 0; row < expected.size(); ++row) {
            for (int column = 4; column < expected[row].size(); ++column) {
                const QString want = expected[row][column];
                const QString got = sheet->cell(row + 1, column).text;
                const auto wantNumber = Decimal::parse(want);
                if (!wantNumber) {
                    EXPECT_EQ(got, want) << name.toStdString() << " " << row << "," << column;
                    continue;
                }
                const auto gotNumber = Decimal::parse(got);
                ASSERT_TRUE(gotNumber) << name.toStdString() << ": " << got.toStdString();
                EXPECT_EQ(*gotNumber, *wantNumber)
                    << name.toStdString() << ": " << got.toStdString();
                ++numbers;
            }
        }
        EXPECT_GT(numbers, 700) << name.toStdString();
    }
}

// A finalized report whose content no longer has its seal is not added up as if it were final.
TEST_F(Summing, AFinalizedReportChangedBehindTheStoresBackStopsTheSumWithItsName) {
    const QString path = m_dir.filePath(u"board.sqlite"_s);
    qint64 id = 0;
    {
        auto store = openStore();
        for (const Report& unit : threeUnits())
            id = add(*store, unit);
        finalize(*store, id, QDate(2025, 1, 10)); // 城关镇
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"UPDATE cell SET value = '7' WHERE report = %1 AND cell = "
                           u"'t4.review.upheld'"_s.arg(id)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    auto store = openStore();
    QString error;
    EXPECT_FALSE(summarizeFromStore(*store, 2024, {}, &error));
    EXPECT_TRUE(error.contains(u"城关镇"_s)) << error.toStdString();
    for (const BoardRow& row : buildBoard(*store, 2024, QDate(2025, 1, 20))) {
        if (row.unit == u"城关镇") {
            EXPECT_EQ(row.status, BoardStatus::HasErrors); // not counted as finalized
        }
    }
    // The other units can still be added up.
    EXPECT_TRUE(summarizeFromStore(*store, 2024, {u"县财政局"_s, u"县民政局"_s}, &error));
}

// A unit's name that a spreadsheet would run as a formula stays text; a name with a comma or a
// quote stays one field.
TEST(Summary, CsvFieldsAreQuotedAndNeverFormulas) {
    std::vector<Report> units = threeUnits();
    units[0].agency = u"=HYPERLINK(\"x\")"_s;
    units[1].agency = u"县民政局,办公室"_s;
    const QString csv = QString::fromUtf8(summaryCsv(summarize(units, 2024)).mid(3));
    const QString header = csv.left(csv.indexOf(u"\r\n"_s));
    EXPECT_EQ(header,
              u"表格,行,列,编号,汇总,\"'=HYPERLINK(\"\"x\"\")\",\"县民政局,办公室\",城关镇"_s);
}

TEST_F(Summing, AFileThatCannotBeWrittenKeepsTheOldOne) {
    const Summary summary = summarize(threeUnits(), 2024);
    QString error;
    for (const QString& name : {u"sum.csv"_s, u"sum.xlsx"_s}) {
        const QString path = m_dir.filePath(name);
        ASSERT_TRUE(writeSummary(summary, u"某县"_s, path, &error)) << error.toStdString();
        EXPECT_GT(QFile(path).size(), 100);
    }
    // A name that just fits the file system (255 bytes) leaves no room for the temporary
    // file's suffix: the write fails before anything is replaced, even for root.
    for (const QString& suffix : {u".csv"_s, u".xlsx"_s, u".pdf"_s}) {
        const QString old = m_dir.filePath(QString(u'x').repeated(255 - suffix.size()) + suffix);
        {
            QFile f(old);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        EXPECT_FALSE(writeSummary(summary, u"某县"_s, old, &error)) << suffix.toStdString();
        EXPECT_TRUE(error.contains(u"xxxxxxxx"_s)) << error.toStdString();
        EXPECT_EQ(test::readFile(old), QByteArray("old"));
    }
    EXPECT_FALSE(writeSummary(summary, u"某县"_s, m_dir.filePath(u"sum.doc"_s), &error));
    EXPECT_TRUE(error.contains(u".doc"_s) || error.contains(u"doc"_s));
}

TEST(Summary, PrintsAsTablesOnlyThroughTheReportLayout) {
    const Summary summary = summarize(threeUnits(), 2024);
    const RenderOptions options = summaryRenderOptions(summary, u"某县"_s);
    const auto pages = ReportLayout::layout(summary.sum, options);
    ASSERT_FALSE(pages.empty());
    QString text;
    for (const LaidOutPage& page : pages) {
        for (const PageItem& item : page.items)
            text += item.text;
    }
    EXPECT_TRUE(text.contains(u"某县2024年政府信息公开工作年度报告汇总表"_s));
    EXPECT_TRUE(text.contains(u"汇总单位（3个）"_s));
    EXPECT_TRUE(text.contains(u"4.2501"_s));
    EXPECT_FALSE(text.contains(u"草稿"_s));
    EXPECT_FALSE(text.contains(u"五、存在的主要问题"_s)); // no narrative part headings
}

} // namespace
