#include "app/cli/commandline.h"
#include "app/gui/guiapplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>

// nianbao.exe is a GUI program, so Windows gives it no console. Run from a command prompt, the
// command line writes to that prompt's console, in UTF-8; output redirected to a file or pipe
// is left as it is.
static void useParentConsole() {
    const HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    if (out && out != INVALID_HANDLE_VALUE && GetFileType(out) != FILE_TYPE_UNKNOWN)
        return;
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    std::freopen("CONOUT$", "w", stdout);
    std::freopen("CONOUT$", "w", stderr);
    SetConsoleOutputCP(CP_UTF8);
}
#endif

int main(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const nianbao::CommandKind kind =
        arguments.isEmpty() ? nianbao::CommandKind::Editor : nianbao::commandKind(arguments);
    if (kind == nianbao::CommandKind::Editor)
        return nianbao::runGui(argc, argv);
#ifdef Q_OS_WIN
    useParentConsole();
#endif
    if (kind == nianbao::CommandKind::Rendering) {
        // Rendering needs fonts, hence a GUI application, but never a display. (Windows'
        // own platform needs none, and is where Windows' fonts are found.)
#ifndef Q_OS_WIN
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        QGuiApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
        QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
        nianbao::installTranslations(app, QString());
        return nianbao::runCommandLine(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
    nianbao::installTranslations(app, QString());
    return nianbao::runCommandLine(QCoreApplication::arguments());
}
