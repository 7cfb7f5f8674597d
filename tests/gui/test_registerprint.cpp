// The printed register through QPrinter (print to a PDF file, the preview of 登记台账 →
// 打印登记表…) and from the command line (`nianbao register print`).
#include "app/gui/mainwindow.h"
#include "app/gui/printing.h"
#include "app/gui/registermenu.h"
#include "model/storage/reportstore.h"
#include "tests/cli/cli_run.h"
#include "tests/support/testsupport.h"

#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

const QString kAgency = u"某县交通运输局"_s;

QString pageSizeOf(const QString& pdf) {
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    EXPECT_TRUE(info.waitForFinished(60000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    const qsizetype at = text.indexOf(u"Page size:"_s);
    return at < 0 ? QString() : text.mid(at).section(u'\n', 0, 0);
}

class RegisterPrinting : public ::testing::Test {
protected:
    void SetUp() override {
        m_db = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        auto store = ReportStore::open(m_db, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_TRUE(store->addRequests(test::sampleRegister(kAgency, 40), &error))
            << error.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_db;
};

TEST_F(RegisterPrinting, ThroughQPrinterToAPdfFileTheSamePagesInLandscape) {
    RegisterPrintOptions options;
    options.agency = kAgency;
    options.year = 2025;
    options.personalData = PersonalData::Masked;
    const auto pages = layoutRegister(test::sampleRegister(kAgency, 40), options, nullptr);
    const QString path = m_dir.filePath(u"printed.pdf"_s);
    QString error;
    ASSERT_TRUE(printPagesToFile(pages, {registerPrintTitle(options), kAgency}, path, 300, &error))
        << error.toStdString();
    EXPECT_TRUE(pageSizeOf(path).contains(u"842 x 595"_s)) << pageSizeOf(path).toStdString();
    const QStringList texts = test::pdfPageTexts(path);
    ASSERT_EQ(static_cast<size_t>(texts.size()), pages.size());
    for (const QString& text : texts)
        EXPECT_TRUE(text.contains(u"办理结果"_s));
    const QString all = texts.join(u'\n');
    EXPECT_TRUE(all.contains(u"张**"_s));
    EXPECT_FALSE(all.contains(u"张三"_s));
}

TEST_F(RegisterPrinting, FromTheCommandLine) {
    const QString path = m_dir.filePath(u"登记表.pdf"_s);
    auto run = test::runNianbao({u"register"_s, u"print"_s, u"--db"_s, m_db, u"--agency"_s, kAgency,
                                 u"--year"_s, u"2025"_s, u"-o"_s, path, u"--with-personal-data"_s,
                                 u"--mask"_s});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"40"_s));
    const QString masked = test::pdfPageTexts(path).join(u'\n');
    EXPECT_TRUE(masked.contains(u"某县交通运输局2025年政府信息公开申请登记表"_s));
    EXPECT_TRUE(masked.contains(u"138****0001"_s));
    EXPECT_FALSE(masked.contains(u"13812340001"_s));
    EXPECT_FALSE(masked.contains(u"张三"_s));

    run = test::runNianbao(
        {u"register"_s, u"print"_s, u"--db"_s, m_db, u"--agency"_s, kAgency, u"-o"_s, path});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    const QString without = test::pdfPageTexts(path).join(u'\n');
    EXPECT_FALSE(without.contains(u"张"_s));
    EXPECT_FALSE(without.contains(u"138"_s));

    // Mistakes are named, and nothing is written.
    const QString other = m_dir.filePath(u"other.pdf"_s);
    run = test::runNianbao({u"register"_s, u"print"_s, u"--db"_s, m_db, u"--agency"_s, kAgency,
                            u"-o"_s, other, u"--mask"_s});
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.contains(u"--with-personal-data"_s)) << run.err.toStdString();
    run = test::runNianbao({u"register"_s, u"print"_s, u"--db"_s, m_db, u"-o"_s, other});
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.contains(u"--agency"_s)) << run.err.toStdString();
    run = test::runNianbao({u"register"_s, u"print"_s, u"--db"_s, m_db, u"--agency"_s, kAgency});
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.contains(u"-o"_s)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(other));
}

TEST_F(RegisterPrinting, TheMenuShowsThePreview) {
    QString error;
    auto store = ReportStore::open(m_db, &error);
    ASSERT_TRUE(store) << error.toStdString();
    MainWindow window(std::move(store));
    RegisterMenu* menu = window.registerMenu();
    RegisterPrintOptions asked;
    const RegisterPrintOptions chosen{kAgency, 2025, PersonalData::LeftOut};
    menu->askPrintOptions = [&](const RegisterPrintOptions& proposal) {
        asked = proposal;
        return std::optional<RegisterPrintOptions>(chosen);
    };
    int previewPages = 0;
    bool landscape = false;
    menu->printing().runPreview = [&](QPrintPreviewDialog& dialog) {
        auto* preview = dialog.findChild<QPrintPreviewWidget*>();
        ASSERT_TRUE(preview);
        preview->updatePreview();
        previewPages = preview->pageCount();
        landscape = dialog.printer()->pageLayout().orientation() == QPageLayout::Landscape;
    };
    EXPECT_TRUE(menu->printRegister());
    EXPECT_EQ(asked.personalData, PersonalData::LeftOut); // never proposed
    // The open report's year is proposed (the clerk test was offered this year's instead).
    menu->currentYear = [] {
        return 2023;
    };
    ASSERT_TRUE(menu->printRegister());
    EXPECT_EQ(asked.year, 2023);
    EXPECT_EQ(static_cast<size_t>(previewPages), menu->registerPages(chosen).size());
    EXPECT_GE(previewPages, 2);
    EXPECT_TRUE(landscape);
    menu->askPrintOptions = [](const RegisterPrintOptions&) {
        return std::optional<RegisterPrintOptions>();
    };
    EXPECT_FALSE(menu->printRegister());
}

} // namespace
