// `nianbao board` and `nianbao summary` through the real binary, against a store made in a
// temporary folder through the store's API.
#include "model/core/json.h"
#include "model/storage/reportstore.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

class BoardCommand : public ::testing::Test {
protected:
    void SetUp() override {
        ReportStore::Options options;
        options.dailyBackup = false;
        QString error;
        auto store = ReportStore::open(store_(), options, &error);
        ASSERT_TRUE(store) << error.toStdString();
        for (const QString& unit : {u"县财政局"_s, u"县民政局"_s}) {
            Report r = test::loadReport(
                test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
            r.agency = unit;
            r.year = 2024;
            ASSERT_TRUE(store->create(r, &error)) << error.toStdString();
        }
        ASSERT_TRUE(store->addUnit(u"城关镇人民政府"_s, AgencyLevel::Township, &error));
    }

    struct Run {
        int status = -1;
        QString out;
        QString err;
    };
    Run nianbao(const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NIANBAO_DB"_s, store_());
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(QString::fromUtf8(NIANBAO_EXE), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString store_() const { return m_dir.filePath(u"store.sqlite"_s); }
    QTemporaryDir m_dir;
};

TEST_F(BoardCommand, ListsEveryUnitAsJsonAndExitsOneWhenSomeAreLate) {
    Run r =
        nianbao({u"board"_s, u"--year"_s, u"2024"_s, u"--json"_s, u"--today"_s, u"2025-01-21"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    JsonError error;
    const auto root = parseJson(r.out.toUtf8(), &error);
    ASSERT_TRUE(root) << error.message.toStdString();
    const JsonValue* units = root->member(u"units");
    ASSERT_TRUE(units);
    ASSERT_EQ(units->elements.size(), 3u);
    QStringList statuses;
    for (const JsonValue& unit : units->elements) {
        statuses << unit.member(u"status")->text;
        EXPECT_EQ(unit.member(u"days_to_deadline")->text, u"10"_s);
    }
    statuses.sort();
    EXPECT_EQ(statuses, (QStringList{u"draft"_s, u"draft"_s, u"not_started"_s}));

    r = nianbao({u"board"_s, u"--year"_s, u"2024"_s, u"--today"_s, u"2025-02-03"_s});
    EXPECT_EQ(r.status, 1) << r.out.toStdString(); // three units late
    EXPECT_TRUE(r.out.contains(u"-3 day(s)"_s)) << r.out.toStdString();
}

TEST_F(BoardCommand, ReturnsAReportWithItsReasonAndRefusesBadInput) {
    Run r = nianbao({u"board"_s, u"return"_s, u"--unit"_s, u"县财政局"_s, u"--year"_s, u"2024"_s,
                     u"--reason"_s, u"请核对表三"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = nianbao({u"board"_s, u"--year"_s, u"2024"_s, u"--today"_s, u"2025-01-01"_s});
    EXPECT_TRUE(r.out.contains(u"returned: 请核对表三"_s)) << r.out.toStdString();
    r = nianbao({u"board"_s, u"return"_s, u"--unit"_s, u"县水利局"_s, u"--year"_s, u"2024"_s,
                 u"--reason"_s, u"x"_s});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"县水利局"_s)) << r.err.toStdString();
    r = nianbao({u"board"_s, u"--year"_s, u"twenty"_s});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"twenty"_s)) << r.err.toStdString();
    r = nianbao({u"board"_s, u"--year"_s});
    EXPECT_EQ(r.status, 2);
}

TEST_F(BoardCommand, SummaryWritesCsvXlsxAndPdfAndKeepsAnOldFileItCannotReplace) {
    for (const QString& name : {u"sum.csv"_s, u"sum.xlsx"_s, u"sum.pdf"_s}) {
        const Run r = nianbao({u"summary"_s, u"--year"_s, u"2024"_s, u"--county"_s, u"某县"_s,
                               u"-o"_s, m_dir.filePath(name)});
        EXPECT_EQ(r.status, 0) << name.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(u"汇总单位（2个）"_s)) << r.out.toStdString();
        EXPECT_GT(QFileInfo(m_dir.filePath(name)).size(), 200) << name.toStdString();
    }
    const QByteArray csv = test::readFile(m_dir.filePath(u"sum.csv"_s));
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));

    const QString old = m_dir.filePath(QString(u'x').repeated(251) + u".csv"_s);
    {
        QFile f(old);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    Run r = nianbao({u"summary"_s, u"--year"_s, u"2024"_s, u"-o"_s, old});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(test::readFile(old), QByteArray("old"));
    r = nianbao({u"summary"_s, u"--year"_s, u"2024"_s, u"--unit"_s, u"县水利局"_s, u"-o"_s,
                 m_dir.filePath(u"none.csv"_s)});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"县水利局"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(u"none.csv"_s)));
}

} // namespace
