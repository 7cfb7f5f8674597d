#pragma once

#include <QObject>

namespace nianbao {

// For the start-up benchmark (NIANBAO_BENCH_QUIT_ON_PAINT=1): at the first paint of the
// window it prints the process's peak memory (VmHWM) to standard error and quits.
class FirstPaintProbe : public QObject {
    Q_OBJECT

public:
    static void installIfRequested(QObject* window);
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_done = false;
};

} // namespace nianbao
