#pragma once

#include <QObject>

namespace nianbao {

// For the start-up benchmark (NIANBAO_BENCH_QUIT_ON_PAINT=1): when the window's first frame
// is complete it prints the time (steady clock, "first-frame-ns: N") and the process's peak
// memory (VmHWM) to standard error, and quits.
class FirstPaintProbe : public QObject {
    Q_OBJECT

public:
    static void installIfRequested(QObject* window);
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_done = false;
};

} // namespace nianbao
