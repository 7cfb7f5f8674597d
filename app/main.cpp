#include "app/cli/commandline.h"
#include "app/gui/guiapplication.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>

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

// The command-line subcommands run without a display; anything else opens the editor.
static bool isCommandLine(int argc, char* argv[]) {
    if (argc < 2)
        return false;
    for (const char* command : {"audit", "check", "db", "export", "import", "print", "register",
                                "help", "--help", "-h", "--version", "-v"}) {
        if (std::strcmp(argv[1], command) == 0)
            return true;
    }
    return false;
}

// The commands that lay out pages: export, print and register print.
static bool rendersPages(int argc, char* argv[]) {
    if (std::strcmp(argv[1], "export") == 0 || std::strcmp(argv[1], "print") == 0)
        return true;
    // A value that happens to read "print" only costs a GUI application without a display.
    for (int i = 2; i < argc && std::strcmp(argv[1], "register") == 0; ++i) {
        if (std::strcmp(argv[i], "print") == 0)
            return true;
    }
    return false;
}

int main(int argc, char* argv[]) {
    if (!isCommandLine(argc, argv))
        return nianbao::runGui(argc, argv);
#ifdef Q_OS_WIN
    useParentConsole();
#endif
    if (rendersPages(argc, argv)) {
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
