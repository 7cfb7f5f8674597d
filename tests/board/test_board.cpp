#include "model/board/board.h"
#include "model/board/boardmodel.h"
#include "tests/board/boardfixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

using Board = test::BoardStore;

const BoardRow& rowOf(const std::vector<BoardRow>& rows, const QString& unit) {
    for (const BoardRow& row : rows) {
        if (row.unit == unit)
            return row;
    }
    static const BoardRow none;
    ADD_FAILURE() << "no row for " << unit.toStdString();
    return none;
}

TEST_F(Board, EveryStatusFromTheStore) {
    auto store = openStore();
    QString error;
    ASSERT_TRUE(store->addUnit(u"城关镇人民政府"_s, AgencyLevel::Township, &error));
    add(*store, test::unitReport(u"县教育局"_s, 2023)); // a report of another year only
    add(*store, test::unitReport(u"县财政局"_s));
    Report broken = test::unitReport(u"县公安局"_s);
    broken.setValue(test::cell(u"t3.new.natural"), CellValue::of(999));
    add(*store, broken);
    const qint64 finalized = add(*store, test::unitReport(u"县民政局"_s));
    finalize(*store, finalized, QDate(2025, 1, 20));
    const qint64 published = add(*store, test::unitReport(u"县交通局"_s));
    finalize(*store, published, QDate(2025, 2, 3));
    ASSERT_TRUE(store->setPublished(published, QDate(2025, 2, 4), &error));

    const auto rows = buildBoard(*store, 2024, QDate(2025, 1, 25));
    ASSERT_EQ(rows.size(), 6u);
    EXPECT_EQ(rowOf(rows, u"城关镇人民政府"_s).status, BoardStatus::NotStarted);
    EXPECT_EQ(rowOf(rows, u"城关镇人民政府"_s).level, AgencyLevel::Township);
    EXPECT_EQ(rowOf(rows, u"城关镇人民政府"_s).daysToDeadline, 6);
    EXPECT_EQ(rowOf(rows, u"县教育局"_s).status, BoardStatus::NotStarted);
    EXPECT_EQ(rowOf(rows, u"县财政局"_s).status, BoardStatus::Draft);
    EXPECT_EQ(rowOf(rows, u"县公安局"_s).status, BoardStatus::HasErrors);
    EXPECT_GT(rowOf(rows, u"县公安局"_s).errors, 0);
    const BoardRow& done = rowOf(rows, u"县民政局"_s);
    EXPECT_EQ(done.status, BoardStatus::Finalized);
    EXPECT_EQ(done.finalizedOn, QDate(2025, 1, 20));
    EXPECT_EQ(done.daysToDeadline, 11); // counted from its finalization
    const BoardRow& late = rowOf(rows, u"县交通局"_s);
    EXPECT_EQ(late.status, BoardStatus::Published);
    EXPECT_EQ(late.publishedOn, QDate(2025, 2, 4));
    EXPECT_EQ(late.daysToDeadline, -3); // finalized three days late
    EXPECT_TRUE(late.lastChange.isValid());
}

TEST_F(Board, AReturnedFinalizedReportIsReopenedWithItsReasonUntilFinalizedAgain) {
    auto store = openStore();
    QString error;
    const qint64 id = add(*store, test::unitReport(u"县民政局"_s));
    finalize(*store, id, QDate(2025, 1, 10));
    // Not before its 定稿 (the clerk test had one published on a date before it).
    EXPECT_FALSE(store->setPublished(id, QDate(2025, 1, 9), &error));
    EXPECT_TRUE(error.contains(u"2025-01-10"_s)) << error.toStdString();
    ASSERT_TRUE(store->setPublished(id, QDate(2025, 1, 12), &error));
    EXPECT_FALSE(store->returnReport(id, u"  "_s, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(store->status(id), ReportStatus::Finalized);

    ASSERT_TRUE(store->returnReport(id, u"表三结转数与上年不一致"_s, &error))
        << error.toStdString();
    EXPECT_EQ(store->status(id), ReportStatus::Draft);
    const auto open = store->openReturn(id);
    ASSERT_TRUE(open);
    EXPECT_EQ(open->reason, u"表三结转数与上年不一致"_s);
    EXPECT_TRUE(open->wasFinalized);
    EXPECT_EQ(store->openReturns().at(id).reason, open->reason);
    EXPECT_EQ(store->finalization(id), std::nullopt); // reopened: no finalization in force
    auto rows = buildBoard(*store, 2024, QDate(2025, 1, 25));
    EXPECT_EQ(rows[0].status, BoardStatus::Draft);
    EXPECT_EQ(rows[0].returnReason, u"表三结转数与上年不一致"_s);
    EXPECT_FALSE(rows[0].publishedOn.isValid()); // no longer the one published

    finalize(*store, id, QDate(2025, 1, 26));
    EXPECT_EQ(store->openReturn(id), std::nullopt);
    EXPECT_TRUE(store->openReturns().empty());
    rows = buildBoard(*store, 2024, QDate(2025, 1, 27));
    EXPECT_EQ(rows[0].status, BoardStatus::Finalized);
    EXPECT_TRUE(rows[0].returnReason.isEmpty());
}

TEST_F(Board, ADraftIsReturnedWithoutChangingItsContentAndBadCallsAreRefused) {
    auto store = openStore();
    QString error;
    const Report report = test::unitReport(u"县财政局"_s);
    const qint64 id = add(*store, report);
    ASSERT_TRUE(store->returnReport(id, u"请补充第五部分"_s, &error)) << error.toStdString();
    EXPECT_EQ(store->openReturn(id)->wasFinalized, false);
    test::expectSameContent(*store->load(id, &error), report);
    EXPECT_FALSE(store->history(id, u"status"_s).empty());

    EXPECT_FALSE(store->returnReport(id + 100, u"理由"_s, &error));
    EXPECT_TRUE(error.contains(QString::number(id + 100))) << error.toStdString();
    EXPECT_FALSE(store->setPublished(id, QDate(2025, 1, 2), &error)); // a draft
    EXPECT_FALSE(store->addUnit(u"  "_s, AgencyLevel::Township, &error));
}

TEST_F(Board, AStoreOfSchemaFiveGainsTheBoardsTablesAndKeepsItsReports) {
    const QString path = m_dir.filePath(u"board.sqlite"_s);
    {
        auto store = openStore();
        add(*store, test::unitReport(u"县财政局"_s));
    }
    {
        // Back to schema 5, as a store written before the board was.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v5"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString& s : {u"DROP TABLE unit"_s, u"DROP TABLE report_return"_s,
                                 u"ALTER TABLE report DROP COLUMN published"_s,
                                 u"DROP TABLE review_case"_s, // schema 7's, after the board's
                                 u"PRAGMA user_version=5"_s})
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v5"_s);
    auto store = openStore();
    QString error;
    ASSERT_TRUE(store->addUnit(u"城关镇人民政府"_s, AgencyLevel::Township, &error))
        << error.toStdString();
    EXPECT_EQ(buildBoard(*store, 2024, QDate(2025, 1, 1)).size(), 2u);
    EXPECT_TRUE(QFile::exists(path + u".before-v%1.bak"_s.arg(ReportStore::kSchemaVersion)));
}

TEST_F(Board, TheModelFiltersByStatusLevelAndTextAndSortsByValue) {
    auto row = [](const QString& unit, AgencyLevel level, BoardStatus status, qint64 id, int errors,
                  int days) {
        BoardRow r;
        r.unit = unit;
        r.level = level;
        r.status = status;
        r.reportId = id;
        r.errors = errors;
        r.daysToDeadline = days;
        return r;
    };
    std::vector<BoardRow> rows{
        row(u"县财政局"_s, AgencyLevel::CountyDepartment, BoardStatus::Draft, 1, 0, 10),
        row(u"城关镇人民政府"_s, AgencyLevel::Township, BoardStatus::HasErrors, 2, 3, -2),
        row(u"县公安局"_s, AgencyLevel::CountyDepartment, BoardStatus::NotStarted, 0, 0, 9)};
    rows[1].returnReason = u"请核对表三"_s;
    BoardModel model;
    model.setRows(rows);
    BoardFilter filter;
    filter.setSourceModel(&model);
    EXPECT_EQ(filter.rowCount(), 3);

    filter.sort(BoardModel::DeadlineColumn, Qt::AscendingOrder);
    EXPECT_EQ(filter.index(0, BoardModel::UnitColumn).data().toString(), u"城关镇人民政府"_s);
    EXPECT_EQ(filter.index(2, BoardModel::UnitColumn).data().toString(), u"县财政局"_s);
    filter.sort(BoardModel::ErrorsColumn, Qt::DescendingOrder);
    EXPECT_EQ(filter.index(0, BoardModel::ErrorsColumn).data().toInt(), 3);
    EXPECT_FALSE(filter.index(2, BoardModel::ErrorsColumn).data().isValid()); // no report

    filter.setStatus(BoardStatus::HasErrors);
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_TRUE(filter.index(0, BoardModel::StatusColumn).data(Qt::BackgroundRole).isValid());
    filter.setStatus(std::nullopt);
    filter.setLevel(AgencyLevel::CountyDepartment);
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setLevel(std::nullopt);
    filter.setText(u"公安"_s);
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setText(u"核对"_s); // the reason of a return is searched too
    EXPECT_EQ(filter.index(0, BoardModel::UnitColumn).data().toString(), u"城关镇人民政府"_s);
}

} // namespace
