// Issue 19: the county office's board with 80 units × 10 years opens (the board built from the
// store and the window shown) in under 300 ms. The store is built through ReportStore's API
// once and kept under bench-data/ in the working folder (scripts/bench.sh: the build tree).
#include "app/gui/boardwindow.h"
#include "model/board/board.h"
#include "model/board/summary.h"
#include "model/core/reportjson.h"
#include "model/core/validator.h"
#include "model/storage/reportstore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <benchmark/benchmark.h>

using namespace nianbao;

namespace {

constexpr int kUnits = 80;
constexpr int kYears = 10;
constexpr int kBoardYear = 2025; // the last of the ten; BoardWindow opens on last year

Report goldenReport() {
    QString error;
    auto report = ReportJson::load(
        QStringLiteral(NIANBAO_TEST_DATA "/golden/correct-busy-report/report.nianbao.json"),
        &error);
    if (!report)
        qFatal("%s", qPrintable(error));
    return *report;
}

std::unique_ptr<ReportStore> openStore(const QString& path) {
    ReportStore::Options options;
    options.dailyBackup = false;
    QString error;
    auto store = ReportStore::open(path, options, &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    return store;
}

void finalize(ReportStore& store, qint64 id, QDate on) {
    QString error;
    const auto report = store.load(id, &error);
    const auto previous = store.previousYear(id);
    for (const Finding& finding : Validator::check(*report, previous ? &*previous : nullptr)) {
        if (finding.severity == Severity::Warning)
            store.acknowledge(id, findingKey(finding, report->form()), QStringLiteral("已核实"),
                              &error);
    }
    if (!store.finalize(id, {on, QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")},
                        &error))
        qFatal("cannot finalize: %s", qPrintable(error));
}

// Every unit has a report in each of the ten years, all finalized (and published) except in
// the last, where a unit in five has not started, one in five is a draft, one in twenty has
// errors, and the rest are finalized, half of them published.
QString boardStore() {
    const QString path = QStringLiteral("bench-data/board-80x10.sqlite");
    if (QFile::exists(path))
        return path;
    QDir().mkpath(QStringLiteral("bench-data"));
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        auto store = openStore(partial);
        const Report golden = goldenReport();
        QString error;
        for (int unit = 0; unit < kUnits; ++unit) {
            const QString name = QStringLiteral("县第%1局").arg(unit + 1, 2, 10, QLatin1Char('0'));
            store->addUnit(name, AgencyLevel::CountyDepartment, &error);
            for (int year = kBoardYear - kYears + 1; year <= kBoardYear; ++year) {
                const bool last = year == kBoardYear;
                if (last && unit % 5 == 0)
                    continue; // not started
                Report report = golden;
                report.agency = name;
                report.year = year;
                if (last && unit % 20 == 1)
                    report.setValue(*report.form().findCell(u"t3.new.natural"),
                                    CellValue::of(unit));
                const qint64 id = *store->create(report, &error);
                if (last && (unit % 5 == 1 || unit % 20 == 1))
                    continue; // a draft
                finalize(*store, id, QDate(year + 1, 1, 10 + unit % 20));
                if (!last || unit % 2 == 0)
                    store->setPublished(id, QDate(year + 1, 1, 28), &error);
            }
        }
    }
    for (const char* suffix : {"-wal", "-shm", ".lock"})
        QFile::remove(partial + QLatin1String(suffix));
    if (!QFile::rename(partial, path))
        qFatal("cannot keep %s", qPrintable(path));
    return path;
}

// The model alone: the store's reports of the year with their counts, dates and returns.
void BoardBuilt80Units10Years(benchmark::State& state) {
    auto store = openStore(boardStore());
    size_t rows = 0;
    for (auto _ : state)
        rows = buildBoard(*store, kBoardYear, QDate(2026, 1, 20)).size();
    if (rows != kUnits)
        state.SkipWithError("not 80 units");
}
BENCHMARK(BoardBuilt80Units10Years)->Unit(benchmark::kMillisecond);

// The target: the window built, its board read and shown, painted once.
[[gnu::noinline]] void openBoard(ReportStore& store) {
    BoardWindow window(&store);
    window.resize(1366, 740);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the board was not shown");
    QApplication::processEvents();
}

void BoardWindowOpens80Units10Years(benchmark::State& state) {
    auto store = openStore(boardStore());
    for (auto _ : state)
        openBoard(*store);
}
BENCHMARK(BoardWindowOpens80Units10Years)->Unit(benchmark::kMillisecond);

// The 汇总 of the year's 64 reports (each loaded, finalized ones verified) and its rules.
void SummaryOfTheYear(benchmark::State& state) {
    auto store = openStore(boardStore());
    QString error;
    for (auto _ : state) {
        if (!summarizeFromStore(*store, kBoardYear, {}, &error))
            state.SkipWithError("no summary");
    }
}
BENCHMARK(SummaryOfTheYear)->Unit(benchmark::kMillisecond);

} // namespace
