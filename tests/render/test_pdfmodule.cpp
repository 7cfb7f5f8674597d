#include "model/pdf/pdfmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

const QString kModule = u"libnianbao-pdf.so"_s;

// This test runs from the build tree, so one of its folders holds the module just built.
QString buildTreeModuleFolder() {
    for (const QString& folder :
         pdfmodule::searchFolders(QCoreApplication::applicationDirPath(), {})) {
        if (QFileInfo::exists(QDir(folder).filePath(kModule)))
            return folder;
    }
    return {};
}

TEST(PdfModule, AProgramInTheBuildTreeFindsTheModuleBuiltThere) {
    const QString folder = buildTreeModuleFolder();
    ASSERT_FALSE(folder.isEmpty());
    QString error;
    EXPECT_NE(pdfmodule::finishFunction(&error), nullptr) << error.toStdString();
    EXPECT_NE(pdfmodule::textFunction(&error), nullptr) << error.toStdString();
}

TEST(PdfModule, AnInstalledProgramNeverLooksInTheBuildTree) {
    const QString buildModules = buildTreeModuleFolder();
    ASSERT_TRUE(buildModules.endsWith(u"/modules"_s));
    const QString buildTree = buildModules.chopped(8);

    const QStringList installed = pdfmodule::searchFolders(u"/usr/bin"_s, {});
    ASSERT_EQ(installed.size(), 1);
    EXPECT_TRUE(installed[0].startsWith(u"/usr/lib"_s)) << installed[0].toStdString();
    EXPECT_TRUE(installed[0].endsWith(u"/nianbao"_s)) << installed[0].toStdString();

    // A folder whose name merely begins like the build tree's is somewhere else.
    EXPECT_EQ(pdfmodule::searchFolders(buildTree + u"-copy/app"_s, {}).size(), 1);
    EXPECT_EQ(pdfmodule::searchFolders(buildTree + u"/app"_s, {}).size(), 2);
}

TEST(PdfModule, NianbaoModuleDirIsTheOnlyPlaceWhenSet) {
    EXPECT_EQ(pdfmodule::searchFolders(u"/usr/bin"_s, u"/opt/modules"_s),
              QStringList{u"/opt/modules"_s});
}

} // namespace
