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

QStringList pdfPageTexts(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // pdftotext ends every page with a form feed
    return pages;
}

std::vector<RegisterEntry> sampleRegister(const QString& agency, int count) {
    std::vector<RegisterEntry> entries;
    for (int i = 1; i <= count; ++i) {
        RegisterEntry e;
        e.agency = agency;
        e.number = QStringLiteral("2025-%1").arg(i, 3, 10, QChar(u'0'));
        e.received = QDate(2025, 1, 2).addDays(i * 3 % 300);
        e.channel = RequestChannel::Online;
        e.applicantType = applicantTypes()[static_cast<size_t>(i % 6)];
        e.applicantName = i == 1 ? QStringLiteral("张三") : QStringLiteral("申请人%1").arg(i);
        e.applicantContact = QStringLiteral("1381234%1").arg(i, 4, 10, QChar(u'0'));
        e.subject = QStringLiteral("申请内容%1").arg(i);
        e.replied = e.received.addDays(10);
        e.outcome = outcomeRows()[static_cast<size_t>(i % 3)];
        entries.push_back(e);
    }
    return entries;
}

} // namespace nianbao::test
