// Speed targets (issue 2): full validation of a realistic report under 20 µs median;
// loading and validating a report file under 300 µs. Run with scripts/bench.sh.
#include "model/core/reportjson.h"
#include "model/core/validator.h"

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>

using namespace nianbao;

namespace {

QString busyReportPath() {
    return QStringLiteral(NIANBAO_TEST_DATA "/golden/correct-busy-report/report.nianbao.json");
}

QString lastYearPath() {
    return QStringLiteral(NIANBAO_TEST_DATA "/golden/correct-busy-report/previous.nianbao.json");
}

Report load(const QString& path) {
    QString error;
    auto report = ReportJson::load(path, &error);
    if (!report)
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(error));
    return *report;
}

void ValidateRealisticReport(benchmark::State& state) {
    const Report report = load(busyReportPath());
    const Report previous = load(lastYearPath());
    for (auto _ : state) {
        auto findings = Validator::check(report, &previous);
        benchmark::DoNotOptimize(findings);
    }
}
BENCHMARK(ValidateRealisticReport)->Unit(benchmark::kMicrosecond);

// The keystroke path: one cell changes, then the whole report is checked again.
void EditCellAndValidate(benchmark::State& state) {
    Report report = load(busyReportPath());
    const CellRef cell = *report.form().findCell(u"t3.new.natural");
    qint64 value = 0;
    for (auto _ : state) {
        report.setValue(cell, CellValue::of(++value % 50));
        auto findings = Validator::check(report);
        benchmark::DoNotOptimize(findings);
    }
}
BENCHMARK(EditCellAndValidate)->Unit(benchmark::kMicrosecond);

void LoadAndValidateFile(benchmark::State& state) {
    const QString path = busyReportPath();
    for (auto _ : state) {
        QString error;
        auto report = ReportJson::load(path, &error);
        auto findings = Validator::check(*report);
        benchmark::DoNotOptimize(findings);
    }
}
BENCHMARK(LoadAndValidateFile)->Unit(benchmark::kMicrosecond);

void WriteExchangeFile(benchmark::State& state) {
    const Report report = load(busyReportPath());
    for (auto _ : state) {
        auto bytes = ReportJson::toJson(report);
        benchmark::DoNotOptimize(bytes);
    }
}
BENCHMARK(WriteExchangeFile)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    // Built-in definitions are loaded once per process, as in the app: not part of a run.
    FormDefinition::builtIn(FormDefinition::defaultFormId());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
