// The county office's board window (issue 19): the units of a year, filtered; a report opened
// read-only and returned with a reason; the 汇总 previewed, printed and exported. With
// NIANBAO_SCREENSHOTS set: docs/screenshots/board-1366x768.png and summary-table.png.
#include "app/gui/boardwindow.h"
#include "app/gui/mainwindow.h"
#include "app/gui/printing.h"
#include "app/gui/startpage.h"
#include "model/board/boardmodel.h"
#include "model/board/summaryexport.h"
#include "model/editing/reportdocument.h"
#include "model/render/pdfexport.h"
#include "tests/board/boardfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

class BoardGui : public test::BoardStore {
protected:
    void SetUp() override {
        QSettings().clear();
        auto store = openStore();
        ASSERT_TRUE(store);
        QString error;
        const int year = QDate::currentDate().year() - 1; // the window's first year
        for (const char16_t* unit :
             {u"城关镇人民政府", u"县发展和改革局", u"县教育局", u"县公安局", u"县民政局",
              u"县财政局", u"县人力资源和社会保障局", u"县自然资源局", u"县住房和城乡建设局"})
            ASSERT_TRUE(
                store->addUnit(QString::fromUtf16(unit), AgencyLevel::CountyDepartment, &error));
        ASSERT_TRUE(store->addUnit(u"城关镇人民政府"_s, AgencyLevel::Township, &error));
        add(*store, test::unitReport(u"县财政局"_s, year));
        add(*store, test::unitReport(u"县教育局"_s, year, u"correct-all-zero"));
        add(*store, test::unitReport(u"城关镇人民政府"_s, year, u"ok-T2c-township-slash"));
        Report broken = test::unitReport(u"县公安局"_s, year);
        broken.setValue(test::cell(u"t3.new.natural"), CellValue::of(999));
        add(*store, broken);
        const qint64 finalized = add(*store, test::unitReport(u"县民政局"_s, year));
        finalize(*store, finalized, QDate(year + 1, 1, 20));
        const qint64 published = add(*store, test::unitReport(u"县发展和改革局"_s, year));
        finalize(*store, published, QDate(year + 1, 1, 15));
        ASSERT_TRUE(store->setPublished(published, QDate(year + 1, 1, 18), &error));
        m_returned = add(*store, test::unitReport(u"县自然资源局"_s, year));
        ASSERT_TRUE(store->returnReport(m_returned, u"表四行政复议总计有误，请核对"_s, &error));
        m_year = year;
        m_window = std::make_unique<MainWindow>(std::move(store));
        m_window->showError = [this](const QString& text) {
            m_errors << text;
        };
        m_window->show();
        m_board = m_window->showBoard();
        m_board->showError = [this](const QString& text) {
            m_errors << text;
        };
        m_board->county = u"某某县"_s;
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_board));
    }
    void TearDown() override { m_window.reset(); }

    int rowOf(const QString& unit) const {
        for (int row = 0; row < m_board->filter()->rowCount(); ++row) {
            if (m_board->filter()->index(row, BoardModel::UnitColumn).data().toString() == unit)
                return row;
        }
        return -1;
    }
    void select(const QString& unit) {
        const int row = rowOf(unit);
        ASSERT_GE(row, 0) << unit.toStdString();
        m_board->table()->setCurrentIndex(m_board->filter()->index(row, 0));
        m_board->table()->selectRow(row);
    }

    int m_year = 0;
    qint64 m_returned = 0;
    std::unique_ptr<MainWindow> m_window;
    BoardWindow* m_board = nullptr;
    QStringList m_errors;
};

TEST_F(BoardGui, ShowsEveryUnitFilteredByTextAndStatus) {
    EXPECT_EQ(m_board->filter()->rowCount(), 9);
    m_board->filterBox()->setText(u"公安"_s);
    ASSERT_EQ(m_board->filter()->rowCount(), 1);
    EXPECT_EQ(m_board->filter()->index(0, BoardModel::StatusColumn).data().toString(),
              boardStatusName(BoardStatus::HasErrors));
    m_board->filterBox()->clear();
    m_board->statusBox()->setCurrentIndex(1 + static_cast<int>(BoardStatus::NotStarted));
    EXPECT_EQ(m_board->filter()->rowCount(), 2); // 人社局 and 住建局
    // The count says how many of the units are shown (the clerk test: 「共 5 个」 over 3 rows).
    const QString counts = m_board->findChild<QLabel*>(u"counts"_s)->text();
    EXPECT_TRUE(counts.contains(
        QApplication::translate("nianbao::BoardWindow", "%1 of %2 units shown").arg(2).arg(9)))
        << counts.toStdString();
    m_board->statusBox()->setCurrentIndex(0);
    EXPECT_EQ(m_board->filter()->rowCount(), 9);
}

// The clerk test's finding: a report returned while open in the editor stayed 「已定稿（只读）」
// there until reopened.
TEST_F(BoardGui, AReportReturnedWhileOpenIsEditableAtOnce) {
    const qint64 id = m_window->store()->findReport(u"县民政局"_s, m_year).value_or(0); // finalized
    ASSERT_GT(id, 0);
    QString error;
    ASSERT_TRUE(m_window->openReport(id, &error)) << error.toStdString();
    ASSERT_TRUE(m_window->document()->isReadOnly());
    m_board->askReturnReason = [](const QString&) {
        return std::optional<QString>(u"请补充第五部分"_s);
    };
    select(u"县民政局"_s);
    ASSERT_TRUE(m_board->returnSelected()) << m_errors.join(u'\n').toStdString();
    EXPECT_FALSE(m_window->document()->isReadOnly());
    EXPECT_FALSE(m_window->windowTitle().contains(u"只读"_s));
}

// Nothing happened on a unit without a report; now it says so.
TEST_F(BoardGui, OpeningAUnitWithoutAReportSaysSo) {
    select(u"县住房和城乡建设局"_s);
    m_errors.clear();
    QTest::mouseClick(m_board->findChild<QPushButton*>(u"open"_s), Qt::LeftButton);
    EXPECT_EQ(m_errors.size(), 1);
}

TEST_F(BoardGui, OpensAReportReadOnlyAndReturnsOneWithAReason) {
    select(u"县财政局"_s);
    QTest::mouseClick(m_board->findChild<QPushButton*>(u"open"_s), Qt::LeftButton);
    ASSERT_TRUE(m_window->document());
    EXPECT_EQ(m_window->document()->report().agency, u"县财政局"_s);
    EXPECT_TRUE(m_window->document()->isReadOnly()); // a draft, yet nothing can be changed

    m_board->askReturnReason = [](const QString&) {
        return std::optional<QString>();
    };
    EXPECT_FALSE(m_board->returnSelected()); // cancelled
    m_board->askReturnReason = [](const QString&) {
        return std::optional<QString>(u"第五部分未写整改情况"_s);
    };
    select(u"县民政局"_s);
    ASSERT_TRUE(m_board->returnSelected()) << m_errors.join(u'\n').toStdString();
    const int row = rowOf(u"县民政局"_s);
    EXPECT_EQ(m_board->filter()->index(row, BoardModel::ReturnColumn).data().toString(),
              u"第五部分未写整改情况"_s);
    EXPECT_EQ(m_window->store()->status(
                  m_board->filter()->index(row, 0).data(BoardModel::ReportIdRole).toLongLong()),
              ReportStatus::Draft); // the finalized report was reopened

    // The unit sees the reason on its start page and when it opens its report.
    StartPage* start = m_window->startPage();
    start->refresh();
    QStringList statuses;
    for (int line = 0; line < start->table()->rowCount(); ++line)
        statuses << start->table()->item(line, 2)->text();
    EXPECT_TRUE(statuses.join(u'|').contains(u"表四行政复议总计有误，请核对"_s))
        << statuses.join(u'|').toStdString();
    QString error;
    ASSERT_TRUE(m_window->openReport(m_returned, &error)) << error.toStdString();
    EXPECT_TRUE(m_window->lastMessage().contains(u"表四行政复议总计有误"_s))
        << m_window->lastMessage().toStdString();

    select(u"县住房和城乡建设局"_s); // no report: nothing to return
    EXPECT_FALSE(m_board->returnSelected());
    EXPECT_FALSE(m_errors.isEmpty());
}

TEST_F(BoardGui, AFinalizedReportIsMarkedPublishedAndADraftIsRefused) {
    m_board->askPublishedDate = [](const QString&) {
        return std::optional<QDate>(QDate(2026, 1, 25));
    };
    select(u"县民政局"_s);
    ASSERT_TRUE(m_board->markSelectedPublished()) << m_errors.join(u'\n').toStdString();
    const int row = rowOf(u"县民政局"_s);
    EXPECT_EQ(m_board->filter()->index(row, BoardModel::StatusColumn).data(BoardModel::StatusRole),
              static_cast<int>(BoardStatus::Published));
    EXPECT_EQ(m_board->filter()->index(row, BoardModel::PublishedColumn).data().toString(),
              u"2026-01-25"_s);
    select(u"县财政局"_s);
    EXPECT_FALSE(m_board->markSelectedPublished());
    ASSERT_FALSE(m_errors.isEmpty());
    EXPECT_TRUE(m_errors.back().contains(u"not finalized"_s)) << m_errors.back().toStdString();
    m_board->askPublishedDate = [](const QString&) {
        return std::optional<QDate>(QDate());
    };
    select(u"县民政局"_s);
    EXPECT_FALSE(m_board->markSelectedPublished()); // not a date
}

TEST_F(BoardGui, TheSummaryIsPreviewedPrintedAndExportedWithItsRules) {
    bool previewed = false;
    m_board->printing().runPreview = [&](QPrintPreviewDialog&) {
        previewed = true;
    };
    select(u"县财政局"_s);
    m_board->table()->selectionModel()->select(m_board->filter()->index(rowOf(u"县教育局"_s), 0),
                                               QItemSelectionModel::Select |
                                                   QItemSelectionModel::Rows);
    EXPECT_EQ(m_board->chosenUnits().size(), 2);
    ASSERT_TRUE(m_board->previewSummary());
    EXPECT_TRUE(previewed);
    EXPECT_TRUE(m_board->summaryText().contains(u"汇总单位（2个）"_s))
        << m_board->summaryText().toStdString();

    const QString pdf = m_dir.filePath(u"printed.pdf"_s);
    m_board->printing().askPrinter = [&](QPrinter& printer) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        return true;
    };
    ASSERT_TRUE(m_board->printSummary()) << m_errors.join(u'\n').toStdString();
    EXPECT_GT(QFileInfo(pdf).size(), 1000);

    m_board->table()->clearSelection(); // none chosen: every shown unit with a report
    m_board->filterBox()->setText(u"公安"_s);
    const QString csv = m_dir.filePath(u"sum.csv"_s);
    m_board->askSavePath = [&](const QString&) {
        return csv;
    };
    ASSERT_TRUE(m_board->exportSummary()) << m_errors.join(u'\n').toStdString();
    EXPECT_TRUE(test::readFile(csv).startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(m_board->summaryText().contains(u"R1"_s)) << m_board->summaryText().toStdString();
}

TEST_F(BoardGui, Screenshots) {
    const QString folder = qEnvironmentVariable("NIANBAO_SCREENSHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "set NIANBAO_SCREENSHOTS to a folder to write screenshots";
    QDir().mkpath(folder);
    m_board->resize(1366, 740);
    m_board->printing().runPreview = [](QPrintPreviewDialog&) {
    };
    select(u"县自然资源局"_s);
    m_board->table()->clearSelection();
    ASSERT_TRUE(m_board->previewSummary()); // the summary's text under the table
    QTest::qWait(50);
    m_board->grab().save(folder + u"/board-1366x768.png"_s);
    QString error;
    const auto summary = summarizeFromStore(*m_window->store(), m_year, {}, &error);
    ASSERT_TRUE(summary) << error.toStdString();
    const QString pages = m_dir.filePath(u"pages"_s);
    ASSERT_TRUE(ReportExport::writePng(summary->sum, pages,
                                       summaryRenderOptions(*summary, u"某某县"_s), 80, &error))
        << error.toStdString();
    for (int page = 1; page <= 3; ++page) {
        const QString png = pages + u"/page-%1.png"_s.arg(page, 3, 10, QChar(u'0'));
        QFile::remove(folder + u"/summary-table-page-%1.png"_s.arg(page));
        if (QFile::exists(png))
            QFile::copy(png, folder + u"/summary-table-page-%1.png"_s.arg(page));
    }
}

} // namespace
