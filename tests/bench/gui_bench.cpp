// Editor targets (issue 4): launch to the main window shown with a report open under 1.5×
// the start-up of an empty QMainWindow (both measured here, alternately); one keystroke's
// cell edit — validation, store write and repaint included — under 5 ms median; peak memory
// with a report open under 80 MB. Run with scripts/bench.sh.
#include "app/gui/mainwindow.h"
#include "forms/tableeditor.h"
#include "model/core/reportjson.h"
#include "model/editing/formtablemodel.h"
#include "model/editing/reportdocument.h"
#include "model/storage/reportstore.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstring>

using namespace nianbao;

namespace {

QString busyReportPath() {
    return QStringLiteral(NIANBAO_TEST_DATA "/golden/correct-busy-report/report.nianbao.json");
}

struct Launch {
    double toFirstFrameMs = 0; // from starting the process to its window's first frame done
    double toExitMs = 0;       // ...and to the process gone (tearing down included)
    double peakMegabytes = 0;
};

qint64 steadyNanoseconds() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The program prints "first-frame-ns: N" (the same steady clock) and its VmHWM at its first
// frame, then quits: see app/gui/firstpaintprobe.h.
Launch launch(const QString& program, const QStringList& args, const QProcessEnvironment& env) {
    QProcess process;
    process.setProcessEnvironment(env);
    const qint64 started = steadyNanoseconds();
    process.start(program, args);
    process.waitForFinished(30000);
    Launch result;
    result.toExitMs = static_cast<double>(steadyNanoseconds() - started) / 1e6;
    const QByteArray err = process.readAllStandardError();
    const auto number = [&](const char* key) {
        const qsizetype at = err.indexOf(key);
        return at < 0 ? -1.0
                      : err.mid(at + qsizetype(strlen(key)))
                            .trimmed()
                            .split(' ')
                            .front()
                            .split('\n')
                            .front()
                            .toDouble();
    };
    const double frame = number("first-frame-ns:");
    if (process.exitCode() != 0 || frame < 0)
        qFatal("%s did not show its window: %s", qPrintable(program), err.constData());
    result.toFirstFrameMs = (frame - static_cast<double>(started)) / 1e6;
    result.peakMegabytes = number("VmHWM:") / 1024.0;
    return result;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void LaunchToReportShownVersusEmptyWindow(benchmark::State& state) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        QString error;
        auto store = ReportStore::open(db, &error);
        store->create(*ReportJson::load(busyReportPath(), &error), &error);
    }
    // The app reopens the last report: say which one in a settings file of its own.
    QDir(dir.path()).mkpath(QStringLiteral("config/Nianbao"));
    QFile settings(dir.filePath(QStringLiteral("config/Nianbao/nianbao.conf")));
    settings.open(QIODevice::WriteOnly);
    // Remembered per store, under the SHA-1 of its path (see ReportSession::lastReport): the
    // old [session] key reopened nothing and measured the start page instead.
    const QByteArray key = QCryptographicHash::hash(QFileInfo(db).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex()
                               .left(16);
    settings.write("[stores]\n" + key + "\\lastReport=1\n");
    settings.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NIANBAO_BENCH_QUIT_ON_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    std::vector<double> app, empty, cjk, appExit, emptyExit, memory;
    for (auto _ : state) {
        const Launch a = launch(QStringLiteral(NIANBAO_EXE), {QStringLiteral("--db"), db}, env);
        const Launch e = launch(QStringLiteral(EMPTY_WINDOW_EXE), {}, env);
        const Launch c = launch(QStringLiteral(EMPTY_WINDOW_EXE), {QStringLiteral("--cjk")}, env);
        app.push_back(a.toFirstFrameMs);
        empty.push_back(e.toFirstFrameMs);
        cjk.push_back(c.toFirstFrameMs);
        appExit.push_back(a.toExitMs);
        emptyExit.push_back(e.toExitMs);
        memory.push_back(a.peakMegabytes);
        state.SetIterationTime(a.toFirstFrameMs / 1000.0);
    }
    state.counters["app_ms"] = median(app);
    state.counters["empty_window_ms"] = median(empty);
    state.counters["ratio"] = median(app) / median(empty);
    // Informative: the empty window with one Chinese label (a CJK font loaded and drawn),
    // and the times to the processes' exit (tearing down included).
    state.counters["cjk_label_window_ms"] = median(cjk);
    state.counters["ratio_to_cjk_window"] = median(app) / median(cjk);
    state.counters["app_to_exit_ms"] = median(appExit);
    state.counters["empty_to_exit_ms"] = median(emptyExit);
    state.counters["peak_MB"] = median(memory);
}
BENCHMARK(LaunchToReportShownVersusEmptyWindow)
    ->UseManualTime()
    ->Iterations(15)
    ->Unit(benchmark::kMillisecond);

// A window with the busy report open on table three, the cursor on 予以公开·自然人.
struct OpenEditor {
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    TableEditor* editor = nullptr;
    QModelIndex cell;

    OpenEditor() {
        QString error;
        auto store = ReportStore::open(dir.filePath(QStringLiteral("bench.sqlite")), &error);
        const qint64 id = *store->create(*ReportJson::load(busyReportPath(), &error), &error);
        window = std::make_unique<MainWindow>(std::move(store));
        window->resize(1280, 860);
        window->show();
        window->openReport(id, &error);
        window->showPart(3);
        editor = window->tableEditor(window->document()->form().findTable(u"t3"));
        cell = editor->formModel()->indexOf(
            *window->document()->form().findCell(u"t3.granted.natural"));
        editor->setFocus();
        QApplication::processEvents();
    }
    void typeDigit(int digit) {
        editor->setCurrentIndex(cell);
        QTest::keyClick(editor, static_cast<char>('0' + digit % 10));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
};

// Separate functions so that a profile can be taken of each, e.g.
// valgrind --tool=callgrind --toggle-collect='*repaintAfterEdit*' nianbao_gui_bench ...
[[gnu::noinline]] void repaintAfterEdit() {
    QApplication::processEvents();
}
[[gnu::noinline]] void typeOne(OpenEditor& open, int digit) {
    open.typeDigit(digit);
}

void KeystrokeToRepaint(benchmark::State& state) {
    OpenEditor open;
    int digit = 0;
    for (auto _ : state) {
        typeOne(open, digit++);
        // What reaches the screen: the posted update requests, painted.
        repaintAfterEdit();
    }
}
BENCHMARK(KeystrokeToRepaint)->Unit(benchmark::kMillisecond);

// The same keystroke without painting: what the edit, the checks and the store cost.
void KeystrokeWithoutPaint(benchmark::State& state) {
    OpenEditor open;
    int digit = 0;
    for (auto _ : state)
        open.typeDigit(digit++);
    QApplication::processEvents();
}
BENCHMARK(KeystrokeWithoutPaint)->Unit(benchmark::kMillisecond);

} // namespace
