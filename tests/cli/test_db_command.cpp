// `nianbao db …` through the real binary, against a store in a temporary folder.
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

struct CliRun {
    int status = -1;
    QString out;
    QString err;
};

class DbCommand : public ::testing::Test {
protected:
    CliRun nianbao(QStringList args,
                   const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QString::fromUtf8(NIANBAO_EXE), args);
        EXPECT_TRUE(p.waitForFinished(30000));
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    CliRun db(QStringList args) {
        args.prepend(u"db"_s);
        args << u"--db"_s << store();
        return nianbao(args);
    }
    QString store() const { return m_dir.filePath(u"store.sqlite"_s); }
    static QString golden(const char16_t* name, const char16_t* file = u"report.nianbao.json") {
        return test::dataPath(u"golden/"_s + QString::fromUtf16(name) + u'/' +
                              QString::fromUtf16(file));
    }
    QTemporaryDir m_dir;
};

TEST_F(DbCommand, ImportThenExportGivesBackTheSameFile) {
    const CliRun imported =
        db({u"import"_s, golden(u"correct-busy-report", u"previous.nianbao.json"),
            golden(u"correct-busy-report"), golden(u"error-V3-unreadable")});
    ASSERT_EQ(imported.status, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(u"stored as report 3"_s)) << imported.out.toStdString();
    for (const auto& [id, file] : {std::pair{u"2"_s, golden(u"correct-busy-report")},
                                   std::pair{u"3"_s, golden(u"error-V3-unreadable")}}) {
        const QString out = m_dir.filePath(u"导出 "_s + id + u".nianbao.json"_s);
        const CliRun exported = db({u"export"_s, id, u"-o"_s, out});
        ASSERT_EQ(exported.status, 0) << exported.err.toStdString();
        EXPECT_EQ(test::readFile(out), test::readFile(file)) << id.toStdString();
    }
}

TEST_F(DbCommand, ListAndCheckUseLastYearsReportFromTheStore) {
    ASSERT_EQ(db({u"import"_s, golden(u"correct-busy-report", u"previous.nianbao.json"),
                  golden(u"error-R1-balance")})
                  .status,
              0);
    const CliRun list = db({u"list"_s});
    EXPECT_EQ(list.status, 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[1].startsWith(u"2\t某县市场监督管理局\t2024\t草稿\t2 errors, 2 warnings"_s))
        << lines[1].toStdString();
    const CliRun check = db({u"check"_s, u"2"_s});
    EXPECT_EQ(check.status, 1);
    EXPECT_TRUE(
        check.out.contains(u"提醒 X1 自然人列：上年结转 3，但上年报告结转下年度 2，相差 1"_s))
        << check.out.toStdString();
    EXPECT_EQ(db({u"check"_s, u"1"_s}).status, 0);
}

// The lines are written by hand into one buffer (issue 16): the translated counts keep their
// own wording around the figures, and the time its fixed width.
TEST_F(DbCommand, ListInChineseFillsTheTranslatedCounts) {
    ASSERT_EQ(db({u"import"_s, golden(u"error-R1-balance")}).status, 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NIANBAO_DB"_s, store());
    env.insert(u"LC_ALL"_s, u"zh_CN.UTF-8"_s);
    env.insert(u"LANG"_s, u"zh_CN.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    const CliRun list = nianbao({u"db"_s, u"list"_s}, env);
    EXPECT_EQ(list.status, 0) << list.err.toStdString();
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1);
    const QStringList fields = lines[0].split(u'\t');
    ASSERT_EQ(fields.size(), 6) << lines[0].toStdString();
    EXPECT_EQ(fields.mid(0, 5), (QStringList{u"1"_s, u"某县市场监督管理局"_s, u"2024"_s, u"草稿"_s,
                                             u"2 处错误，0 处提醒"_s}));
    EXPECT_TRUE(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s)
                    .match(fields[5])
                    .hasMatch())
        << fields[5].toStdString();
}

TEST_F(DbCommand, EnvironmentVariableNamesTheStore) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NIANBAO_DB"_s, store());
    EXPECT_EQ(nianbao({u"db"_s, u"import"_s, golden(u"correct-all-zero")}, env).status, 0);
    const CliRun list = nianbao({u"db"_s, u"list"_s, u"--json"_s}, env);
    EXPECT_EQ(list.status, 0);
    EXPECT_TRUE(list.out.contains(u"\"agency\": \"某县市场监督管理局\""_s))
        << list.out.toStdString();
}

TEST_F(DbCommand, BadInputExitsTwoWithAMessageAndKeepsTheRest) {
    QFile bad(m_dir.filePath(u"bad.nianbao.json"_s));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("{ not json");
    bad.close();
    const CliRun mixed = db({u"import"_s, bad.fileName(), golden(u"correct-all-zero")});
    EXPECT_EQ(mixed.status, 2);
    EXPECT_TRUE(mixed.err.contains(u"not a valid JSON file"_s)) << mixed.err.toStdString();
    EXPECT_TRUE(mixed.out.contains(u"stored as report 1"_s));

    CliRun r = db({u"export"_s, u"99"_s});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"no report 99"_s)) << r.err.toStdString();
    r = db({u"check"_s, u"abc"_s});
    EXPECT_EQ(r.status, 2);
    r = db({u"frobnicate"_s});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"unknown command \"frobnicate\""_s));
    r = db({u"export"_s, u"1"_s, u"-o"_s, m_dir.filePath(u"no/such/folder/x.json"_s)});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"cannot write"_s)) << r.err.toStdString();
}

TEST_F(DbCommand, ADamagedStoreIsRefusedAndCanBeRestoredFromItsBackup) {
    ASSERT_EQ(db({u"import"_s, golden(u"correct-all-zero")}).status, 0);
    // The first open of a day backs up the store as it was; the import came after today's
    // first open, so pretend a day has passed and open again.
    QDir(m_dir.filePath(u"store-backups"_s)).removeRecursively();
    ASSERT_EQ(db({u"list"_s}).status, 0);
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(store() + suffix);
    QFile damaged(store());
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(1000, 'x'));
    damaged.close();

    CliRun r = db({u"list"_s});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"not a Nianbao database"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"nianbao db restore"_s));
    r = db({u"restore"_s});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    r = db({u"list"_s});
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(r.out.startsWith(u"1\t某县市场监督管理局"_s)) << r.out.toStdString();
}

} // namespace

namespace {

// `nianbao export` through the real binary, with no display at all.
// Opening a cleanly closed store reads only its header; `db check` reads the whole file.
TEST_F(DbCommand, CheckFindsADamagedPageThatOpeningDoesNotRead) {
    ASSERT_EQ(db({u"import"_s, golden(u"correct-busy-report")}).status, 0);
    ASSERT_EQ(db({u"check"_s, u"1"_s}).status, 0);
    ASSERT_FALSE(QFile::exists(store() + u"-wal"_s)) << "closed cleanly";
    {
        QFile file(store());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(file.size() - 4096));
        file.write(QByteArray(4096, '\x5a'));
    }
    const CliRun r = db({u"check"_s, u"1"_s});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"is damaged"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"nianbao db restore"_s)) << r.err.toStdString();
}

TEST_F(DbCommand, ExportWritesPdfAndPngWithoutADisplay) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    const QString pdf = m_dir.filePath(u"北关区 年报.pdf"_s);
    const QString png = m_dir.filePath(u"pages"_s);
    CliRun r = nianbao(
        {u"export"_s, golden(u"correct-busy-report"), u"--pdf"_s, pdf, u"--png"_s, png}, env);
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("%PDF-"));
    EXPECT_GE(QDir(png).entryList({u"page-*.png"_s}).size(), 3);

    const QString html = m_dir.filePath(u"r.html"_s);
    r = nianbao({u"export"_s, golden(u"correct-busy-report"), u"--html"_s, html}, env);
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(test::readFile(html).contains("data-cell=\"t3.new.natural\">38</td>"));
    r = nianbao({u"export"_s, golden(u"correct-busy-report"), u"--pdfa"_s, u"--approval-page"_s,
                 u"--pdf"_s, pdf},
                env);
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    r = nianbao({u"export"_s, golden(u"correct-busy-report"), u"--pdf"_s, pdf, u"--frobnicate"_s},
                env);
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"unknown option \"--frobnicate\""_s)) << r.err.toStdString();
    r = nianbao({u"export"_s, m_dir.filePath(u"missing.json"_s), u"--pdf"_s, pdf}, env);
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"no such file"_s));
    r = nianbao({u"export"_s, golden(u"correct-busy-report")}, env);
    EXPECT_EQ(r.status, 2);
}

} // namespace

TEST_F(DbCommand, DumpWritesOneAgencysReportsAsSqlForTheUserAlone) {
    ASSERT_EQ(
        db({u"import"_s, golden(u"correct-busy-report"), golden(u"error-V3-unreadable")}).status,
        0);
    const QString agency = test::loadReport(golden(u"correct-busy-report")).agency;
    const QString out = m_dir.filePath(u"一个单位.sql"_s);
    const CliRun dumped = db({u"dump"_s, u"--agency"_s, agency, u"-o"_s, out});
    ASSERT_EQ(dumped.status, 0) << dumped.err.toStdString();
    const QString sql = QString::fromUtf8(test::readFile(out));
    EXPECT_TRUE(sql.contains(u"BEGIN;"_s) && sql.contains(u"COMMIT;"_s));
    EXPECT_TRUE(sql.contains(agency));
    EXPECT_EQ(sql.count(u"INSERT INTO report "_s), 2); // both of that agency's reports
    const CliRun other = db({u"dump"_s, u"--agency"_s, u"某县教育局"_s});
    EXPECT_EQ(other.status, 0);
    EXPECT_EQ(other.out.count(u"INSERT INTO report "_s), 0) << "another agency's reports";
    EXPECT_TRUE(other.err.contains(u"某县教育局"_s)) << other.err.toStdString();
    EXPECT_EQ(QFile::permissions(out) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
    const CliRun unnamed = db({u"dump"_s});
    EXPECT_EQ(unnamed.status, 2);
    EXPECT_TRUE(unnamed.err.contains(u"--agency"_s)) << unnamed.err.toStdString();
}
