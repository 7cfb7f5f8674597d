#include "app/gui/firstpaintprobe.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace nianbao {

void FirstPaintProbe::installIfRequested(QObject* window) {
    if (!qEnvironmentVariableIsSet("NIANBAO_BENCH_QUIT_ON_PAINT"))
        return;
    auto* probe = new FirstPaintProbe;
    probe->setParent(window);
    // Paint events go to the widgets; watch them all.
    qApp->installEventFilter(probe);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event) {
    if (!m_done && event->type() == QEvent::Paint && qobject_cast<QWidget*>(watched)) {
        m_done = true;
        // The window's first frame is complete when the paint event in hand, its siblings and
        // the flush to the screen are done: at the next turn of the event loop.
        QMetaObject::invokeMethod(
            this,
            [] {
                const auto now = std::chrono::steady_clock::now().time_since_epoch();
                std::fprintf(
                    stderr, "first-frame-ns: %lld\n",
                    static_cast<long long>(
                        std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray& line : status.readAll().split('\n')) {
                        if (line.startsWith("VmHWM:"))
                            std::fprintf(stderr, "%s\n", line.constData());
                    }
                }
                QCoreApplication::quit();
            },
            Qt::QueuedConnection);
    }
    return false;
}

} // namespace nianbao
