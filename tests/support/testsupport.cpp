#include "tests/support/testsupport.h"

#include "model/core/reportjson.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace nianbao::test {

QString dataPath(const QString& relative) {
    return QDir(QString::fromUtf8(NIANBAO_TEST_DATA)).filePath(relative);
}

std::optional<QString> sharedPath(const QString& relative) {
    const QString path = QDir(QString::fromUtf8(NIANBAO_SHARED_DIR)).filePath(relative);
    if (!QFile::exists(path))
        return std::nullopt;
    return path;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return file.readAll();
}

Report loadReport(const QString& path) {
    QString error;
    auto report = ReportJson::load(path, &error);
    if (!report) {
        ADD_FAILURE() << error.toStdString();
        return emptyReport();
    }
    return *report;
}

Report emptyReport(int year) {
    Report report(FormDefinition::builtIn(FormDefinition::defaultFormId()));
    report.agency = QStringLiteral("测试局");
    report.year = year;
    return report;
}

CellRef cell(const char16_t* id) {
    const auto ref =
        FormDefinition::builtIn(FormDefinition::defaultFormId())->findCell(QStringView(id));
    if (!ref)
        ADD_FAILURE() << "unknown cell " << QString::fromUtf16(id).toStdString();
    return ref.value_or(CellRef{});
}

void expectSameContent(const Report& actual, const Report& expected) {
    EXPECT_EQ(actual.agency, expected.agency);
    EXPECT_EQ(actual.year, expected.year);
    for (const CellDefinition& c : expected.form().cells()) {
        EXPECT_EQ(actual.value(c.ref).displayText(), expected.value(c.ref).displayText())
            << c.id.toStdString();
    }
    for (size_t i = 0; i < expected.form().texts().size(); ++i) {
        EXPECT_EQ(actual.text(int(i)), expected.text(int(i)))
            << expected.form().texts()[i].id.toStdString();
    }
}

SmallFileSystem::SmallFileSystem(int kilobytes) {
    QTemporaryDir dir;
    dir.setAutoRemove(false);
    m_path = dir.path();
    m_mounted =
        QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=%1k"_s.arg(kilobytes),
                                       u"tmpfs"_s, m_path}) == 0;
}

SmallFileSystem::~SmallFileSystem() {
    if (m_mounted)
        QProcess::execute(u"umount"_s, {u"-l"_s, m_path});
    QDir(m_path).removeRecursively();
}

QString SmallFileSystem::filePath(const QString& name) const {
    return QDir(m_path).filePath(name);
}

void SmallFileSystem::fill() {
    QFile filler(filePath(u"filler"_s));
    if (!filler.open(QIODevice::WriteOnly))
        return;
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    // Then the last partial block, in small pieces.
    const QByteArray piece(64, 'x');
    while (filler.write(piece) == piece.size() && filler.flush()) {
    }
}

bool SmallFileSystem::makeRoom() {
    return QFile::remove(filePath(u"filler"_s));
}

} // namespace nianbao::test
