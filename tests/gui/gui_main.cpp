// GoogleTest main for the widget tests: one QApplication, offscreen, a fixed language and
// fonts, and settings kept in a test folder instead of the user's.
#include "app/gui/guiapplication.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const QByteArray language = qgetenv("NIANBAO_TEST_LANG");
    nianbao::prepareGuiApplication(app, language.isEmpty() ? "en" : language.constData());
    QApplication::setOrganizationName(QStringLiteral("NianbaoTest"));
    // Settings (last report, last cell, folders) of this process alone: ctest runs the tests
    // in parallel processes, which must not see each other's.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
