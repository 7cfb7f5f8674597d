// Two clerks on one report on a PostgreSQL server, each with a store connection and a session
// of their own (as two windows on two PCs): each sees the other's edits within a moment, and
// an edit of what the other changed meanwhile is a conflict shown with both values — never the
// last writer winning silently.
#include "model/session/reportsession.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

class TwoClerksOnPostgreSQL : public ::testing::Test {
protected:
    void SetUp() override {
        QString whyNot;
        m_server = test::PostgresServer::shared(&whyNot);
        if (!m_server) {
            if (test::PostgresServer::required())
                FAIL() << whyNot.toStdString();
            GTEST_SKIP() << whyNot.toStdString();
        }
        QString error;
        m_url = m_server->createDatabase(&error);
        ASSERT_FALSE(m_url.isEmpty()) << error.toStdString();
        m_first = openStore();
        m_second = openStore();
        ASSERT_TRUE(m_first && m_second);
        Report report = test::emptyReport(2024);
        report.agency = u"测试局"_s;
        const auto id = m_first->create(report, &error);
        ASSERT_TRUE(id) << error.toStdString();
        m_id = *id;
        m_a = ReportSession::open(m_first.get(), m_id, {50, 30, 200}, &error);
        m_b = ReportSession::open(m_second.get(), m_id, {50, 30, 200}, &error);
        ASSERT_TRUE(m_a && m_b) << error.toStdString();
    }

    std::unique_ptr<ReportStore> openStore() {
        ReportStore::Options options;
        options.dailyBackup = false;
        QString error;
        auto store = ReportStore::open(m_url, options, &error);
        EXPECT_TRUE(store) << error.toStdString();
        return store;
    }

    CellValue storedValue(const char16_t* cell) {
        QString error;
        auto reader = openStore();
        const auto report = reader ? reader->load(m_id, &error) : std::nullopt;
        EXPECT_TRUE(report) << error.toStdString();
        return report ? report->value(test::cell(cell)) : CellValue::empty();
    }

    test::PostgresServer* m_server = nullptr;
    QString m_url;
    std::unique_ptr<ReportStore> m_first, m_second;
    qint64 m_id = 0;
    std::unique_ptr<ReportSession> m_a, m_b;
};

TEST_F(TwoClerksOnPostgreSQL, EachSeesTheOthersEditsWithinAMoment) {
    QElapsedTimer clock;
    clock.start();
    m_a->document()->setCellValue(test::cell(u"t3.new.natural"), CellValue::of(5));
    ASSERT_EQ(m_a->saveState(), ReportSession::SaveState::Saved);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return m_b->report().value(test::cell(u"t3.new.natural")) == CellValue::of(5); },
        5000));
    const qint64 latency = clock.elapsed();
    // The total follows, and nothing became pending or undoable in the second window.
    EXPECT_EQ(m_b->report().value(test::cell(u"t3.new.total")), CellValue::of(5));
    EXPECT_FALSE(m_b->hasUnsaved());
    EXPECT_EQ(m_b->document()->undoStack()->count(), 0);
    // And the other way, a narrative text.
    const int text = m_b->document()->form().findText(u"overview.requests"_s);
    m_b->document()->setText(text, u"第二位办事员写的文字。"_s);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return m_a->report().text(text) == u"第二位办事员写的文字。"_s; }, 5000));
    EXPECT_FALSE(m_a->hasUnsaved());
    std::cout << "[ latency  ] a cell seen by the other session after " << latency << " ms\n";
}

TEST_F(TwoClerksOnPostgreSQL, BothChangingOneCellIsAConflictWithBothValuesUntilTheClerkChooses) {
    const CellRef cell = test::cell(u"t3.new.legal");
    // B's connection stops listening for a while (as if its notice had not arrived yet), so
    // that both change the same cell from the same starting point.
    m_second->watchChanges([](qint64) {});
    m_a->document()->setCellValue(cell, CellValue::of(3));
    ASSERT_EQ(m_a->saveState(), ReportSession::SaveState::Saved);
    QSignalSpy conflicts(m_b.get(), &ReportSession::conflictsChanged);
    m_b->document()->setCellValue(cell, CellValue::of(4));
    // Not written over A's value: a conflict with both values, B's still on B's screen.
    EXPECT_EQ(m_b->saveState(), ReportSession::SaveState::Conflict);
    ASSERT_EQ(m_b->conflicts().size(), 1u);
    EXPECT_EQ(m_b->conflicts()[0].cell, cell);
    EXPECT_EQ(m_b->conflicts()[0].mineValue, CellValue::of(4));
    EXPECT_EQ(m_b->conflicts()[0].theirsValue, CellValue::of(3));
    EXPECT_GE(conflicts.count(), 1);
    EXPECT_EQ(m_b->report().value(cell), CellValue::of(4));
    EXPECT_TRUE(m_b->hasUnsaved());
    EXPECT_EQ(storedValue(u"t3.new.legal"), CellValue::of(3));
    // B keeps its own value: written now, over A's, in the history as any edit.
    m_b->resolveConflict(0, true);
    EXPECT_TRUE(m_b->conflicts().empty());
    EXPECT_EQ(m_b->saveState(), ReportSession::SaveState::Saved);
    EXPECT_EQ(storedValue(u"t3.new.legal"), CellValue::of(4));
}

TEST_F(TwoClerksOnPostgreSQL, TakingTheOthersValueShowsItAndWritesNothing) {
    const CellRef cell = test::cell(u"t3.new.business");
    m_second->watchChanges([](qint64) {});
    m_a->document()->setCellValue(cell, CellValue::of(8));
    m_b->document()->setCellValue(cell, CellValue::of(9));
    ASSERT_EQ(m_b->conflicts().size(), 1u);
    m_b->resolveConflict(0, false);
    EXPECT_EQ(m_b->report().value(cell), CellValue::of(8));
    EXPECT_EQ(m_b->report().value(test::cell(u"t3.new.total")), CellValue::of(8));
    EXPECT_FALSE(m_b->hasUnsaved());
    EXPECT_EQ(storedValue(u"t3.new.business"), CellValue::of(8));
}

TEST_F(TwoClerksOnPostgreSQL, DifferentCellsOfOneTotalAreNoConflictAndTheTotalAddsBoth) {
    m_second->watchChanges([](qint64) {});
    m_a->document()->setCellValue(test::cell(u"t3.new.natural"), CellValue::of(2));
    m_b->document()->setCellValue(test::cell(u"t3.new.legal"), CellValue::of(5));
    EXPECT_TRUE(m_b->conflicts().empty());
    EXPECT_EQ(m_b->saveState(), ReportSession::SaveState::Saved);
    EXPECT_EQ(storedValue(u"t3.new.natural"), CellValue::of(2));
    EXPECT_EQ(storedValue(u"t3.new.legal"), CellValue::of(5));
    EXPECT_EQ(storedValue(u"t3.new.total"), CellValue::of(7));
}

TEST_F(TwoClerksOnPostgreSQL, BothChangingOneTextIsAConflictToo) {
    const int text = m_a->document()->form().findText(u"overview.requests"_s);
    m_second->watchChanges([](qint64) {});
    m_a->document()->setText(text, u"甲写的。"_s);
    ASSERT_TRUE(m_a->saveNow());
    m_b->document()->setText(text, u"乙写的。"_s);
    EXPECT_FALSE(m_b->saveNow());
    ASSERT_EQ(m_b->conflicts().size(), 1u);
    EXPECT_EQ(m_b->conflicts()[0].text, text);
    EXPECT_EQ(m_b->conflicts()[0].mineText, u"乙写的。"_s);
    EXPECT_EQ(m_b->conflicts()[0].theirsText, u"甲写的。"_s);
}

} // namespace
