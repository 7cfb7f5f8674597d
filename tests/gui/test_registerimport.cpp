// 登记台账 → 导入…: the import preview dialog driven offscreen through the window's menu (issue
// 18, item 4). Run by ctest in English and in Chinese on the 1366×768 screen.
#include "app/gui/mainwindow.h"
#include "app/gui/registerimportdialog.h"
#include "app/gui/registermenu.h"
#include "model/storage/reportstore.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

// The clerk's sheet: a title, the header (「来件日」 recognised by nothing), three good rows,
// one with a date that does not exist and one with an unknown applicant type.
const char kSheet[] = "某县交通运输局依申请公开登记台账\n"
                      "序号,来件日,申请人,申请人类型,申请内容,办理结果,答复日期\n"
                      "1,2025-03-03,张三,自然人,道路改造批复,予以公开,2025-03-20\n"
                      "2,2025/3/4,某某物流有限公司,企业,运输许可名单,信息不存在,2025-03-28\n"
                      "3,2025年3月5日,李四,个人,公交线路调整,,\n"
                      "4,2025-02-30,王五,自然人,停车收费,予以公开,2025-03-20\n"
                      "5,2025-03-06,赵六,外星人,路灯,予以公开,2025-03-21\n";

class RegisterImportWindow : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        QString error;
        auto store = ReportStore::open(m_dir.filePath(u"store.sqlite"_s), &error);
        ASSERT_TRUE(store) << error.toStdString();
        m_window = std::make_unique<MainWindow>(std::move(store));
        m_window->showError = [this](const QString& text) {
            m_errors << text;
        };
        m_window->resize(1366, 768);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_menu = m_window->registerMenu();
        ASSERT_NE(m_menu, nullptr);
        m_menu->showError = [this](const QString& text) {
            m_errors << text;
        };
        m_menu->showMessage = [this](const QString& text) {
            m_messages << text;
        };
        m_sheet = m_dir.filePath(u"台账.csv"_s);
        QFile file(m_sheet);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kSheet);
    }
    void TearDown() override { m_window.reset(); }

    size_t stored() const { return m_window->store()->requests(u"某县交通运输局"_s).size(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    RegisterMenu* m_menu = nullptr;
    QString m_sheet;
    QStringList m_errors;
    QStringList m_messages;
};

QString cellText(QTableView* view, int row, int column) {
    return view->model()->index(row, column).data().toString();
}

TEST_F(RegisterImportWindow, TheMenuHasImportAndThePreviewStoresOnlyTheRecognisedRows) {
    QMenu* menu = m_menu->menu();
    ASSERT_GE(menu->actions().size(), 1);
    EXPECT_EQ(m_window->menuBar()->actions().count(menu->menuAction()), 1);
    bool ran = false;
    m_menu->runImportDialog = [&](RegisterImportDialog& dialog) {
        ran = true;
        dialog.agency()->setCurrentText(u"某县交通运输局"_s);
        QString error;
        EXPECT_TRUE(dialog.openFile(m_sheet, &error)) << error.toStdString();
        EXPECT_EQ(dialog.headerRow()->value(), 2);
        EXPECT_EQ(dialog.columnCount(), 7);
        // Prefilled by the recognition; 「来件日」 is not read until the clerk says what it is.
        EXPECT_EQ(dialog.fieldBox(0)->currentData().toString(), u"number"_s);
        EXPECT_EQ(dialog.fieldBox(1)->currentData().toString(), u"ignore"_s);
        EXPECT_EQ(dialog.fieldBox(3)->currentData().toString(), u"type"_s);
        EXPECT_EQ(dialog.result().recognisedCount(), 0);
        EXPECT_FALSE(dialog.importButton()->isEnabled());
        dialog.fieldBox(1)->setCurrentIndex(dialog.fieldBox(1)->findData(u"received"_s));
        // Every row in the preview, in the sheet's order, with what will be stored or why not.
        QTableView* preview = dialog.preview();
        EXPECT_EQ(preview->model()->rowCount(), 5);
        EXPECT_EQ(cellText(preview, 0, 0), u"3"_s);
        EXPECT_EQ(cellText(preview, 1, 3), u"2025-03-04"_s); // 收到日期
        EXPECT_EQ(cellText(preview, 1, 5), u"商业企业"_s);   // 申请人类型
        EXPECT_EQ(cellText(preview, 1, 13), u"无法提供·本机关不掌握相关政府信息"_s); // 办理结果
        EXPECT_TRUE(cellText(preview, 3, 1).contains(u"2025-02-30"_s));
        EXPECT_TRUE(cellText(preview, 4, 1).contains(u"外星人"_s));
        EXPECT_TRUE(dialog.summary().contains(u"3"_s));
        EXPECT_TRUE(dialog.importButton()->isEnabled());
        EXPECT_TRUE(dialog.importButton()->text().contains(u"3"_s));
        // A field chosen twice stops the import and is named.
        dialog.fieldBox(6)->setCurrentIndex(dialog.fieldBox(6)->findData(u"received"_s));
        EXPECT_FALSE(dialog.importButton()->isEnabled());
        EXPECT_TRUE(dialog.summary().contains(u"答复日期"_s));
        dialog.fieldBox(6)->setCurrentIndex(dialog.fieldBox(6)->findData(u"replied"_s));
        EXPECT_EQ(stored(), 0u); // nothing before the clerk imports
        return true;
    };
    ASSERT_TRUE(m_menu->importSheet());
    EXPECT_TRUE(ran);
    EXPECT_TRUE(m_errors.isEmpty()) << m_errors.join(u'\n').toStdString();
    const auto entries = m_window->store()->requests(u"某县交通运输局"_s);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].applicantName, u"张三"_s);
    EXPECT_EQ(entries[2].received, QDate(2025, 3, 5));
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_TRUE(m_messages[0].contains(u"3"_s));

    // The same headers next time: the clerk's choice comes back, and what is stored already is
    // refused — by number, or as the same request (day, applicant, subject) under the number
    // the register gave it (the clerk test imported one sheet twice and doubled its register).
    m_menu->runImportDialog = [&](RegisterImportDialog& dialog) {
        dialog.agency()->setCurrentText(u"某县交通运输局"_s);
        QString error;
        EXPECT_TRUE(dialog.openFile(m_sheet, &error));
        EXPECT_EQ(dialog.fieldBox(1)->currentData().toString(), u"received"_s);
        EXPECT_EQ(dialog.result().recognisedCount(), 0);
        EXPECT_FALSE(dialog.importButton()->isEnabled());
        return false; // cancelled
    };
    EXPECT_FALSE(m_menu->importSheet());
    EXPECT_EQ(stored(), 3u);
}

TEST_F(RegisterImportWindow, AnUnreadableFileIsNamedAndNothingCanBeImported) {
    const QString bad = m_dir.filePath(u"坏.xlsx"_s);
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 not really a workbook");
    file.close();
    m_menu->runImportDialog = [&](RegisterImportDialog& dialog) {
        QString error;
        EXPECT_FALSE(dialog.openFile(bad, &error));
        EXPECT_FALSE(error.isEmpty());
        EXPECT_EQ(dialog.summary(), error);
        EXPECT_FALSE(dialog.importButton()->isEnabled());
        EXPECT_EQ(dialog.preview()->model()->rowCount(), 0);
        return false;
    };
    EXPECT_FALSE(m_menu->importSheet());
    EXPECT_EQ(stored(), 0u);
}

// docs/screenshots/register-import-preview.png (NIANBAO_SCREENSHOTS=folder, in Chinese on the
// 1366×768 screen).
TEST_F(RegisterImportWindow, Screenshots) {
    const QString folder = qEnvironmentVariable("NIANBAO_SCREENSHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "set NIANBAO_SCREENSHOTS to a folder to write screenshots";
    m_menu->runImportDialog = [&](RegisterImportDialog& dialog) {
        dialog.agency()->setCurrentText(u"某县交通运输局"_s);
        QString error;
        dialog.openFile(m_sheet, &error);
        dialog.fieldBox(1)->setCurrentIndex(dialog.fieldBox(1)->findData(u"received"_s));
        dialog.resize(1366, 740);
        dialog.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(50);
        dialog.grab().save(folder + u"/register-import-preview.png"_s);
        return false;
    };
    m_menu->importSheet();
}

} // namespace
