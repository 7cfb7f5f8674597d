// The request register in the window (issue 18): the register view, the entry dialog, paste
// from a spreadsheet, the due list on the start page. Run by ctest in English and in Chinese on
// the 1366×768 screen; with NIANBAO_SCREENSHOTS=folder it writes the register's screenshots.
#include "app/gui/mainwindow.h"
#include "app/gui/registerwindow.h"
#include "app/gui/startpage.h"
#include "forms/datefield.h"
#include "forms/registerentrydialog.h"
#include "forms/registerview.h"
#include "model/editing/registertablemodel.h"
#include "model/storage/reportstore.h"
#include "tests/support/registersamples.h"
#include "tests/support/testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

const QString kAgency = u"某某县自然资源局"_s;
const QDate kToday(2025, 6, 16);

class RegisterWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        QString error;
        m_store = ReportStore::open(m_dir.filePath(u"store.sqlite"_s), &error);
        ASSERT_TRUE(m_store) << error.toStdString();
        Report report = test::emptyReport(2025);
        report.agency = kAgency;
        ASSERT_TRUE(m_store->create(report, &error)) << error.toStdString();
        ASSERT_TRUE(m_store->addRequests(test::sampleRegister(kAgency, 30, kToday), &error))
            << error.toStdString();
        m_window = std::make_unique<RegisterWindow>(m_store.get());
        m_window->showError = [this](const QString& text) {
            m_errors << text;
        };
        m_window->setToday(kToday);
        m_window->showEntries(kAgency, std::nullopt);
        m_window->resize(1300, 700);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QTableView* table() const { return m_window->view()->table(); }
    QString shown(int row, int column) const {
        return table()->model()->index(row, column).data().toString();
    }
    int rowOfNumber(const QString& number) const {
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            if (shown(row, RegisterTableModel::Number) == number)
                return row;
        }
        return -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<RegisterWindow> m_window;
    QStringList m_errors;
};

TEST_F(RegisterWindowTest, ShowsTheEntriesWithTheirDeadlinesOverdueRedAndDueSoonMarked) {
    ASSERT_EQ(table()->model()->rowCount(), 30);
    int overdue = 0;
    int soon = 0;
    for (int row = 0; row < 30; ++row) {
        const QModelIndex days = table()->model()->index(row, RegisterTableModel::WorkingDaysLeft);
        const auto urgency =
            RegisterTableModel::Urgency(days.data(RegisterTableModel::UrgencyRole).toInt());
        if (urgency == RegisterTableModel::Urgency::Overdue) {
            ++overdue;
            EXPECT_LT(days.data().toInt(), 0);
            EXPECT_TRUE(days.data(Qt::ForegroundRole).isValid());
        } else if (urgency == RegisterTableModel::Urgency::DueSoon) {
            ++soon;
            EXPECT_LE(days.data().toInt(), RegisterTableModel::kDueSoonWorkingDays);
            EXPECT_TRUE(days.data(Qt::BackgroundRole).isValid());
        } else {
            EXPECT_FALSE(days.data(Qt::ForegroundRole).isValid());
        }
    }
    EXPECT_GT(overdue, 0);
    EXPECT_GT(soon, 0);
    // The official labels of table three.
    EXPECT_TRUE(shown(0, RegisterTableModel::ApplicantType)
                    .contains(QRegularExpression(
                        u"^(自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他组织)$"_s)));
}

TEST_F(RegisterWindowTest, SortsByWorkingDaysLeftAndFilters) {
    table()->sortByColumn(RegisterTableModel::WorkingDaysLeft, Qt::AscendingOrder);
    const int first =
        table()->model()->index(0, RegisterTableModel::WorkingDaysLeft).data().toInt();
    EXPECT_LT(first, 0) << "the most overdue first";
    for (int row = 1; row < table()->model()->rowCount(); ++row) {
        EXPECT_LE(table()
                      ->model()
                      ->index(row - 1, RegisterTableModel::WorkingDaysLeft)
                      .data(RegisterTableModel::SortRole)
                      .toInt(),
                  table()
                      ->model()
                      ->index(row, RegisterTableModel::WorkingDaysLeft)
                      .data(RegisterTableModel::SortRole)
                      .toInt());
    }
    m_window->view()->filterBox()->setText(u"电梯"_s);
    ASSERT_GT(table()->model()->rowCount(), 0);
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        EXPECT_TRUE(shown(row, RegisterTableModel::Subject).contains(u"电梯"_s));
}

TEST_F(RegisterWindowTest, TheDialogShowsWhatTheRegisterRefusesAndStoresOnceCorrected) {
    QStringList shownProblems;
    m_window->runEntryDialog = [&](RegisterEntryDialog& dialog) {
        dialog.receivedField()->lineEdit()->setText(u"2025年6月10日"_s);
        dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(u"legal"_s));
        dialog.repliedField()->lineEdit()->setText(u"2025/6/2"_s); // before it was received
        dialog.outcomeBox()->setCurrentIndex(dialog.outcomeBox()->findData(u"partial"_s));
        dialog.accept();
        shownProblems << dialog.shownProblems();
        EXPECT_FALSE(dialog.result() == QDialog::Accepted);
        dialog.repliedField()->lineEdit()->setText(u"2025-02-30"_s); // no such day
        dialog.accept();
        shownProblems << dialog.shownProblems();
        dialog.repliedField()->lineEdit()->setText(u"20250612"_s);
        dialog.feeEdit()->setText(u"0.0120"_s);
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    };
    ASSERT_TRUE(m_window->addEntry());
    ASSERT_EQ(shownProblems.size(), 2);
    EXPECT_TRUE(shownProblems[0].contains(u"2025-06-02"_s)) << shownProblems[0].toStdString();
    EXPECT_TRUE(shownProblems[1].contains(u"2025-02-30"_s)) << shownProblems[1].toStdString();
    const auto stored = m_store->requests(kAgency, 2025);
    const auto it = std::find_if(stored.begin(), stored.end(), [](const RegisterEntry& e) {
        return e.applicantType == u"legal" && e.received == QDate(2025, 6, 10) &&
               e.replied == QDate(2025, 6, 12);
    });
    ASSERT_NE(it, stored.end());
    EXPECT_EQ(it->outcome, u"partial"_s);
    EXPECT_EQ(it->fee.toString(), u"0.0120"_s);
    EXPECT_EQ(table()->model()->rowCount(), 31);
}

TEST_F(RegisterWindowTest, PastedRowsAreCheckedBeforeAnythingIsStoredThenStoredTogether) {
    const QString rows = u"编号\t收到日期\t申请人类型\t申请内容\t答复日期\t办理结果\n"
                         u"2025-201\t2025/6/3\t个人\t甲事项\t2025/6/5\t予以公开\n"
                         u"2025-202\t2025/6/31\t企业\t乙事项\t\t\n"
                         u"2025-203\t2025/6/4\t律师事务所\t丙事项\t\t\n"_s;
    QStringList refusedShown;
    m_window->confirmPaste = [&](int recognised, const QStringList& refused) {
        EXPECT_EQ(recognised, 2);
        refusedShown = refused;
        return false; // the clerk declines: nothing is stored
    };
    EXPECT_FALSE(m_window->pasteRows(rows));
    ASSERT_EQ(refusedShown.size(), 1);
    EXPECT_TRUE(refusedShown[0].contains(u"2025/6/31"_s)) << refusedShown[0].toStdString();
    EXPECT_EQ(m_store->requests(kAgency).size(), 30u);

    m_window->confirmPaste = [](int, const QStringList&) {
        return true;
    };
    // Ctrl+V in the table, as the clerk pastes.
    QApplication::clipboard()->setText(rows);
    table()->setFocus();
    QTest::keySequence(table(), QKeySequence::Paste);
    EXPECT_EQ(m_store->requests(kAgency).size(), 32u);
    EXPECT_GE(rowOfNumber(u"2025-201"_s), 0);
    EXPECT_GE(rowOfNumber(u"2025-203"_s), 0);

    // A number already in the register: the whole paste is refused, nothing stored.
    EXPECT_FALSE(m_window->pasteRows(u"2025-201\t2025-06-09\t网络\t自然人\n"
                                     u"2025-301\t2025-06-09\t网络\t自然人\n"_s));
    ASSERT_FALSE(m_errors.isEmpty());
    EXPECT_TRUE(m_errors.back().contains(u"2025-201"_s)) << m_errors.back().toStdString();
    EXPECT_EQ(m_store->requests(kAgency).size(), 32u);
}

TEST_F(RegisterWindowTest, DeletingAsksFirst) {
    const qint64 id =
        table()->model()->index(0, 0).data(RegisterTableModel::EntryIdRole).toLongLong();
    m_window->confirm = [](const QString&) {
        return false;
    };
    EXPECT_FALSE(m_window->deleteEntry(id));
    EXPECT_TRUE(m_store->request(id));
    m_window->confirm = [](const QString&) {
        return true;
    };
    EXPECT_TRUE(m_window->deleteEntry(id));
    EXPECT_FALSE(m_store->request(id));
    EXPECT_EQ(table()->model()->rowCount(), 29);
}

TEST_F(RegisterWindowTest, TheStartPageListsWhatIsDueAndEachLineOpensItsEntry) {
    // The main window owns its store: it gets one of its own on the same file.
    m_window.reset();
    const QString path = m_store->path();
    m_store.reset();
    QString error;
    auto store = ReportStore::open(path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    MainWindow window(std::move(store));
    window.startPage()->setToday(kToday);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showStartPage();
    QTableWidget* due = window.startPage()->dueTable();
    ASSERT_TRUE(due->isVisible());
    ASSERT_GT(due->rowCount(), 1);
    // Most overdue first, each line naming its deadline.
    EXPECT_TRUE(due->item(0, 2)->text().contains(u"2025-"_s));
    const QString number = due->item(0, 0)->text();
    QString opened;
    window.registerWindow()->runEntryDialog = [&](RegisterEntryDialog& dialog) {
        opened = dialog.numberEdit()->text();
        return false;
    };
    due->setCurrentCell(0, 0);
    Q_EMIT due->activated(due->model()->index(0, 0));
    EXPECT_EQ(opened, number);
    EXPECT_TRUE(window.registerWindow()->isVisible());
}

// The register's screenshots at 1366×768 in Chinese (docs/screenshots/register-*.png).
TEST_F(RegisterWindowTest, Screenshots) {
    const QString folder = qEnvironmentVariable("NIANBAO_SCREENSHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "set NIANBAO_SCREENSHOTS to a folder to write screenshots";
    const QRect available = m_window->screen()->availableGeometry();
    m_window->setGeometry(available.adjusted(8, 32, -8, -8));
    table()->sortByColumn(RegisterTableModel::Received, Qt::DescendingOrder);
    table()->selectRow(3);
    QTest::qWait(50);
    m_window->grab().save(folder + u"/register-view.png"_s);
    { // The dialog of an open request with 补正 (gone before the window that parents it).
        RegisterEntry e = m_store->requests(kAgency).back();
        e.correctionAsked = e.received.addDays(2);
        e.correctionReceived = e.received.addDays(6);
        RegisterEntryDialog dialog(e, m_window.get());
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(50);
        dialog.grab().save(folder + u"/register-entry-dialog.png"_s);
    }
    // The start page with its due list.
    m_window.reset();
    const QString path = m_store->path();
    m_store.reset();
    QString error;
    auto store = ReportStore::open(path, &error);
    ASSERT_TRUE(store);
    MainWindow window(std::move(store));
    window.startPage()->setToday(kToday);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showStartPage();
    QTest::qWait(50);
    window.grab().save(folder + u"/start-page-due-list.png"_s);
}

} // namespace
