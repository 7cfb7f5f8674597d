#include "app/cli/commandline.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
    return nianbao::runCommandLine(QCoreApplication::arguments());
}
