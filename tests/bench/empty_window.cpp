// The baseline of the start-up benchmark: an empty QMainWindow built with the same Qt,
// quitting at its first paint like nianbao does under NIANBAO_BENCH_QUIT_ON_PAINT.
#include "app/gui/firstpaintprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include <cstring>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 860);
    // --cjk: one Chinese label, to show what loading a CJK font alone costs.
    if (argc > 1 && std::strcmp(argv[1], "--cjk") == 0)
        window.setCentralWidget(new QLabel(QStringLiteral("政府信息公开工作年度报告")));
    nianbao::FirstPaintProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
