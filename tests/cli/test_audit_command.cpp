#include "model/core/json.h"
#include "tests/cli/cli_run.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

// A district office's folder: a clean report file, one with R1 errors in a subfolder, a
// published report's text cut off mid-table, a PDF and a damaged report file.
class AuditCommand : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(u"sub"_s));
        copy(u"golden/correct-busy-report/report.nianbao.json"_s, u"clean.nianbao.json"_s);
        copy(u"golden/error-R1-balance/report.nianbao.json"_s, u"sub/r1.nianbao.json"_s);
        copy(u"import/partial-shortened-labels.txt"_s, u"sub/partial.txt"_s);
        write(u"scan.pdf"_s, "%PDF-1.4"_ba);
        write(u"damaged.nianbao.json"_s, "{\"schema\": "_ba);
        write(u"notes.docx"_s, "not audited"_ba);
    }
    void copy(const QString& from, const QString& to) {
        ASSERT_TRUE(QFile::copy(test::dataPath(from), m_dir.filePath(to)));
    }
    void write(const QString& name, const QByteArray& bytes) {
        QFile file(m_dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

TEST_F(AuditCommand, AFolderGivesOneLineEachAndAFailedFileNeverStopsTheRun) {
    const test::CliOutput o = test::runNianbao({u"audit"_s, m_dir.path()});
    EXPECT_EQ(o.status, 1) << o.err.toStdString();
    const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6) << o.out.toStdString(); // heading + 5 files, not the .docx
    EXPECT_TRUE(lines[0].startsWith(u"文件"));
    // Sorted by path: clean, damaged, scan.pdf, sub/partial.txt, sub/r1.
    EXPECT_TRUE(lines[1].contains(u"clean.nianbao.json"));
    EXPECT_TRUE(lines[1].contains(u"某县市场监督管理局"));
    EXPECT_TRUE(lines[2].contains(u"damaged.nianbao.json"));
    EXPECT_TRUE(lines[3].contains(u"不是可读的PDF文件")) << lines[3].toStdString();
    EXPECT_TRUE(lines[4].contains(u"不完整"));
    EXPECT_TRUE(lines[4].contains(u"2023"));
    EXPECT_TRUE(lines[5].contains(u"R1 自然人列")) << lines[5].toStdString();
    // Columns line up: the agency column starts at the same display column on every line.
    EXPECT_EQ(lines[1].indexOf(u"某县"), lines[5].indexOf(u"某县"));
}

TEST_F(AuditCommand, JsonNamesEveryFileWithItsCountsOrItsFailure) {
    const test::CliOutput o = test::runNianbao(
        {u"audit"_s, path(u"clean.nianbao.json"_s), path(u"sub"_s), u"--format"_s, u"json"_s});
    EXPECT_EQ(o.status, 1);
    JsonError error;
    const auto root = parseJson(o.out.toUtf8(), &error);
    ASSERT_TRUE(root) << error.message.toStdString();
    const JsonValue* reports = root->member(u"reports");
    ASSERT_TRUE(reports);
    ASSERT_EQ(reports->elements.size(), 3u);
    EXPECT_EQ(reports->elements[0].member(u"errors")->text, u"0");
    EXPECT_EQ(reports->elements[1].member(u"complete")->boolean, false);
    EXPECT_EQ(reports->elements[2].member(u"errors")->text, u"2");
}

TEST_F(AuditCommand, CsvOpensInExcelAndQuotesWhatNeedsIt) {
    const test::CliOutput o =
        test::runNianbao({u"audit"_s, path(u"sub/partial.txt"_s), u"--format=csv"_s});
    EXPECT_TRUE(o.out.startsWith(QChar(0xFEFF)));
    const QStringList lines = o.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[1].contains(u",某市某区住房和城乡建设局,2023,2021年版,不完整,"));
}

TEST_F(AuditCommand, AnOldFormatPageGetsF1AndItsFormatSaysMixed) {
    copy(u"import/mixed-2019-part2-2021-part3.txt"_s, u"mixed.txt"_s);
    const test::CliOutput o = test::runNianbao({u"audit"_s, path(u"mixed.txt"_s)});
    EXPECT_EQ(o.status, 1);
    EXPECT_TRUE(o.out.contains(u"2019年版与2021年版混用")) << o.out.toStdString();
    EXPECT_TRUE(o.out.contains(u"F1 2023年度的年报仍用2019年版格式发布")) << o.out.toStdString();
}

// A page that states no year: 「年份不明」, never 「0」 or 「0 年度」.
TEST_F(AuditCommand, AnUnknownYearIsSaidSo) {
    write(u"noyear.txt"_s, test::readFile(test::dataPath(u"import/metadata/no-year.txt"_s)));
    const test::CliOutput o = test::runNianbao({u"audit"_s, path(u"noyear.txt"_s)});
    EXPECT_TRUE(o.out.contains(u"年份不明")) << o.out.toStdString();
    EXPECT_FALSE(o.out.contains(QRegularExpression(uR"((?<!\d)0 ?年度)"_s))) << o.out.toStdString();
}

// The real published samples (skipped without ../shared): no 「0 年度」, no agency that is a
// sentence or a fragment, and the year of every sample that states it.
TEST(AuditPublishedSamples, NoGarbageInTheAudit) {
    const auto folder = test::sharedPath(u"samples/published"_s);
    if (!folder)
        GTEST_SKIP() << "../shared is absent";
    const test::CliOutput o = test::runNianbao({u"audit"_s, *folder, u"--format"_s, u"json"_s});
    static const QRegularExpression yearZero(uR"((?<!\d)0 ?年度)"_s);
    EXPECT_FALSE(o.out.contains(yearZero)) << o.out.toStdString();
    // A plan for next year in part 5 (021: 「2021 年,我局将……」) is no sign of the year.
    EXPECT_FALSE(o.out.contains(u"Y1")) << o.out.toStdString();
    JsonError error;
    const auto root = parseJson(o.out.toUtf8(), &error);
    ASSERT_TRUE(root) << error.message.toStdString();
    int withYear = 0;
    for (const JsonValue& entry : root->member(u"reports")->elements) {
        const JsonValue* agency = entry.member(u"agency");
        if (!agency)
            continue;
        SCOPED_TRACE(entry.member(u"file")->text.toStdString());
        EXPECT_LE(agency->text.size(), 30);
        for (const char16_t* garbage : {u"，", u"。", u"我局", u"本单位", u"现将", u"Page"})
            EXPECT_FALSE(agency->text.contains(QStringView(garbage))) << agency->text.toStdString();
        withYear += !entry.member(u"year")->isNull();
    }
    // Every sample but 003 (which states no year anywhere) has its year.
    EXPECT_EQ(withYear, int(root->member(u"reports")->elements.size()) - 1);
}

TEST_F(AuditCommand, ExitStatusSaysCleanOrNothingReadable) {
    EXPECT_EQ(test::runNianbao({u"audit"_s, path(u"clean.nianbao.json"_s)}).status, 0);
    EXPECT_EQ(test::runNianbao({u"audit"_s, path(u"scan.pdf"_s), path(u"damaged.nianbao.json"_s),
                                path(u"absent.txt"_s)})
                  .status,
              2);
    EXPECT_EQ(test::runNianbao({u"audit"_s}).status, 2);
    EXPECT_EQ(test::runNianbao({u"audit"_s, m_dir.path(), u"--format"_s, u"xml"_s}).status, 2);
}

} // namespace
