// Bad report files given to the real `nianbao check`: every one exits with status 2 and a
// message that names the problem — never a crash, never a silent pass.
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

struct RunResult {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// The program in a process of its own, so that a crash is seen as one.
RunResult runNianbao(const QStringList& args,
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(NIANBAO_EXE), args);
    EXPECT_TRUE(process.waitForFinished(20000));
    RunResult r;
    r.crashed = process.exitStatus() == QProcess::CrashExit;
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

const QByteArray kValid = R"({"schema": "nianbao-report/1", "form": "gov-disclosure-2021",
  "agency": "某局", "year": 2024, "values": {"t3.new.natural": 3}, "texts": {}})";

QByteArray withValue(const QByteArray& literal) {
    return QByteArray(kValid).replace("\"t3.new.natural\": 3", "\"t3.new.natural\": " + literal);
}

struct BadFile {
    const char* name;
    QByteArray content;
    const char16_t* expected; // a fragment of the message
};

class BadInput : public ::testing::Test {
protected:
    QString write(const char* name, const QByteArray& content) {
        const QString path = m_dir.filePath(QString::fromUtf8(name) + u".nianbao.json"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    void expectRefused(const QString& path, const QString& fragment, const char* name) {
        const RunResult r = runNianbao({u"check"_s, path});
        EXPECT_FALSE(r.crashed) << name;
        EXPECT_EQ(r.exitCode, 2) << name << "\n" << r.out.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(fragment)) << name << ": message \"" << r.err.toStdString()
                                              << "\" lacks \"" << fragment.toStdString() << "\"";
        EXPECT_TRUE(r.out.isEmpty()) << name;
    }

    QTemporaryDir m_dir;
};

TEST_F(BadInput, EachBadFileIsRefusedWithAMessageNamingTheProblem) {
    const QByteArray truncated =
        test::readFile(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s))
            .left(3000);
    const BadFile cases[] = {
        {"not-json", "这不是 JSON 文件", u"not a valid JSON file"},
        {"truncated", truncated, u"truncated"},
        {"empty", "", u"the file is empty"},
        {"only-whitespace", "  \n\t ", u"holds no JSON value"},
        {"bom", "\xEF\xBB\xBF" + kValid, u"byte order mark"},
        {"invalid-utf8", QByteArray(kValid).replace("某局", "\xC3\x28\xA0\xA1"),
         u"not valid UTF-8"},
        {"top-level-list", "[1, 2, 3]", u"one JSON object"},
        {"top-level-string", "\"report\"", u"one JSON object"},
        {"schema-missing", QByteArray(kValid).replace("\"schema\": \"nianbao-report/1\",", ""),
         u"\"schema\" is missing"},
        {"schema-other", QByteArray(kValid).replace("nianbao-report/1", "nianbao-report/2"),
         u"unsupported schema \"nianbao-report/2\""},
        {"form-unknown", QByteArray(kValid).replace("gov-disclosure-2021", "gov-disclosure-2019"),
         u"unknown form \"gov-disclosure-2019\""},
        {"cell-unknown", QByteArray(kValid).replace("t3.new.natural", "t3.new.aliens"),
         u"unknown cell id \"t3.new.aliens\""},
        {"count-string", withValue("\"3\""),
         u"\"t3.new.natural\" (line 2): a count must be a JSON integer"},
        {"count-bool", withValue("true"), u"\"t3.new.natural\" (line 2): true is not a cell value"},
        {"count-list", withValue("[3]"),
         u"\"t3.new.natural\" (line 2): a list is not a cell value"},
        {"count-object", withValue("{\"value\": 3}"), u"{\"unreadable\": \"原文\"}"},
        {"nested-garbage", withValue(QByteArray(5000, '[') + QByteArray(5000, ']')),
         u"nested more than 64 levels"},
        {"beyond-64-bits", withValue("123456789012345678901234567890"),
         u"\"t3.new.natural\" (line 2): the number 123456789012345678901234567890 is out of range"},
        {"exponent-overflow", withValue("1e999999"), u"out of range"},
        {"nan", withValue("NaN"), u"NaN and Infinity are not JSON numbers"},
        {"infinity", withValue("-Infinity"), u"NaN and Infinity are not JSON numbers"},
        {"duplicate-cell", withValue("3, \"t3.new.natural\": 4"),
         u"the key \"t3.new.natural\" appears twice"},
        {"duplicate-year",
         QByteArray(kValid).replace("\"year\": 2024", "\"year\": 2024, \"year\": 2023"),
         u"\"year\" appears twice"},
        {"year-string", QByteArray(kValid).replace("\"year\": 2024", "\"year\": \"2024\""),
         u"\"year\" (line 2): must be a year"},
        {"year-out-of-range", QByteArray(kValid).replace("\"year\": 2024", "\"year\": 1900"),
         u"must be a year between 2008 and 2100"},
        {"agency-missing", QByteArray(kValid).replace("\"agency\": \"某局\",", ""), u"\"agency\""},
        {"agency-number", QByteArray(kValid).replace("\"某局\"", "42"),
         u"the agency's name must be a string"},
        {"level-unknown",
         QByteArray(kValid).replace("\"year\": 2024", "\"year\": 2024, \"level\": \"village\""),
         u"unknown agency level \"village\""},
        {"text-unknown",
         QByteArray(kValid).replace("\"texts\": {}", "\"texts\": {\"overview.gossip\": \"x\"}"),
         u"unknown part id \"overview.gossip\""},
        {"text-number", QByteArray(kValid).replace("\"texts\": {}", "\"texts\": {\"problems\": 5}"),
         u"must be a string"},
        {"values-list", QByteArray(kValid).replace("{\"t3.new.natural\": 3}", "[3]"),
         u"\"values\" (line 2): must be an object"},
        {"amount-malformed",
         QByteArray(kValid).replace("\"t3.new.natural\": 3", "\"t2.fees.amount\": \"12.3.4\""),
         u"\"t2.fees.amount\" (line 2): \"12.3.4\" is not a number"},
        {"amount-too-precise",
         QByteArray(kValid).replace("\"t3.new.natural\": 3",
                                    "\"t2.fees.amount\": \"0.00000000000001\""),
         u"more than 12 decimals"},
        {"control-character", QByteArray(kValid).replace("某局", "某\x01局"), u"control character"},
        {"binary", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), u"not valid UTF-8"},
    };
    int count = 0;
    for (const BadFile& c : cases) {
        expectRefused(write(c.name, c.content), QString::fromUtf16(c.expected), c.name);
        ++count;
    }
    EXPECT_GE(count, 25);
}

TEST_F(BadInput, FoldersMissingFilesAndHugeFilesAreRefusedWithoutReading) {
    expectRefused(m_dir.path(), u"is a folder"_s, "directory");
    expectRefused(m_dir.filePath(u"nowhere.nianbao.json"_s), u"no such file"_s, "missing");
    // A sparse file of 400 MB: refused from its size, never read into memory.
    const QString huge = m_dir.filePath(u"huge.nianbao.json"_s);
    QFile file(huge);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(400LL * 1024 * 1024));
    file.close();
    expectRefused(huge, u"the file is 400 MB"_s, "huge");
}

TEST_F(BadInput, BadPreviousYearFileIsRefused) {
    const QString good = write("good", kValid);
    const QString bad = write("bad", "{");
    RunResult r = runNianbao({u"check"_s, good, u"--previous"_s, bad});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--previous"_s)) << r.err.toStdString();
    const QString sameYear = write("same-year", kValid);
    r = runNianbao({u"check"_s, good, u"--previous"_s, sameYear});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"need the one for 2023"_s)) << r.err.toStdString();
}

TEST_F(BadInput, OddButValidValuesLoadAndTheRulesReportThem) {
    // A negative or fractional count, or an amount with 9 decimals, is the rules' business.
    const QByteArray odd = QByteArray(kValid).replace(
        "\"t3.new.natural\": 3",
        "\"t3.new.natural\": -3, \"t3.new.business\": 1.5, \"t2.fees.amount\": \"1.123456789\"");
    const RunResult r = runNianbao({u"check"_s, write("odd", odd)});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(
        r.out.contains(u"错误 V1 本年新收·自然人：件数必须是不小于 0 的整数，填写的是 -3"_s))
        << r.out.toStdString();
    EXPECT_TRUE(
        r.out.contains(u"错误 V1 本年新收·商业企业：件数必须是不小于 0 的整数，填写的是 1.5"_s));
    EXPECT_TRUE(r.out.contains(
        u"错误 V2 行政事业性收费·本年收费金额：金额以万元为单位，最多保留 4 位小数"_s));
}

} // namespace

namespace {

// Without any Chinese font Qt writes a PDF with no text at all, and says nothing; seen under
// Wine on a machine without CJK fonts. `export` must refuse loudly and write no file.
TEST(ExportWithoutChineseFonts, IsRefusedLoudlyAndWritesNoFile) {
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"empty"_s);
    QFile config(dir.filePath(u"fonts.conf"_s));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write("<?xml version=\"1.0\"?><fontconfig><dir>" + dir.filePath(u"empty"_s).toUtf8() +
                 "</dir><cachedir>" + dir.filePath(u"cache"_s).toUtf8() +
                 "</cachedir></fontconfig>\n");
    config.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FONTCONFIG_FILE"_s, config.fileName());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Qt's own fallback folder of fonts, if the build has one, is empty too.
    env.insert(u"QT_QPA_FONTDIR"_s, dir.filePath(u"empty"_s));
    const QString pdf = dir.filePath(u"report.pdf"_s);
    const RunResult r = runNianbao(
        {u"export"_s, test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s),
         u"--pdf"_s, pdf},
        env);
    EXPECT_FALSE(r.crashed);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(u"no Chinese font"_s) || r.err.contains(u"中文字体"_s))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
}

} // namespace

namespace {

// libqpdf and poppler are loaded from libnianbao-pdf only when a PDF is written or read. A
// missing module must be named, refuse that one action, and leave nothing behind.
TEST(WithoutThePdfModule, ExportAndImportOfPdfAreRefusedNamingTheModule) {
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"no-modules"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NIANBAO_MODULE_DIR"_s, dir.filePath(u"no-modules"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QString report = test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s);
    const QString pdf = dir.filePath(u"report.pdf"_s);
    const RunResult exported = runNianbao({u"export"_s, report, u"--pdf"_s, pdf}, env);
    EXPECT_FALSE(exported.crashed);
    EXPECT_NE(exported.exitCode, 0);
    EXPECT_TRUE(exported.err.contains(u"libnianbao-pdf.so"_s)) << exported.err.toStdString();
    EXPECT_TRUE(exported.err.contains(dir.filePath(u"no-modules"_s))) << exported.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    // What needs no PDF work still works: HTML export, and checking.
    const QString html = dir.filePath(u"report.html"_s);
    EXPECT_EQ(runNianbao({u"export"_s, report, u"--html"_s, html}, env).exitCode, 0);
    EXPECT_TRUE(QFile::exists(html));
    EXPECT_EQ(runNianbao({u"check"_s, report}, env).exitCode, 0);

    QFile published(dir.filePath(u"published.pdf"_s));
    ASSERT_TRUE(published.open(QIODevice::WriteOnly));
    published.write("%PDF-1.4\n");
    published.close();
    const RunResult imported = runNianbao({u"import"_s, published.fileName()}, env);
    EXPECT_EQ(imported.exitCode, 2);
    EXPECT_TRUE(imported.err.contains(u"published.pdf"_s)) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(u"libnianbao-pdf.so"_s)) << imported.err.toStdString();
}

} // namespace
