#include "model/core/reportjson.h"
#include "tests/cli/cli_run.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

using Output = test::CliOutput;

Output run(QStringList args) {
    return test::runNianbao(std::move(args));
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

TEST(ImportCommand, APartialReportIsWrittenAndExitsOneWithWhatIsMissing) {
    QTemporaryDir dir;
    const QString output = dir.filePath(u"out.nianbao.json"_s);
    const Output o = run(
        {u"import"_s, test::dataPath(u"import/partial-shortened-labels.txt"_s), u"-o"_s, output});
    EXPECT_EQ(o.status, 1) << o.err.toStdString();
    EXPECT_TRUE(o.err.contains(u"未找到第4部分")) << o.err.toStdString();
    QString error;
    const auto report = ReportJson::load(output, &error);
    ASSERT_TRUE(report) << error.toStdString();
    EXPECT_EQ(report->agency, u"某市某区住房和城乡建设局");
    EXPECT_EQ(report->value(test::cell(u"t3.new.total")).displayText(), u"4");
    // The imported file is checked like any other: its cut-off t3 fails R1.
    EXPECT_EQ(run({u"check"_s, output}).status, 1);
}

TEST(ImportCommand, AGb18030TextFileImportsLikeUtf8) {
    QTemporaryDir dir;
    const QByteArray utf8 =
        test::readFile(test::dataPath(u"import/partial-shortened-labels.txt"_s));
    QStringEncoder gb18030("GB18030");
    ASSERT_TRUE(gb18030.isValid());
    const QByteArray legacy = gb18030.encode(QString::fromUtf8(utf8));
    ASSERT_NE(legacy, utf8);
    const Output fromUtf8 = run({u"import"_s, writeFile(dir, u"a.txt"_s, utf8)});
    const Output fromLegacy = run({u"import"_s, writeFile(dir, u"b.txt"_s, legacy)});
    EXPECT_EQ(fromLegacy.status, 1);
    EXPECT_EQ(fromLegacy.out, fromUtf8.out);
}

TEST(ImportCommand, WhatIsNotAReportExitsTwoAndNamesTheFile) {
    QTemporaryDir dir;
    const Output notice = run({u"import"_s, writeFile(dir, u"notice.txt"_s, "会议通知\n"_ba)});
    EXPECT_EQ(notice.status, 2);
    EXPECT_TRUE(notice.err.contains(u"notice.txt")) << notice.err.toStdString();
    EXPECT_TRUE(notice.out.isEmpty());
    const Output binary = run({u"import"_s, writeFile(dir, u"x.txt"_s, "\x00\x01\x02"_ba)});
    EXPECT_EQ(binary.status, 2);
    EXPECT_EQ(run({u"import"_s, dir.filePath(u"absent.txt"_s)}).status, 2);
    EXPECT_EQ(run({u"import"_s}).status, 2);
    const Output pdf = run({u"import"_s, writeFile(dir, u"r.pdf"_s, "%PDF-1.4"_ba)});
    EXPECT_EQ(pdf.status, 2);
    EXPECT_TRUE(pdf.err.contains(u"r.pdf：不是可读的PDF文件")) << pdf.err.toStdString();
}

TEST(ImportCommand, TextWithoutItsTitleNeedsTheYearGiven) {
    QTemporaryDir dir;
    const QString source =
        writeFile(dir, u"page.txt"_s,
                  "一、总体情况\n（一）主动公开\n略。\n二、主动公开政府信息情况\n"
                  "| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 0 | 1 | 5 |\n");
    const Output without = run({u"import"_s, source});
    EXPECT_EQ(without.status, 2);
    EXPECT_TRUE(without.err.contains(u"--year")) << without.err.toStdString();
    EXPECT_TRUE(without.out.isEmpty());
    EXPECT_EQ(run({u"import"_s, source, u"--year"_s, u"1999"_s}).status, 2);
    const QString output = dir.filePath(u"page.nianbao.json"_s);
    const Output with = run({u"import"_s, source, u"--year"_s, u"2023"_s, u"--agency"_s,
                             u"某县民政局"_s, u"-o"_s, output});
    EXPECT_EQ(with.status, 1) << with.err.toStdString();
    QString error;
    const auto report = ReportJson::load(output, &error);
    ASSERT_TRUE(report) << error.toStdString();
    EXPECT_EQ(report->year, 2023);
    EXPECT_EQ(report->agency, u"某县民政局");
    EXPECT_EQ(report->value(test::cell(u"t2.normative.in_force")).displayText(), u"5");
}

// Without --year the import succeeds whenever the page states its year anywhere.
TEST(ImportCommand, TheYearFoundAnywhereIsEnough) {
    QTemporaryDir dir;
    const QString output = dir.filePath(u"out.nianbao.json"_s);
    const Output o =
        run({u"import"_s, test::dataPath(u"import/metadata/period.txt"_s), u"-o"_s, output});
    EXPECT_EQ(o.status, 1) << o.err.toStdString();
    EXPECT_TRUE(o.err.contains(u"年份按统计期限读取：2023年")) << o.err.toStdString();
    QString error;
    const auto report = ReportJson::load(output, &error);
    ASSERT_TRUE(report) << error.toStdString();
    EXPECT_EQ(report->year, 2023);
}

TEST(ImportCommand, TheLevelIsInferredFromTheNameAndLevelOverridesIt) {
    QTemporaryDir dir;
    const QString source = test::dataPath(u"import/metadata/date-line.txt"_s);
    const QString output = dir.filePath(u"out.nianbao.json"_s);
    const Output inferred = run({u"import"_s, source, u"-o"_s, output});
    EXPECT_TRUE(inferred.err.contains(u"机关级别按名称中的“某县”推断为县级部门"))
        << inferred.err.toStdString();
    QString error;
    EXPECT_EQ(ReportJson::load(output, &error)->level, AgencyLevel::CountyDepartment);
    run({u"import"_s, source, u"-o"_s, output, u"--level"_s, u"city_department"_s});
    EXPECT_EQ(ReportJson::load(output, &error)->level, AgencyLevel::CityDepartment);
    const Output bad = run({u"import"_s, source, u"--level"_s, u"county-ish"_s});
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(bad.err.contains(u"county-ish")) << bad.err.toStdString();
}

// F1 is said by import, recorded in the exchange file, and said again by check of that file.
TEST(ImportCommand, AnOldFormatReportGetsF1FromImportAndFromCheck) {
    QTemporaryDir dir;
    const QString output = dir.filePath(u"old.nianbao.json"_s);
    const Output imported =
        run({u"import"_s, test::dataPath(u"import/mixed-2019-part2-2021-part3.txt"_s), u"-o"_s,
             output});
    EXPECT_EQ(imported.status, 1);
    EXPECT_TRUE(imported.err.contains(u"错误 F1 2023年度的年报仍用2019年版格式发布"))
        << imported.err.toStdString();
    EXPECT_TRUE(test::readFile(output).contains("\"publishedFormat\": \"2019\""));
    const Output checked = run({u"check"_s, output});
    EXPECT_EQ(checked.status, 1);
    EXPECT_TRUE(checked.out.startsWith(u"错误 F1 2023年度"_s)) << checked.out.toStdString();
    const Output json = run({u"check"_s, output, u"--json"_s});
    EXPECT_TRUE(json.out.contains(u"\"rule\": \"F1\"")) << json.out.toStdString();
    // The same file for 2020, when the 2019 format was the right one: no F1.
    QByteArray bytes = test::readFile(output);
    bytes.replace("\"year\": 2023", "\"year\": 2020");
    const QString earlier = writeFile(dir, u"2020.nianbao.json"_s, bytes);
    EXPECT_FALSE(run({u"check"_s, earlier}).out.contains(u"F1"));
}

TEST(ImportCommand, TheBeiguanSampleImportsCompleteAndChecksClean) {
    const auto path = test::sharedPath(u"samples/beiguan-keji-2024.txt"_s);
    if (!path)
        GTEST_SKIP() << "../shared is absent";
    QTemporaryDir dir;
    const QString output = dir.filePath(u"beiguan.nianbao.json"_s);
    EXPECT_EQ(run({u"import"_s, *path, u"-o"_s, output}).status, 0);
    EXPECT_EQ(run({u"check"_s, output}).status, 0);
}

} // namespace
