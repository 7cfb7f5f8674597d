// The register window (issue 18): opened on 10 000 entries — read from the store, the model
// filled, the window shown and painted — in under 100 ms. Run with scripts/bench.sh.
#include "app/gui/registerwindow.h"
#include "forms/registerview.h"
#include "model/editing/registertablemodel.h"
#include "model/storage/reportstore.h"
#include "tests/support/registersamples.h"

#include <QApplication>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <benchmark/benchmark.h>

using namespace nianbao;

namespace {

const QString kAgency = QStringLiteral("某某市人民政府办公室");

// 10 000 requests over four years, added through the store's API (as an import stores them).
struct RegisterStore {
    QTemporaryDir dir;
    std::unique_ptr<ReportStore> store;

    explicit RegisterStore(int count) {
        QString error;
        ReportStore::Options options;
        options.dailyBackup = false;
        store = ReportStore::open(dir.filePath(QStringLiteral("register.sqlite")), options, &error);
        const auto entries = test::sampleRegister(kAgency, count, QDate(2025, 12, 1), 4 * 365);
        if (!store || !store->addRequests(entries, &error))
            qFatal("cannot build the register: %s", qPrintable(error));
    }
};

void RegisterWindowOpens(benchmark::State& state) {
    RegisterStore data(int(state.range(0)));
    for (auto _ : state) {
        RegisterWindow window(data.store.get());
        window.resize(1280, 720);
        window.showEntries(kAgency, std::nullopt);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            state.SkipWithError("the window was never shown");
        QApplication::processEvents(); // painted
        if (window.view()->table()->model()->rowCount() != state.range(0))
            state.SkipWithError("not every entry is shown");
    }
}
BENCHMARK(RegisterWindowOpens)->Arg(10000)->Unit(benchmark::kMillisecond);

// The model and view alone, the entries already read: what the window adds to the store.
void RegisterModelAndViewShown(benchmark::State& state) {
    RegisterStore data(int(state.range(0)));
    const auto entries = data.store->requests(kAgency);
    for (auto _ : state) {
        RegisterTableModel model(WorkCalendar::official(), QDate(2025, 12, 1));
        model.setEntries(entries);
        RegisterView view(&model);
        view.resize(1280, 720);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            state.SkipWithError("the view was never shown");
        QApplication::processEvents();
    }
}
BENCHMARK(RegisterModelAndViewShown)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace
