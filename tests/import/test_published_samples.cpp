// The real published reports in ../shared/samples/published (skipped when ../shared is
// absent). Each sample's visible values were read by hand from its text and are written here
// row by row as printed; every cell not listed must stay empty (these pages are cut off, and
// the importer must never invent what is not there).
#include "model/import/textimport.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

#include <map>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

struct PrintedValues {
    const char16_t* firstCell; // the row's first cell as printed, e.g. t3.new.natural
    QStringList values;        // left to right; "" for a cell printed empty
};

struct Sample {
    const char16_t* file;
    const char16_t* agency; // as printed in the title; empty when the excerpt has none
    int year;               // 0 when the excerpt states no year anywhere
    bool format2019;
    std::vector<PrintedValues> rows;
};

QStringList repeat(const QString& value, int count) {
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << value;
    return list;
}
QStringList zeros(int count) {
    return repeat(u"0"_s, count);
}
// t3's six empty applicant columns and a printed total.
QStringList emptyWithTotal(const QString& total) {
    return repeat(QString(), 6) << total;
}

const std::vector<Sample>& samples() {
    static const std::vector<Sample> all = {
        {u"002.txt",
         u"",
         2023,
         false,
         {{u"t2.regulations.issued", zeros(3)},
          {u"t2.normative.issued", zeros(3)},
          {u"t2.licensing.decisions", {u"0"_s}},
          {u"t2.penalty.decisions", {u"0"_s}},
          {u"t2.coercion.decisions", {u"0"_s}},
          {u"t2.fees.amount", {u"0"_s}},
          {u"t3.new.natural", {u"3"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"3"_s}},
          {u"t3.carried_in.natural", zeros(7)}}},
        {u"003.txt",
         u"",
         0,
         false,
         {{u"t2.regulations.issued", zeros(3)},
          {u"t2.normative.issued", {u"3"_s, u"0"_s, u"101"_s}},
          {u"t2.licensing.decisions", {u"0"_s}},
          {u"t2.penalty.decisions", {u"0"_s}},
          {u"t2.coercion.decisions", {u"0"_s}},
          {u"t2.fees.amount", {u"0"_s}},
          {u"t3.new.natural", QStringList{u"0"_s} + repeat(QString(), 5) + QStringList{u"0"_s}},
          {u"t3.carried_in.natural", emptyWithTotal(u"0"_s)},
          {u"t3.granted.natural", emptyWithTotal(u"0"_s)},
          {u"t3.partial.natural", emptyWithTotal(u"0"_s)},
          {u"t3.denied_1.natural", emptyWithTotal(u"0"_s)},
          {u"t3.denied_2.natural", emptyWithTotal(u"0"_s)},
          {u"t3.denied_3.natural", emptyWithTotal(u"0"_s)},
          {u"t3.denied_4.natural", emptyWithTotal(u"0"_s)},
          {u"t3.denied_5.natural", emptyWithTotal(u"0"_s)}}},
        // The 2019 layout: nothing is put into the 2021 form.
        {u"004.txt", u"", 2023, true, {}},
        {u"011.txt",
         u"湘桥区教育局",
         2023,
         false,
         {{u"t2.regulations.issued", zeros(3)},
          {u"t2.normative.issued", zeros(3)},
          {u"t2.licensing.decisions", {u"1281"_s}},
          {u"t2.penalty.decisions", {u"0"_s}},
          {u"t2.coercion.decisions", {u"0"_s}},
          {u"t2.fees.amount", {u"0"_s}},
          {u"t3.new.natural", zeros(7)}, // printed 「0000000」
          {u"t3.carried_in.natural", zeros(7)},
          {u"t3.granted.natural", zeros(7)},
          {u"t3.partial.natural", zeros(7)},
          {u"t3.denied_1.natural", zeros(7)}}},
        {u"016.txt",
         u"正蓝旗卫生健康委员会",
         2022,
         false,
         {{u"t2.regulations.issued", zeros(3)},
          {u"t2.normative.issued", zeros(3)},
          {u"t2.licensing.decisions", {u"0"_s}},
          {u"t2.penalty.decisions", {u"0"_s}},
          {u"t2.coercion.decisions", {u"0"_s}}}},
        {u"018.txt",
         u"",
         2024,
         false,
         {{u"t2.regulations.issued", zeros(3)},
          {u"t2.normative.issued", {u"5"_s, u"1"_s, u"25"_s}},
          {u"t2.licensing.decisions", {u"0"_s}},
          {u"t2.penalty.decisions", {u"0"_s}},
          {u"t2.coercion.decisions", {u"0"_s}},
          {u"t2.fees.amount", {u"0"_s}},
          {u"t3.new.natural", {u"58"_s, u"7"_s, u"0"_s, u"0"_s, u"1"_s, u"0"_s, u"66"_s}},
          {u"t3.carried_in.natural", {u"2"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"2"_s}},
          {u"t3.granted.natural", {u"2"_s, u"1"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"3"_s}},
          {u"t3.partial.natural", {u"16"_s, u"1"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"17"_s}},
          {u"t3.denied_1.natural", zeros(7)},
          {u"t3.denied_2.natural", zeros(7)},
          {u"t3.denied_3.natural", zeros(7)},
          {u"t3.denied_4.natural", zeros(7)},
          {u"t3.denied_5.natural", {u"1"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"1"_s}},
          {u"t3.denied_6.natural", zeros(7)},
          // 7. is cut after six of its seven cells, each closed by 「|」: six are placed.
          {u"t3.denied_7.natural", zeros(6) << QString()}}},
        // One page of a flip-book: the end of table 3 and table 4, headers one character a line.
        {u"021.txt",
         u"",
         2020,
         false,
         {{u"t3.carried_over.natural", zeros(7)}, {u"t4.review.upheld", zeros(15)}}},
        // Its title prints 「工作告年度报」, out of order.
        {u"026.txt",
         u"昌图县七家子镇",
         2023,
         false,
         {{u"t2.regulations.issued", zeros(3)},
          {u"t2.normative.issued", zeros(3)},
          {u"t2.licensing.decisions", {u"0"_s}},
          {u"t2.penalty.decisions", {u"30"_s}},
          {u"t2.coercion.decisions", {u"0"_s}},
          {u"t2.fees.amount", {u"0"_s}},
          {u"t3.new.natural", zeros(7)},
          {u"t3.carried_in.natural", zeros(7)}}},
        // Traditional characters.
        {u"033.txt",
         u"",
         2022,
         false,
         {{u"t2.regulations.issued", zeros(3)},
          {u"t2.normative.issued", zeros(3)},
          {u"t2.licensing.decisions", {u"76"_s}},
          {u"t2.penalty.decisions", {u"2"_s}},
          {u"t2.coercion.decisions", {u"0"_s}},
          {u"t2.fees.amount", {u"26.55"_s}},
          {u"t3.new.natural", zeros(7)},
          {u"t3.carried_in.natural", zeros(7)},
          {u"t3.granted.natural", zeros(7)},
          {u"t3.partial.natural", zeros(7)},
          {u"t3.denied_1.natural", zeros(7)},
          // Cut after four cells, the fourth followed by a space: four are placed.
          {u"t3.denied_2.natural", zeros(4) << QString() << QString() << QString()}}},
        {u"045.txt", u"", 2019, true, {}},
    };
    return all;
}

// The sample's text without its `key: value` header.
QString sampleText(const QString& path) {
    const QString all = QString::fromUtf8(test::readFile(path));
    const qsizetype body = all.indexOf(u"\n\n"_s);
    return body < 0 ? all : all.mid(body + 2);
}

TEST(PublishedSamples, EveryVisibleValueIsReadAndNothingElse) {
    const auto folder = test::sharedPath(u"samples/published"_s);
    if (!folder)
        GTEST_SKIP() << "../shared is absent";
    const auto form = FormDefinition::builtIn(FormDefinition::defaultFormId());
    std::map<QString, CellRef> firstCells;
    for (const TableDefinition& table : form->tables()) {
        for (const PrintedRow& row : printedRows(table))
            firstCells.emplace(form->cell(row.cells.front()).id, row.cells.front());
    }
    for (const Sample& sample : samples()) {
        SCOPED_TRACE(QString::fromUtf16(sample.file).toStdString());
        QString error;
        const auto imported = importReportText(
            sampleText(*folder + u'/' + QString::fromUtf16(sample.file)), form, &error);
        ASSERT_TRUE(imported) << error.toStdString();
        EXPECT_EQ(imported->report.agency, QString::fromUtf16(sample.agency));
        EXPECT_EQ(imported->report.year, sample.year);
        EXPECT_EQ(imported->format2019, sample.format2019);
        EXPECT_FALSE(imported->complete); // every excerpt is cut off
        std::map<QString, QString> expected;
        for (const PrintedValues& row : sample.rows) {
            const QString first = QString::fromUtf16(row.firstCell);
            for (const TableDefinition& table : form->tables()) {
                for (const PrintedRow& printed : printedRows(table)) {
                    if (form->cell(printed.cells.front()).id != first)
                        continue;
                    ASSERT_EQ(printed.cells.size(), size_t(row.values.size()))
                        << first.toStdString();
                    for (size_t i = 0; i < printed.cells.size(); ++i)
                        expected[form->cell(printed.cells[i]).id] = row.values[qsizetype(i)];
                }
            }
            ASSERT_TRUE(firstCells.count(first)) << first.toStdString();
        }
        for (const CellDefinition& cell : form->cells()) {
            const auto it = expected.find(cell.id);
            EXPECT_EQ(imported->report.value(cell.ref).displayText(),
                      it == expected.end() ? QString() : it->second)
                << cell.id.toStdString();
        }
    }
}

} // namespace
