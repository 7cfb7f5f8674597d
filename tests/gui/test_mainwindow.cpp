// The editor as a clerk uses it: keys, clicks and the clipboard, offscreen.
#include "app/gui/finalizedialog.h"
#include "app/gui/importpreviewdialog.h"
#include "app/gui/mainwindow.h"
#include "app/gui/startpage.h"
#include "forms/issuespanel.h"
#include "forms/reportpages.h"
#include "forms/tableeditor.h"
#include "model/core/reportjson.h"
#include "model/editing/findingsmodel.h"
#include "model/editing/formtablemodel.h"
#include "model/editing/reportdocument.h"
#include "model/session/reportsession.h"
#include "model/storage/reportstore.h"
#include "tests/support/testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

class Editor : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        m_path = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        auto store = ReportStore::open(m_path, &error);
        ASSERT_TRUE(store) << error.toStdString();
        m_id = *store->create(
            test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s)),
            &error);
        m_window = std::make_unique<MainWindow>(std::move(store));
        m_window->showError = [this](const QString& text) {
            m_errors << text;
        };
        m_window->resize(1280, 900);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(m_window->openReport(m_id, &error)) << error.toStdString();
    }
    void TearDown() override { m_window.reset(); }

    TableEditor* t3() {
        m_window->showPart(3);
        TableEditor* editor = m_window->tableEditor(m_window->document()->form().findTable(u"t3"));
        editor->setFocus();
        return editor;
    }
    // Types as a person does: each key goes where the focus is (after the first key, the
    // cell's editor).
    static void type(QWidget* start, const QString& text) {
        start->setFocus();
        for (QChar c : text) {
            QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : start;
            if (c.unicode() < 128) {
                QTest::keyClicks(target, QString(c));
            } else { // full-width digits: a key event that carries the text
                QTest::sendKeyEvent(QTest::Press, target, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, target, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
            }
        }
    }
    QModelIndex at(TableEditor* editor, const char16_t* id) {
        return editor->formModel()->indexOf(test::cell(id));
    }
    QString storedValue(const QString& cellId) {
        // Read the file directly, as another program would: what autosave has committed.
        QString value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(m_path);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(u"SELECT value FROM cell WHERE cell = ?"_s);
                q.addBindValue(cellId);
                if (q.exec() && q.next())
                    value = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return value;
    }

    QString storedText(const QString& partId) {
        QString value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek-text"_s);
            db.setDatabaseName(m_path);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(u"SELECT body FROM text WHERE part = ? AND report = ?"_s);
                q.addBindValue(partId);
                q.addBindValue(m_id);
                if (q.exec() && q.next())
                    value = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"peek-text"_s);
        return value;
    }

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_id = 0;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
};

TEST_F(Editor, TypingUpdatesTotalsMarksTheErrorAndSavesAtOnce) {
    TableEditor* editor = t3();
    editor->setCurrentIndex(at(editor, u"t3.new.natural"));
    type(editor, u"40"_s); // type to overwrite
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(at(editor, u"t3.new.natural").data().toString(), u"40"_s);
    EXPECT_EQ(at(editor, u"t3.new.total").data().toString(), u"55"_s);
    // Enter moved down to 上年结转·自然人.
    EXPECT_EQ(editor->currentIndex(), at(editor, u"t3.carried_in.natural"));
    // The cell is marked, the panel lists R1, the status bar counts it.
    EXPECT_EQ(at(editor, u"t3.new.natural").data(FormTableModel::SeverityRole).toInt(),
              static_cast<int>(Severity::Error));
    // R1 for 自然人 and 总计; the narrative's 「收到申请53件」 now disagrees too (N1).
    FindingsModel* findings = m_window->issuesPanel()->model();
    ASSERT_EQ(findings->rowCount(), 3);
    EXPECT_EQ(findings->index(0, FindingsModel::RuleColumn).data().toString(), u"R1"_s);
    EXPECT_EQ(findings->index(2, FindingsModel::RuleColumn).data().toString(), u"N1"_s);
    EXPECT_TRUE(m_window->statusText().contains(u"2 error(s) · 1 warning(s)"_s))
        << m_window->statusText().toStdString();
    EXPECT_TRUE(m_window->statusText().startsWith(u"Saved automatically "_s));
    // Written to the database before anything was closed or saved.
    EXPECT_EQ(storedValue(u"t3.new.natural"_s), u"40"_s);
    EXPECT_EQ(storedValue(u"t3.new.total"_s), u"55"_s);
}

TEST_F(Editor, ActivatingAFindingSelectsItsCell) {
    TableEditor* editor = t3();
    editor->setCurrentIndex(at(editor, u"t3.granted.business"));
    type(editor, u"9"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    m_window->showPart(0);
    QTreeView* view = m_window->issuesPanel()->view();
    ASSERT_GT(view->model()->rowCount(), 0);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    const Finding* first = m_window->issuesPanel()->model()->findingAt(0);
    ASSERT_TRUE(first);
    EXPECT_EQ(m_window->navigator()->currentIndex().row(), 3);
    EXPECT_EQ(editor->currentIndex(), editor->formModel()->indexOf(first->cells.front()));
}

TEST_F(Editor, UndoRestoresTheValueAndItsTotal) {
    TableEditor* editor = t3();
    editor->setCurrentIndex(at(editor, u"t3.new.natural"));
    type(editor, u"40"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(at(editor, u"t3.new.natural").data().toString(), u"38"_s);
    EXPECT_EQ(at(editor, u"t3.new.total").data().toString(), u"53"_s);
    EXPECT_EQ(m_window->issuesPanel()->model()->rowCount(), 0);
    EXPECT_EQ(storedValue(u"t3.new.natural"_s), u"38"_s); // the undo is saved too
    QTest::keyClick(editor, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(at(editor, u"t3.new.natural").data().toString(), u"40"_s);
}

TEST_F(Editor, PastesABlockFromASpreadsheetAndRefusesABadOneWhole) {
    TableEditor* editor = t3();
    editor->setCurrentIndex(at(editor, u"t3.denied_1.natural"));
    QApplication::clipboard()->setText(u"1\t0\t0\t0\r\n0\t1\t0\t0\r\n0\t0\t1\t0\r\n"_s);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(at(editor, u"t3.denied_1.natural").data().toString(), u"1"_s);
    EXPECT_EQ(at(editor, u"t3.denied_2.business").data().toString(), u"1"_s);
    EXPECT_EQ(at(editor, u"t3.denied_3.research").data().toString(), u"1"_s);
    EXPECT_EQ(m_window->document()->undoStack()->count(), 1);
    EXPECT_EQ(storedValue(u"t3.denied_3.research"_s), u"1"_s);

    const Report before = m_window->document()->report();
    QApplication::clipboard()->setText(u"1\t2\n3\t四\n"_s);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    EXPECT_TRUE(m_window->document()->report() == before);
    EXPECT_TRUE(m_window->lastMessage().contains(u"row 2, column 2"_s))
        << m_window->lastMessage().toStdString();
    EXPECT_EQ(m_window->document()->undoStack()->count(), 1);
}

TEST_F(Editor, RefusesInvalidTypingWithAHintAndKeepsTheValue) {
    TableEditor* editor = t3();
    editor->setCurrentIndex(at(editor, u"t3.new.legal"));
    type(editor, u"2.5"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(at(editor, u"t3.new.legal").data().toString(), u"3"_s);
    EXPECT_TRUE(m_window->lastMessage().contains(u"not a whole number"_s))
        << m_window->lastMessage().toStdString();
    // Full-width digits are fine.
    editor->setCurrentIndex(at(editor, u"t3.new.legal"));
    type(editor, u"４"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(at(editor, u"t3.new.legal").data().toString(), u"4"_s);
}

// The clerk test's finding: 「3O」 typed, then another part chosen and this one again: the
// cell was empty and nothing said so. The typed text is given back when the table is shown.
TEST_F(Editor, ARefusedEntryIsStillThereAfterVisitingAnotherPart) {
    TableEditor* editor = t3();
    editor->setCurrentIndex(at(editor, u"t3.new.legal"));
    type(editor, u"3O"_s);
    m_window->showPart(0); // the clerk clicks 一、总体情况 with 「3O」 still in the cell
    QTest::qWait(50);
    editor = t3();
    QTest::qWait(50);
    auto* open = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_TRUE(open) << "no cell editor open after coming back";
    EXPECT_EQ(open->text(), u"3O"_s);
    EXPECT_EQ(at(editor, u"t3.new.legal").data().toString(), u"3"_s); // the stored value stays
}

TEST_F(Editor, ArrowsTabAndDeleteWorkOnValueCellsOnly) {
    TableEditor* editor = t3();
    editor->setCurrentIndex(at(editor, u"t3.new.natural"));
    QTest::keyClick(editor, Qt::Key_Up); // nothing above but headers: stays
    EXPECT_EQ(editor->currentIndex(), at(editor, u"t3.new.natural"));
    QTest::keyClick(editor, Qt::Key_Right);
    EXPECT_EQ(editor->currentIndex(), at(editor, u"t3.new.business"));
    QTest::keyClick(editor, Qt::Key_Left);
    QTest::keyClick(editor, Qt::Key_Left); // row labels are not cells
    EXPECT_EQ(editor->currentIndex(), at(editor, u"t3.new.natural"));
    QTest::keyClick(editor, Qt::Key_Delete);
    EXPECT_TRUE(at(editor, u"t3.new.natural").data().toString().isEmpty());
    EXPECT_EQ(at(editor, u"t3.new.total").data().toString(), u"15"_s);
    // t2's one-figure blocks span three columns: Down reaches them from any column.
    m_window->showPart(2);
    TableEditor* t2 = m_window->tableEditor(m_window->document()->form().findTable(u"t2"));
    t2->setFocus();
    t2->setCurrentIndex(at(t2, u"t2.normative.in_force"));
    QTest::keyClick(t2, Qt::Key_Down);
    EXPECT_EQ(t2->currentIndex(), at(t2, u"t2.licensing.decisions"));
}

TEST_F(Editor, FillZeroAndRecomputeAreOneStepEach) {
    QString error;
    Report blank(FormDefinition::builtIn(FormDefinition::defaultFormId()));
    blank.agency = u"某乡人民政府"_s;
    blank.year = 2024;
    blank.setValue(test::cell(u"t4.review.upheld"), CellValue::of(1));
    for (const char16_t* id : {u"t4.review.corrected", u"t4.review.other", u"t4.review.pending"})
        blank.setValue(test::cell(id), CellValue::of(0));
    blank.setValue(test::cell(u"t4.review.total"), CellValue::of(7)); // printed wrong
    const auto id = m_window->store()->create(blank, &error);
    ASSERT_TRUE(m_window->openReport(*id, &error));
    ReportDocument* doc = m_window->document();
    doc->fillEmptyWithZero(doc->form().findTable(u"t3"));
    EXPECT_EQ(doc->report().value(test::cell(u"t3.denied_8.legal")), CellValue::of(0));
    // t4's printed total disagrees with its components: it stays, shown as R4...
    EXPECT_EQ(doc->report().value(test::cell(u"t4.review.total")), CellValue::of(7));
    bool r4 = false;
    for (const Finding& f : doc->findings())
        r4 = r4 || f.rule == u"R4"_s;
    EXPECT_TRUE(r4);
    // ...until the clerk asks for the totals to be recomputed.
    doc->recomputeTotals();
    EXPECT_EQ(doc->report().value(test::cell(u"t4.review.total")), CellValue::of(1));
    EXPECT_EQ(doc->undoStack()->count(), 2);
}

TEST_F(Editor, ReopeningShowsWhatWasTypedAtTheLastCell) {
    TableEditor* editor = t3();
    editor->setCurrentIndex(at(editor, u"t3.unable_2.natural"));
    type(editor, u"5"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    m_window.reset(); // the window goes away; nothing else is saved on the way
    QString error;
    auto store = ReportStore::open(m_path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    auto window = std::make_unique<MainWindow>(std::move(store));
    window->show();
    ASSERT_TRUE(window->reopenLast());
    TableEditor* again = window->tableEditor(window->document()->form().findTable(u"t3"));
    EXPECT_EQ(again->formModel()->indexOf(test::cell(u"t3.unable_2.natural")).data().toString(),
              u"5"_s);
    EXPECT_EQ(again->currentIndex(),
              again->formModel()->indexOf(test::cell(u"t3.unable_3.natural")));
}

// The narrative texts go into their editors when the page is first shown (start-up, issue 16);
// the reopened report still shows every text, with the cursor where the clerk left it.
TEST_F(Editor, ReopeningPutsTheCursorBackInTheNarrativeText) {
    m_window->showPart(1);
    const int active = m_window->document()->form().findText(u"overview.active");
    const QString text = m_window->document()->report().text(active);
    ASSERT_GT(text.size(), 12);
    QPlainTextEdit* edit = m_window->findChild<NarrativePage*>()->editorFor(active);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(10);
    edit->setTextCursor(cursor);
    edit->setFocus();
    m_window->session()->rememberPosition({1, {{1, u"text:%1:10"_s.arg(active)}}});
    m_window.reset();
    QString error;
    auto store = ReportStore::open(m_path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    // As at start-up: the report reopened before the window is shown.
    auto window = std::make_unique<MainWindow>(std::move(store));
    ASSERT_TRUE(window->reopenLast());
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    auto* page = window->findChild<NarrativePage*>();
    ASSERT_TRUE(page);
    QStringList shown; // what the editors hold, not asking the page for them
    for (const QPlainTextEdit* e : page->findChildren<QPlainTextEdit*>())
        shown << e->toPlainText();
    EXPECT_TRUE(shown.contains(text));
    QPlainTextEdit* again = page->editorFor(active);
    EXPECT_EQ(again->textCursor().position(), 10);
    EXPECT_EQ(window->focusWidget(), again);
}

// Before the page is shown, an editor asked for holds its text all the same.
TEST_F(Editor, ANarrativeEditorHoldsItsTextBeforeThePageIsShown) {
    QString error;
    auto store = ReportStore::open(m_dir.filePath(u"other.sqlite"_s), &error);
    ASSERT_TRUE(store) << error.toStdString();
    const auto id = store->create(
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s)),
        &error);
    ASSERT_TRUE(id) << error.toStdString();
    MainWindow hidden(std::move(store));
    ASSERT_TRUE(hidden.openReport(*id, &error)) << error.toStdString();
    hidden.showPart(1);
    const int intro = hidden.document()->form().findText(u"overview.intro");
    auto* page = hidden.findChild<NarrativePage*>();
    ASSERT_TRUE(page);
    EXPECT_FALSE(page->isVisible());
    EXPECT_EQ(page->editorFor(intro)->toPlainText(), hidden.document()->report().text(intro));
    EXPECT_FALSE(hidden.document()->report().text(intro).isEmpty());
}

// The menu bar's overflow arrow is loaded when first drawn (start-up, issue 16): it is the
// style's own arrow all the same.
TEST_F(Editor, TheMenuBarsOverflowArrowIsTheStylesOwn) {
    auto* extension = m_window->menuBar()->findChild<QToolButton*>(u"qt_menubar_ext_button"_s);
    ASSERT_TRUE(extension);
    const auto* proxy = qobject_cast<const QProxyStyle*>(QApplication::style());
    ASSERT_TRUE(proxy);
    const QImage expected = proxy->baseStyle()
                                ->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)
                                .pixmap(16)
                                .toImage();
    ASSERT_FALSE(expected.isNull());
    EXPECT_EQ(extension->icon().pixmap(16).toImage(), expected);
    EXPECT_EQ(extension->icon().actualSize(QSize(16, 16)), expected.size());
}

TEST_F(Editor, KeyboardOnlyFromTheStartPage) {
    m_window->showStartPage();
    QTableWidget* list = m_window->startPage()->table();
    ASSERT_EQ(list->rowCount(), 1);
    EXPECT_EQ(list->item(0, 0)->text(), u"某县市场监督管理局"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_TRUE(m_window->document());
    EXPECT_EQ(m_window->document()->report().year, 2024);
}

TEST_F(Editor, FinalizedReportsAreReadOnly) {
    QString error;
    ASSERT_TRUE(
        m_window->store()->finalize(m_id, {QDate(2025, 1, 20), u"甲"_s, u"乙"_s, u"丙"_s}, &error))
        << error.toStdString();
    ASSERT_TRUE(m_window->openReport(m_id, &error));
    TableEditor* editor = t3();
    editor->setCurrentIndex(at(editor, u"t3.new.natural"));
    type(editor, u"1"_s);
    EXPECT_EQ(at(editor, u"t3.new.natural").data().toString(), u"38"_s);
    EXPECT_TRUE(m_window->windowTitle().contains(u"finalized"_s));
}

// Not a test: writes the screenshots of the README when NIANBAO_SCREENSHOTS names a folder.
TEST_F(Editor, APublishedReportIsPreviewedWithWhatIsMissingThenStoredAndOpened) {
    const size_t before = m_window->store()->list().size();
    QString summary;
    QStringList notes;
    m_window->runImportPreview = [&](ImportPreviewDialog& dialog) {
        summary = dialog.summary();
        for (int i = 0; i < dialog.notes()->count(); ++i)
            notes << dialog.notes()->item(i)->text();
        EXPECT_EQ(dialog.agency()->text(), u"某市某区住房和城乡建设局");
        EXPECT_EQ(dialog.year()->value(), 2023);
        dialog.agency()->clear();
        EXPECT_FALSE(dialog.canSave()); // an agency is needed to store it
        dialog.agency()->setText(u"某区住房和城乡建设局"_s);
        return dialog.canSave();
    };
    QString error;
    ASSERT_TRUE(
        m_window->importPublished(test::dataPath(u"import/partial-shortened-labels.txt"_s), &error))
        << error.toStdString();
    EXPECT_TRUE(summary.startsWith(u"Partial"_s)) << summary.toStdString();
    EXPECT_TRUE(notes.join(u'\n').contains(u"251000元")) << notes.join(u'\n').toStdString();
    ASSERT_EQ(m_window->store()->list().size(), before + 1);
    const Report& opened = m_window->document()->report();
    EXPECT_EQ(opened.agency, u"某区住房和城乡建设局");
    EXPECT_EQ(opened.year, 2023);
    EXPECT_EQ(opened.value(test::cell(u"t3.new.total")).displayText(), u"4");
    // What the page did not show stays empty, for the clerk to fill in.
    EXPECT_TRUE(opened.value(test::cell(u"t4.review.total")).isEmpty());
}

TEST_F(Editor, APortalsWebPageIsImportedThroughTheSamePreview) {
    bool previewed = false;
    m_window->runImportPreview = [&](ImportPreviewDialog& dialog) {
        previewed = true;
        EXPECT_EQ(dialog.agency()->text(), u"某县水利局");
        EXPECT_EQ(dialog.year()->value(), 2023);
        return dialog.canSave();
    };
    QString error;
    ASSERT_TRUE(m_window->importPublished(test::dataPath(u"import/portal-gb2312.html"_s), &error))
        << error.toStdString();
    EXPECT_TRUE(previewed);
    const Report& opened = m_window->document()->report();
    EXPECT_EQ(opened.agency, u"某县水利局");
    EXPECT_EQ(opened.value(test::cell(u"t2.licensing.decisions")).displayText(), u"1204");
    EXPECT_EQ(opened.value(test::cell(u"t4.suit_direct.total")).displayText(), u"1");
}

TEST_F(Editor, ACancelledImportStoresNothingAndAnUnreadableFileSaysWhy) {
    const size_t before = m_window->store()->list().size();
    m_window->runImportPreview = [](ImportPreviewDialog&) {
        return false;
    };
    QString error;
    EXPECT_TRUE(m_window->importPublished(test::dataPath(u"import/partial-shortened-labels.txt"_s),
                                          &error));
    EXPECT_EQ(m_window->store()->list().size(), before);
    EXPECT_EQ(m_window->document()->report().agency, u"某县市场监督管理局");
    EXPECT_FALSE(m_window->importPublished(test::dataPath(u"import/absent.txt"_s), &error));
    EXPECT_TRUE(error.contains(u"absent.txt")) << error.toStdString();
}

TEST_F(Editor, Screenshots) {
    const QString folder = qEnvironmentVariable("NIANBAO_SCREENSHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "set NIANBAO_SCREENSHOTS to a folder to write screenshots";
    QDir().mkpath(folder);
    QString error;
    Report previous =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/previous.nianbao.json"_s));
    m_window->store()->create(previous, &error);
    Report other =
        test::loadReport(test::dataPath(u"golden/correct-all-zero/report.nianbao.json"_s));
    other.agency = u"北关区科学技术局"_s;
    m_window->store()->create(other, &error);
    m_window->showStartPage();
    QTest::qWait(50);
    m_window->grab().save(folder + u"/start-page.png"_s);
    ASSERT_TRUE(m_window->openReport(m_id, &error));
    TableEditor* editor = t3();
    editor->setCurrentIndex(at(editor, u"t3.granted.natural"));
    type(editor, u"17"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    editor->setCurrentIndex(at(editor, u"t3.granted.natural"));
    QTest::qWait(50);
    m_window->grab().save(folder + u"/table-three-with-error.png"_s);
    m_window->showPart(2);
    QTest::qWait(50);
    m_window->grab().save(folder + u"/table-two.png"_s);
    m_window->showPart(4);
    QTest::qWait(50);
    m_window->grab().save(folder + u"/table-four.png"_s);
    // A narrative part with a figure that contradicts table three, marked where it stands.
    ReportDocument* doc = m_window->document();
    const int requests = doc->form().findText(u"overview.requests");
    doc->setText(requests,
                 QString(doc->report().text(requests)).replace(u"办结52件"_s, u"办结50件"_s));
    m_window->showPart(1);
    if (auto* page = m_window->findChild<NarrativePage*>())
        page->editorFor(requests)->setFocus();
    QTest::qWait(50);
    m_window->grab().save(folder + u"/narrative-with-contradiction.png"_s);
    // The finalize dialog with what still blocks and what needs a reason.
    m_window->runFinalizeDialog = [&](FinalizeDialog& dialog) {
        dialog.preparer()->setText(u"李四"_s);
        dialog.show();
        QTest::qWait(50);
        dialog.grab().save(folder + u"/finalize-dialog.png"_s);
        return false;
    };
    m_window->finalize();
    // The preview of a published report before it is stored.
    m_window->runImportPreview = [&](ImportPreviewDialog& dialog) {
        dialog.show();
        QTest::qWait(50);
        dialog.grab().save(folder + u"/import-preview.png"_s);
        return false;
    };
    m_window->importPublished(test::dataPath(u"import/partial-shortened-labels.txt"_s), &error);
}

} // namespace

namespace {

// The translation is compiled at build time and embedded: with it, the interface is Chinese.
TEST_F(Editor, SimplifiedChineseInterface) {
    QTranslator translator;
    ASSERT_TRUE(translator.load(u":/i18n/nianbao_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&translator);
    QString error;
    m_window.reset();
    auto store = ReportStore::open(m_path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    MainWindow window(std::move(store));
    window.show();
    EXPECT_EQ(window.menuBar()->actions().first()->text(), u"文件(&F)"_s);
    ASSERT_TRUE(window.openReport(m_id, &error));
    window.document()->setCellValue(test::cell(u"t3.new.natural"), CellValue::of(40));
    EXPECT_TRUE(window.statusText().startsWith(u"已自动保存 "_s))
        << window.statusText().toStdString();
    EXPECT_TRUE(window.statusText().endsWith(u" · 2 处错误 · 1 处提醒"_s))
        << window.statusText().toStdString();
    EXPECT_EQ(window.navigator()->model()->index(0, 0).data().toString(), u"基本信息\n✓"_s);
    QCoreApplication::removeTranslator(&translator);
}

} // namespace

#include "model/core/formdefinition.h"

namespace {

TEST_F(Editor, AWarningIsExplainedFromThePanelAndStored) {
    ReportDocument* doc = m_window->document();
    doc->setCellValue(test::cell(u"t2.fees.amount"), CellValue::of(25100)); // V5
    IssuesPanel* panel = m_window->issuesPanel();
    ASSERT_EQ(panel->model()->rowCount(), 1);
    panel->askReason = [](const Finding&) {
        return std::optional<QString>(u"确为 2.51 亿元"_s);
    };
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    panel->explainCurrent();
    EXPECT_TRUE(panel->model()->index(0, 0).data(FindingsModel::AcknowledgedRole).toBool());
    EXPECT_EQ(m_window->store()->acknowledgements(m_id).at(u"V5|t2.fees.amount"_s),
              u"确为 2.51 亿元"_s);
    EXPECT_TRUE(m_window->statusText().contains(u"0 warning(s)"_s) ||
                m_window->statusText().contains(u"1 warning(s)"_s));
}

// A future format is a new definition: the same editor lays out and checks a table it has
// never seen, with nothing about it in code.
TEST(GenericEditor, ADifferentDefinitionRendersAndValidates) {
    const QByteArray json = R"({
      "schema": "nianbao-form/1", "id": "test-form", "title": "{agency}{year}年测试表",
      "texts": [], "parts": [{"heading": "一、收支", "table": "m"}],
      "tables": [{"id": "m", "sections": [{"heading": "测试区块", "corner": "项目",
        "columns": [{"label": "季度", "children": [{"key": "q1", "label": "一季度"},
                    {"key": "q2", "label": "二季度"}, {"key": "sum", "label": "合计", "total": true}]}],
        "rows": [{"key": "in", "label": "收入"}, {"key": "out", "label": "支出"}]}]}],
      "rules": [{"id": "M1", "severity": "error", "table": "m", "each": "row", "scope": "{row}行",
                 "left": ["sum"], "right": ["q1", "q2"]}]
    })";
    QString error;
    const auto form = FormDefinition::fromJson(json, &error);
    ASSERT_TRUE(form) << error.toStdString();
    Report report(form);
    report.agency = u"测试"_s;
    report.year = 2024;
    ReportDocument doc(report);
    FormTableModel model(&doc, 0);
    TableEditor editor(&model);
    editor.resize(500, 200);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    EXPECT_EQ(model.index(0, 0).data().toString(), u"测试区块"_s);
    EXPECT_EQ(editor.columnSpan(1, 1), 3); // 季度 over three columns
    EXPECT_EQ(editor.rowSpan(1, 0), 2);    // the corner over two header rows
    const QModelIndex q1 = model.indexOf(*form->findCell(u"m.in.q1"));
    editor.setCurrentIndex(q1);
    editor.setFocus();
    QTest::keyClicks(&editor, u"2"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"3"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(model.indexOf(*form->findCell(u"m.in.sum")).data().toString(), u"5"_s);
    // Only the still empty 支出 row is reported (V3); the sum rule M1 holds.
    ASSERT_EQ(doc.findings().size(), 1u);
    EXPECT_EQ(doc.findings()[0].rule, u"V3"_s);
    const QImage picture = editor.grab().toImage();
    EXPECT_FALSE(picture.isNull());
}

} // namespace

#include "app/gui/printing.h"
#include "app/gui/printoptionsdialog.h"
#include "tests/support/pagecompare.h"

#include <QComboBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>

namespace {

TEST_F(Editor, ExportProposesTheOfficialNameAndRemembersTheFolder) {
    const QString folder = m_dir.filePath(u"导出"_s);
    QDir().mkpath(folder);
    QString proposed;
    m_window->askSavePath = [&](const QString&, const QString& path, const QString&) {
        proposed = path;
        return QDir(folder).filePath(QFileInfo(path).fileName());
    };
    ASSERT_TRUE(m_window->exportAs(u"pdf"_s)) << m_errors.join(u'\n').toStdString();
    EXPECT_TRUE(proposed.endsWith(u"/某县市场监督管理局2024年政府信息公开工作年度报告.pdf"_s))
        << proposed.toStdString();
    EXPECT_TRUE(QFile::exists(
        QDir(folder).filePath(u"某县市场监督管理局2024年政府信息公开工作年度报告.pdf"_s)));
    ASSERT_TRUE(m_window->exportAs(u"html"_s));
    EXPECT_TRUE(proposed.startsWith(folder)) << proposed.toStdString(); // the last folder
    ASSERT_TRUE(m_window->exportAs(u"odt"_s));
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 3);
}

QString pdfText(const QString& path) {
    QProcess text;
    text.start(u"pdftotext"_s, {path, u"-"_s});
    EXPECT_TRUE(text.waitForFinished(30000));
    return QString::fromUtf8(text.readAllStandardOutput());
}

// 定稿 → print preview → print to a file, at the size of an office laptop's screen: the
// signed copy carries the names entered at 定稿 on its approval page and its fingerprint, and
// no watermark; the preview shows the same pages. Writes the preview's screenshots when
// NIANBAO_SCREENSHOTS names a folder.
TEST_F(Editor, AFinalizedReportPrintsAsTheSignedCopy) {
    m_window->resize(1366, 768);
    QString error;
    ASSERT_TRUE(m_window->store()->finalize(
        m_id, {QDate(2025, 1, 20), u"赵六"_s, u"钱七"_s, u"孙杰"_s}, &error))
        << error.toStdString();
    ASSERT_TRUE(m_window->openReport(m_id, &error));
    auto signedCopy = [](const PrintChoices& proposal, bool finalized) {
        EXPECT_TRUE(finalized);
        EXPECT_TRUE(proposal.finalCopy); // proposed as the signed copy
        PrintChoices c = proposal;
        c.approvalPage = true;
        return std::optional<PrintChoices>(c);
    };
    m_window->printing().askChoices = signedCopy;
    RenderOptions expected;
    expected.watermark = false;
    expected.approvalPage = true;
    expected.fingerprint = m_window->store()->finalization(m_id)->hash;
    const size_t pageCount = ReportLayout::layout(m_window->document()->report(), expected).size();

    int previewPages = 0;
    m_window->printing().runPreview = [&](QPrintPreviewDialog& dialog) {
        dialog.resize(1366, 768);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        auto* preview = dialog.findChild<QPrintPreviewWidget*>();
        ASSERT_TRUE(preview);
        preview->fitInView();
        QTest::qWait(50);
        previewPages = preview->pageCount();
        const QString folder = qEnvironmentVariable("NIANBAO_SCREENSHOTS");
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            // The page number typed in the dialog's own box, as a clerk goes to a page.
            QLineEdit* pageNumber = nullptr;
            for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
                if (!qobject_cast<QComboBox*>(edit->parentWidget()))
                    pageNumber = edit;
            }
            ASSERT_TRUE(pageNumber);
            for (int page : {1, 3}) {
                pageNumber->selectAll();
                QTest::keyClicks(pageNumber, QString::number(page));
                QTest::keyClick(pageNumber, Qt::Key_Return);
                QTest::qWait(50);
                EXPECT_EQ(preview->currentPage(), page);
                dialog.grab().save(folder + u"/print-preview-page%1.png"_s.arg(page));
            }
        }
    };
    m_window->printPreview();
    EXPECT_EQ(previewPages, static_cast<int>(pageCount));
    if (const QString folder = qEnvironmentVariable("NIANBAO_SCREENSHOTS"); !folder.isEmpty()) {
        PrintOptionsDialog dialog(PrintChoices{true, true, 2}, true, m_window.get());
        dialog.show();
        QTest::qWait(50);
        dialog.grab().save(folder + u"/print-options-dialog.png"_s);
    }

    const QString path = m_dir.filePath(u"signed.pdf"_s);
    m_window->printing().askPrinter = [&](QPrinter& printer) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        return true;
    };
    m_window->print();
    EXPECT_TRUE(m_errors.isEmpty()) << m_errors.join(u'\n').toStdString();
    const QString printed = pdfText(path);
    for (const QString& name : {u"赵六"_s, u"钱七"_s, u"孙杰"_s})
        EXPECT_TRUE(printed.contains(name)) << name.toStdString();
    EXPECT_TRUE(printed.contains(expected.fingerprint.left(16))); // in the footers
    EXPECT_FALSE(printed.contains(u"稿"_s));                      // no 草稿 watermark
    const auto pages = test::rasterizePdf(path, 20);
    EXPECT_EQ(pages.size(), pageCount);
}

TEST_F(Editor, PrintAsksNianbaosOptionsBeforeTheSystemDialog) {
    const QString path = m_dir.filePath(u"printed.pdf"_s);
    QStringList asked;
    m_window->printing().askChoices = [&](const PrintChoices& proposal, bool finalized) {
        asked << u"options"_s;
        EXPECT_FALSE(finalized); // a draft: only the draft can be chosen
        EXPECT_FALSE(proposal.finalCopy);
        PrintChoices c = proposal;
        c.approvalPage = true;
        c.finalCopy = true; // refused for a draft
        c.copies = 3;
        return std::optional<PrintChoices>(c);
    };
    m_window->printing().askPrinter = [&](QPrinter& printer) {
        asked << u"printer"_s;
        EXPECT_EQ(printer.copyCount(), 3);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        return true;
    };
    m_window->print();
    EXPECT_EQ(asked, QStringList({u"options"_s, u"printer"_s}));
    EXPECT_TRUE(m_errors.isEmpty()) << m_errors.join(u'\n').toStdString();
    const Report& report = m_window->document()->report();
    QProcess info;
    info.start(u"pdfinfo"_s, {path});
    ASSERT_TRUE(info.waitForFinished(30000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(out.contains(u"A4"_s)) << out.toStdString();
    RenderOptions expected;
    expected.approvalPage = true; // and the watermark of a draft
    EXPECT_TRUE(
        out.contains(u"Pages:           %1"_s.arg(ReportLayout::layout(report, expected).size())))
        << out.toStdString();
    const QString printed = pdfText(path);
    EXPECT_TRUE(printed.contains(u"单位盖章"_s)); // the approval page
    EXPECT_FALSE(printed.contains(u"校验码"_s));  // no fingerprint on a draft

    // Cancelled in Nianbao's dialog: the system's is never shown, nothing printed.
    asked.clear();
    m_window->printing().askChoices = [&](const PrintChoices&, bool) {
        asked << u"options"_s;
        return std::optional<PrintChoices>();
    };
    m_window->print();
    EXPECT_EQ(asked, QStringList({u"options"_s}));
    EXPECT_EQ(proposedFileName(report, u"odt"_s),
              u"某县市场监督管理局2024年政府信息公开工作年度报告.odt"_s);
}

} // namespace

#include "forms/reportpages.h"

#include <QPlainTextEdit>
#include <QPushButton>

namespace {

TEST_F(Editor, NarrativeSentenceFromTheTablesFollowsAndHandTypedFiguresAreMarked) {
    ReportDocument* doc = m_window->document();
    const int requests = doc->form().findText(u"overview.requests");
    doc->setText(requests, u"本局依法办理依申请公开。"_s);
    m_window->showPart(1);
    auto* page = m_window->findChild<NarrativePage*>();
    ASSERT_TRUE(page);
    QPlainTextEdit* editor = page->editorFor(requests);
    QTextCursor end = editor->textCursor();
    end.movePosition(QTextCursor::End);
    editor->setTextCursor(end);
    QPushButton* insert = nullptr;
    for (auto* b : page->findChildren<QPushButton*>()) {
        if (b->text() == u"Insert the sentence from the tables"_s && !insert)
            insert = b;
    }
    ASSERT_TRUE(insert);
    QTest::mouseClick(insert, Qt::LeftButton);
    EXPECT_TRUE(editor->toPlainText().endsWith(
        u"收到政府信息公开申请53件，上年结转3件，办结52件，结转下年度继续办理4件。"_s))
        << editor->toPlainText().toStdString();
    // The table changes: the sentence in the editor follows, nothing is marked.
    doc->setCellValues({{test::cell(u"t3.new.natural"), CellValue::of(40)},
                        {test::cell(u"t3.granted.natural"), CellValue::of(17)}},
                       u"two more"_s);
    EXPECT_TRUE(editor->toPlainText().contains(u"申请55件"_s))
        << editor->toPlainText().toStdString();
    EXPECT_TRUE(page->markedRanges(requests).empty());
    // A figure typed by hand that contradicts the table is marked where it stands.
    editor->setPlainText(editor->toPlainText().replace(u"办结54件"_s, u"办结50件"_s));
    const auto marks = page->markedRanges(requests);
    ASSERT_EQ(marks.size(), 1u);
    EXPECT_TRUE(editor->toPlainText()
                    .mid(marks[0].first, marks[0].second - marks[0].first)
                    .contains(u"办结50件"_s));
    // Texts are saved after a second without typing.
    EXPECT_FALSE(storedText(u"overview.requests"_s).contains(u"办结50件"_s));
    QTest::qWait(ReportSession::Options{}.textDelayMs + 300);
    EXPECT_TRUE(storedText(u"overview.requests"_s).contains(u"办结50件"_s));
}

} // namespace

#include "app/gui/finalizedialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>

namespace {

TEST_F(Editor, FinalizeIsRefusedWithAnErrorAndAllowedAfterFixingAndReasons) {
    ReportDocument* doc = m_window->document();
    doc->setCellValue(test::cell(u"t3.carried_in.natural"), CellValue::of(5)); // R1 errors
    doc->setCellValue(test::cell(u"t2.fees.amount"), CellValue::of(25100));    // V5 warning
    bool okEnabled = true;
    m_window->runFinalizeDialog = [&](FinalizeDialog& dialog) {
        EXPECT_GT(dialog.blockingErrors(), 0);
        okEnabled =
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
        return true; // even if the clerk could press OK, nothing is finalized
    };
    EXPECT_FALSE(m_window->finalize());
    EXPECT_FALSE(okEnabled);
    EXPECT_EQ(m_window->store()->status(m_id), ReportStatus::Draft);

    doc->setCellValue(test::cell(u"t3.carried_in.natural"), CellValue::of(2)); // fixed
    m_window->runFinalizeDialog = [&](FinalizeDialog& dialog) {
        EXPECT_EQ(dialog.blockingErrors(), 0);
        const auto reasons = dialog.reasonFields();
        EXPECT_EQ(reasons.size(), 1u);
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        dialog.preparer()->setText(u"李四"_s);
        dialog.reviewer()->setText(u"王五"_s);
        dialog.approver()->setText(u"赵六"_s);
        EXPECT_FALSE(ok->isEnabled()); // the warning has no reason yet
        for (QLineEdit* r : reasons)
            r->setText(u"本年收取不动产登记费 2.51 亿元，金额无误"_s);
        EXPECT_TRUE(ok->isEnabled());
        dialog.date()->setDate(QDate(2025, 1, 20));
        return true;
    };
    ASSERT_TRUE(m_window->finalize()) << m_errors.join(u'\n').toStdString();
    EXPECT_EQ(m_window->store()->status(m_id), ReportStatus::Finalized);
    EXPECT_EQ(m_window->store()->finalization(m_id)->approval.approver, u"赵六"_s);
    EXPECT_TRUE(m_window->windowTitle().contains(u"finalized"_s));
    // Finalized: edits are refused, in the document and so in every view.
    doc->setCellValue(test::cell(u"t3.new.natural"), CellValue::of(1));
    EXPECT_EQ(doc->report().value(test::cell(u"t3.new.natural")), CellValue::of(38));

    m_window->askReopenReason = [] {
        return std::optional<QString>(u"上级要求补充说明"_s);
    };
    ASSERT_TRUE(m_window->reopen());
    EXPECT_EQ(m_window->store()->status(m_id), ReportStatus::Draft);
    const auto status = m_window->store()->history(m_id, u"status"_s);
    ASSERT_FALSE(status.empty());
    EXPECT_TRUE(status.back().newValue.contains(u"上级要求补充说明"_s));
    doc->setCellValue(test::cell(u"t3.new.natural"), CellValue::of(38)); // writable again
    EXPECT_FALSE(m_window->windowTitle().contains(u"finalized"_s));
}

TEST_F(Editor, HistoryShowsWhoChangedACellAndRestoresIt) {
    TableEditor* editor = t3();
    editor->setCurrentIndex(at(editor, u"t3.unable_2.natural"));
    type(editor, u"7"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    editor->setCurrentIndex(at(editor, u"t3.unable_2.natural"));
    EXPECT_EQ(m_window->currentHistoryTarget(), u"t3.unable_2.natural"_s);
    const auto entries = m_window->history(u"t3.unable_2.natural"_s);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].oldValue, u"2"_s);
    EXPECT_EQ(entries[0].newValue, u"7"_s);
    EXPECT_FALSE(entries[0].user.isEmpty());
    ASSERT_TRUE(m_window->restore(u"t3.unable_2.natural"_s, entries[0]));
    EXPECT_EQ(at(editor, u"t3.unable_2.natural").data().toString(), u"2"_s);
    EXPECT_EQ(storedValue(u"t3.unable_2.natural"_s), u"2"_s);
}

} // namespace

namespace {

TEST_F(Editor, PunctuationAfterChineseIsFullWidthAndLastYearsTextIsAtHand) {
    QString error;
    Report last =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/previous.nianbao.json"_s));
    m_window->store()->create(last, &error);
    ASSERT_TRUE(m_window->openReport(m_id, &error));
    m_window->showPart(1);
    auto* page = m_window->findChild<NarrativePage*>();
    ASSERT_TRUE(page);
    const int requests = m_window->document()->form().findText(u"overview.requests");
    QPlainTextEdit* editor = page->editorFor(requests);
    editor->setPlainText(u"办结"_s);
    editor->setFocus();
    QTextCursor end = editor->textCursor();
    end.movePosition(QTextCursor::End);
    editor->setTextCursor(end);
    QTest::keyClicks(editor, u",2024"_s);
    QTest::keyClicks(editor, u","_s); // after a digit: stays ASCII
    EXPECT_EQ(editor->toPlainText(), u"办结，2024,"_s);
    QPlainTextEdit* lastYear = page->lastYearFor(requests);
    ASSERT_TRUE(lastYear);
    EXPECT_EQ(lastYear->toPlainText(), last.text(requests));
    EXPECT_TRUE(lastYear->isReadOnly());
}

} // namespace

namespace {

// 文件 → 数据库位置…: the store chosen in the editor is checked, kept in the settings and used
// from the next start (ReportStore::resolvePath); one that cannot be opened is refused.
TEST_F(Editor, TheStoreIsChosenInTheEditorAndUsedFromTheNextStart) {
    const QString before = qEnvironmentVariable("NIANBAO_DB");
    qunsetenv("NIANBAO_DB");
    QTemporaryDir other;
    const QString chosen = other.filePath(u"县政务公开办.sqlite"_s);
    m_window->askStoreAddress = [&](const QString&) {
        return std::optional<QString>(chosen);
    };
    ASSERT_TRUE(m_window->chooseStore()) << m_errors.join(u'\n').toStdString();
    EXPECT_EQ(ReportStore::resolvePath(QString()), chosen);
    EXPECT_EQ(ReportStore::resolvePath(u"/given/on/the/command/line.sqlite"_s),
              u"/given/on/the/command/line.sqlite"_s);
    // A server that is not there: refused, said, the choice kept as it was.
    m_window->askStoreAddress = [](const QString&) {
        return std::optional<QString>(u"postgresql://nobody@/nianbao?host=/nonexistent&port=1"_s);
    };
    m_errors.clear();
    EXPECT_FALSE(m_window->chooseStore());
    EXPECT_EQ(m_errors.size(), 1);
    EXPECT_EQ(ReportStore::resolvePath(QString()), chosen);
    // Empty: back to the default file.
    m_window->askStoreAddress = [](const QString&) {
        return std::optional<QString>(QString());
    };
    ASSERT_TRUE(m_window->chooseStore());
    EXPECT_NE(ReportStore::resolvePath(QString()), chosen);
    if (!before.isEmpty())
        qputenv("NIANBAO_DB", before.toLocal8Bit());
}

} // namespace
