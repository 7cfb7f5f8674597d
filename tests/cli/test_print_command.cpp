// `nianbao print`: the program itself, run as an office's batch script runs it. Its PDF mode
// (--to-file) prints through QPrinter exactly as the window does, so its pages must be those
// of `export --pdf`.
#include "model/storage/reportstore.h"
#include "tests/support/pagecompare.h"
#include "tests/support/testsupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct ProgramRun {
    int status = -1;
    bool crashed = false;
    QString out;
    QString err;
};

ProgramRun nianbao(const QStringList& args) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(NIANBAO_EXE), args);
    EXPECT_TRUE(process.waitForFinished(120000));
    ProgramRun r;
    r.crashed = process.exitStatus() == QProcess::CrashExit;
    r.status = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString busy() {
    return nianbao::test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s);
}

class PrintToFile : public ::testing::TestWithParam<int> {};

TEST_P(PrintToFile, PagesEqualExportPdf) {
    QTemporaryDir dir;
    const QString exported = dir.filePath(u"export.pdf"_s);
    const QString printed = dir.filePath(u"printed.pdf"_s);
    for (const QStringList& extra : {QStringList(), QStringList({u"--approval-page"_s})}) {
        const ProgramRun e =
            nianbao(QStringList({u"export"_s, busy(), u"--pdf"_s, exported}) + extra);
        ASSERT_EQ(e.status, 0) << e.err.toStdString();
        const ProgramRun p = nianbao(QStringList({u"print"_s, busy(), u"--to-file"_s, printed,
                                                  u"--dpi"_s, QString::number(GetParam())}) +
                                     extra);
        ASSERT_EQ(p.status, 0) << p.err.toStdString();
        const auto reference = nianbao::test::rasterizePdf(exported, 50);
        const auto pages = nianbao::test::rasterizePdf(printed, 50);
        ASSERT_FALSE(reference.empty());
        ASSERT_EQ(pages.size(), reference.size()) << "page count";
        for (size_t i = 0; i < pages.size(); ++i) {
            const double differing = nianbao::test::differingPixels(pages[i], reference[i]);
            EXPECT_LT(differing, 0.01) << "page " << i + 1 << ": " << differing * 100 << " %";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Dpi, PrintToFile, ::testing::Values(300, 600, 1200));

TEST(PrintCommand, AnOutputThatCannotBeWrittenFailsAndLeavesTheOldFile) {
    QTemporaryDir dir;
    // A name that just fits the file system (255 bytes) leaves no room for the temporary
    // file's suffix: the print fails before anything is replaced, even for root.
    const QString name = QString(u'x').repeated(251) + u".pdf"_s;
    const QString path = dir.filePath(name);
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the old file");
    }
    const ProgramRun r = nianbao({u"print"_s, busy(), u"--to-file"_s, path});
    EXPECT_FALSE(r.crashed);
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"cannot write"_s)) << r.err.toStdString();
    EXPECT_EQ(nianbao::test::readFile(path), QByteArray("the old file"));

    const ProgramRun missing =
        nianbao({u"print"_s, busy(), u"--to-file"_s, dir.filePath(u"no such folder/out.pdf"_s)});
    EXPECT_EQ(missing.status, 2);
    EXPECT_TRUE(missing.err.contains(u"no such folder"_s)) << missing.err.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 1)
        << "no temporary file left behind";
}

TEST(PrintCommand, AnUnknownPrinterIsNamedAndFails) {
    const ProgramRun r = nianbao({u"print"_s, busy(), u"--printer"_s, u"没有这台打印机"_s});
    EXPECT_FALSE(r.crashed);
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"no printer named \"没有这台打印机\""_s)) << r.err.toStdString();
}

TEST(PrintCommand, BadUsageIsExplained) {
    struct Case {
        QStringList args;
        const char16_t* message;
    };
    const Case cases[] = {
        {{u"print"_s}, u"usage: nianbao print FILE"},
        {{u"print"_s, busy(), u"--copies"_s, u"0"_s}, u"--copies needs a number from 1 to 99"},
        {{u"print"_s, busy(), u"--copies"_s, u"many"_s}, u"--copies needs a number"},
        {{u"print"_s, busy(), u"--to-file"_s, u"a.pdf"_s, u"--dpi"_s, u"20000"_s},
         u"--dpi needs a number from 72 to 2400"},
        {{u"print"_s, busy(), u"--dpi"_s, u"300"_s}, u"--dpi goes with --to-file"},
        {{u"print"_s, busy(), u"--printer"_s, u"p"_s, u"--to-file"_s, u"a.pdf"_s},
         u"exclude each other"},
        {{u"print"_s, u"/no/such/report.nianbao.json"_s, u"--to-file"_s, u"a.pdf"_s},
         u"report.nianbao.json"},
        {{u"print"_s, busy(), u"--colour"_s}, u"unknown option \"--colour\""},
        {{u"print"_s, busy(), u"--id"_s, u"3"_s}, u"usage: nianbao print FILE|--id ID"},
        {{u"print"_s, u"--id"_s, u"x"_s}, u"--id needs a report number"},
        {{u"print"_s, busy(), u"--db"_s, u"s.sqlite"_s}, u"--db goes with --id"},
    };
    for (const Case& c : cases) {
        const ProgramRun r = nianbao(c.args);
        EXPECT_FALSE(r.crashed);
        EXPECT_EQ(r.status, 2) << c.args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromUtf16(c.message)))
            << c.args.join(u' ').toStdString() << ": " << r.err.toStdString();
    }
}

// A report of the store prints with what 定稿 recorded: no watermark, the names on the
// approval page.
TEST(PrintCommand, AStoredFinalizedReportPrintsAsTheSignedCopy) {
    QTemporaryDir dir;
    const QString database = dir.filePath(u"store.sqlite"_s);
    qint64 id = 0;
    {
        QString error;
        auto store = nianbao::ReportStore::open(database, &error);
        ASSERT_TRUE(store) << error.toStdString();
        id = *store->create(nianbao::test::loadReport(busy()), &error);
        ASSERT_TRUE(
            store->finalize(id, {QDate(2025, 1, 20), u"赵六"_s, u"钱七"_s, u"孙杰"_s}, &error))
            << error.toStdString();
    }
    const QString out = dir.filePath(u"signed.pdf"_s);
    const ProgramRun r = nianbao({u"print"_s, u"--db"_s, database, u"--id"_s, QString::number(id),
                                  u"--approval-page"_s, u"--to-file"_s, out});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    QProcess text;
    text.start(u"pdftotext"_s, {out, u"-"_s});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString& name : {u"赵六"_s, u"钱七"_s, u"孙杰"_s})
        EXPECT_TRUE(printed.contains(name)) << name.toStdString();
    EXPECT_FALSE(printed.contains(u"稿"_s)) << "no 草稿 watermark on the signed copy";

    const ProgramRun missing =
        nianbao({u"print"_s, u"--db"_s, database, u"--id"_s, u"999"_s, u"--to-file"_s, out});
    EXPECT_EQ(missing.status, 2);
    EXPECT_TRUE(missing.err.contains(u"999"_s)) << missing.err.toStdString();
}

TEST(PrintCommand, IsInTheHelp) {
    const ProgramRun r = nianbao({u"--help"_s});
    EXPECT_TRUE(r.out.contains(u"print FILE|--id ID [--db PATH] [--printer NAME] [--copies N]"_s));
    EXPECT_TRUE(r.out.contains(u"[--to-file OUT.pdf [--dpi N]]"_s));
}

} // namespace
