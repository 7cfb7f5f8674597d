#include "app/cli/commandline.h"
#include "app/gui/guiapplication.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>

// The command-line subcommands run without a display; anything else opens the editor.
static bool isCommandLine(int argc, char* argv[]) {
    if (argc < 2)
        return false;
    for (const char* command :
         {"audit", "check", "db", "export", "import", "help", "--help", "-h", "--version", "-v"}) {
        if (std::strcmp(argv[1], command) == 0)
            return true;
    }
    return false;
}

int main(int argc, char* argv[]) {
    if (!isCommandLine(argc, argv))
        return nianbao::runGui(argc, argv);
    if (std::strcmp(argv[1], "export") == 0) {
        // Rendering needs fonts, hence a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
        nianbao::installTranslations(app, QString());
        return nianbao::runCommandLine(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
    nianbao::installTranslations(app, QString());
    return nianbao::runCommandLine(QCoreApplication::arguments());
}
