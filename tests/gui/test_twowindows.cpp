// Two windows on one report on a PostgreSQL server (two clerks): the second window shows the
// first one's edit by itself, and a cell both changed is put to the clerk with both values.
#include "app/gui/mainwindow.h"
#include "model/editing/reportdocument.h"
#include "model/session/reportsession.h"
#include "model/storage/reportstore.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

struct Question {
    QString what, mine, theirs;
};

TEST(TwoWindowsOnPostgreSQL, TheOthersEditAppearsAndAConflictIsPutWithBothValues) {
    POSTGRES_OR_SKIP(server);
    QSettings().clear();
    QString error;
    const QString url = server->createDatabase(&error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    ReportStore::Options options;
    options.dailyBackup = false;
    auto first = ReportStore::open(url, options, &error);
    ASSERT_TRUE(first) << error.toStdString();
    Report report = test::emptyReport(2024);
    report.agency = u"测试局"_s;
    const qint64 id = first->create(report, &error).value_or(0);
    ASSERT_GT(id, 0) << error.toStdString();
    auto second = ReportStore::open(url, options, &error);
    ASSERT_TRUE(second) << error.toStdString();
    ReportStore* secondStore = second.get();

    MainWindow a(std::move(first));
    MainWindow b(std::move(second));
    std::vector<Question> asked;
    b.askConflict = [&](const QString& what, const QString& mine, const QString& theirs) {
        asked.push_back({what, mine, theirs});
        return ConflictChoice::KeepMine;
    };
    ASSERT_TRUE(a.openReport(id, &error)) << error.toStdString();
    ASSERT_TRUE(b.openReport(id, &error)) << error.toStdString();

    const CellRef natural = test::cell(u"t3.new.natural");
    a.document()->setCellValue(natural, CellValue::of(6));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return b.document()->report().value(natural) == CellValue::of(6); }, 5000));

    // B's notice held back, so that both change one cell from the same start.
    secondStore->watchChanges([](qint64) {});
    const CellRef legal = test::cell(u"t3.new.legal");
    a.document()->setCellValue(legal, CellValue::of(1));
    b.document()->setCellValue(legal, CellValue::of(2));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !asked.empty(); }, 5000));
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_EQ(asked[0].mine, u"2"_s);
    EXPECT_EQ(asked[0].theirs, u"1"_s);
    EXPECT_FALSE(asked[0].what.isEmpty());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return b.session()->saveState() == ReportSession::SaveState::Saved; }, 5000));
    auto reader = ReportStore::open(url, options, &error);
    ASSERT_TRUE(reader) << error.toStdString();
    const auto stored = reader->load(id, &error);
    ASSERT_TRUE(stored) << error.toStdString();
    EXPECT_EQ(stored->value(legal), CellValue::of(2));
}

} // namespace
