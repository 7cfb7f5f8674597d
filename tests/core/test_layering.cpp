// The layers of shared/design/architecture.md, checked on the sources: model/ never sees
// widgets, and SQL stays in the storage library.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QStringList offendingFiles(const QString& folder, const QRegularExpression& pattern) {
    QStringList offending;
    QDirIterator it(QString::fromUtf8(NIANBAO_SOURCE_DIR) + u'/' + folder,
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) &&
            pattern.match(QString::fromUtf8(file.readAll())).hasMatch())
            offending << path;
    }
    return offending;
}

TEST(Layering, ModelNeverIncludesWidgets) {
    const QRegularExpression widgets(QStringLiteral(
        R"(#include\s*[<"](QtWidgets|QWidget|QApplication|QMainWindow|QDialog|QTableView))"));
    EXPECT_EQ(offendingFiles(QStringLiteral("model"), widgets), QStringList());
}

TEST(Layering, CoreAndImportUseQtCoreOnly) {
    const QRegularExpression other(
        QStringLiteral(R"(#include\s*[<"](QtGui|QtSql|QtWidgets|QSql|QPainter|QImage|QFont))"));
    EXPECT_EQ(offendingFiles(QStringLiteral("model/core"), other), QStringList());
    EXPECT_EQ(offendingFiles(QStringLiteral("model/import"), other), QStringList());
}

TEST(Layering, NoSqlOutsideStorage) {
    const QRegularExpression sql(QStringLiteral("QSqlQuery|QSqlDatabase"));
    EXPECT_EQ(offendingFiles(QStringLiteral("app"), sql), QStringList());
    EXPECT_EQ(offendingFiles(QStringLiteral("forms"), sql), QStringList());
    EXPECT_EQ(offendingFiles(QStringLiteral("model/core"), sql), QStringList());
    EXPECT_EQ(offendingFiles(QStringLiteral("model/import"), sql), QStringList());
    EXPECT_EQ(offendingFiles(QStringLiteral("model/board"), sql), QStringList());
}

} // namespace
