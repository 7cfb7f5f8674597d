#include "model/storage/reportstore.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

Report busyReport() {
    Report r =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    r.setValue(test::cell(u"t3.denied_2.legal"), CellValue::dash());
    r.setValue(test::cell(u"t3.denied_3.legal"), CellValue::unreadable(u"O"_s));
    r.setValue(test::cell(u"t3.denied_4.legal"), CellValue::empty());
    r.setValue(test::cell(u"t2.fees.amount"), CellValue::of(*Decimal::parse(u"12.3450")));
    return r;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class Store : public ::testing::Test {
protected:
    QString dbPath() const { return m_dir.filePath(u"年报 store.sqlite"_s); }
    QTemporaryDir m_dir;
};

TEST_F(Store, RoundTripsEveryCellStateTextAndMetadata) {
    QString error;
    auto store = ReportStore::open(dbPath(), &error);
    ASSERT_TRUE(store) << error.toStdString();
    const Report original = busyReport();
    const auto id = store->create(original, &error);
    ASSERT_TRUE(id) << error.toStdString();
    store.reset();

    store = ReportStore::open(dbPath(), &error);
    ASSERT_TRUE(store) << error.toStdString();
    const auto loaded = store->load(*id, &error);
    ASSERT_TRUE(loaded) << error.toStdString();
    EXPECT_TRUE(*loaded == original);
    const auto listed = store->list();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].agency, u"某县市场监督管理局"_s);
    EXPECT_EQ(listed[0].year, 2024);
    EXPECT_EQ(listed[0].status, u"draft"_s);
}

TEST_F(Store, EveryEditIsWrittenAtOnceWithItsHistory) {
    QString error;
    auto store = ReportStore::open(dbPath(), &error);
    ASSERT_TRUE(store);
    const auto id = *store->create(busyReport(), &error);
    const CellRef cell = test::cell(u"t3.new.natural");
    ASSERT_TRUE(store->setCellValue(id, cell, CellValue::of(40), &error)) << error.toStdString();
    ASSERT_TRUE(store->setCellValue(id, cell, CellValue::empty(), &error)) << error.toStdString();
    const int problems = busyReport().form().findText(u"problems");
    ASSERT_TRUE(store->setText(id, problems, u"新的问题与整改。"_s, &error));
    store.reset(); // as if the app had been killed after the edits returned

    store = ReportStore::open(dbPath(), &error);
    const auto loaded = store->load(id, &error);
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(loaded->value(cell).isEmpty());
    EXPECT_EQ(loaded->text(problems), u"新的问题与整改。"_s);
    const auto history = store->history(id, u"t3.new.natural"_s);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].oldValue, u"38"_s);
    EXPECT_EQ(history[0].newValue, u"40"_s);
    EXPECT_EQ(history[1].oldValue, u"40"_s);
    EXPECT_EQ(history[1].newValue, QString());
    EXPECT_FALSE(history[0].user.isEmpty());
    EXPECT_TRUE(history[0].at.isValid());
}

TEST_F(Store, UsesWalWithFullSyncAndTheCurrentSchemaVersion) {
    QString error;
    auto store = ReportStore::open(dbPath(), &error);
    ASSERT_TRUE(store);
    store.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(dbPath());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        EXPECT_EQ(q.value(0).toString(), u"wal"_s);
        ASSERT_TRUE(q.exec(u"PRAGMA user_version"_s) && q.next());
        EXPECT_EQ(q.value(0).toInt(), ReportStore::kSchemaVersion);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

TEST_F(Store, ANewerDatabaseIsRefusedAndLeftUntouched) {
    QString error;
    ReportStore::open(dbPath(), &error).reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(dbPath());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"PRAGMA journal_mode=DELETE"_s));
        ASSERT_TRUE(q.exec(u"PRAGMA user_version=99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    const QByteArray before = fileBytes(dbPath());
    EXPECT_FALSE(ReportStore::open(dbPath(), &error));
    EXPECT_TRUE(error.contains(u"newer version"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"99"_s));
    EXPECT_EQ(fileBytes(dbPath()), before);
}

TEST_F(Store, RandomBytesTruncatedFilesAndFoldersAreRefused) {
    QString error;
    QFile random(dbPath());
    ASSERT_TRUE(random.open(QIODevice::WriteOnly));
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = static_cast<char>((i * 7919) % 251);
    random.write(noise);
    random.close();
    EXPECT_FALSE(ReportStore::open(dbPath(), &error));
    EXPECT_TRUE(error.contains(u"not a Nianbao database"_s)) << error.toStdString();
    EXPECT_EQ(fileBytes(dbPath()), noise);

    // A real database cut in half keeps its header but fails the quick check.
    const QString real = m_dir.filePath(u"real.sqlite"_s);
    {
        auto store = ReportStore::open(real, &error);
        ASSERT_TRUE(store) << error.toStdString();
        for (int i = 0; i < 20; ++i)
            ASSERT_TRUE(store->create(busyReport(), &error));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"checkpoint"_s);
        db.setDatabaseName(real);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"PRAGMA journal_mode=DELETE"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"checkpoint"_s);
    QFile file(real);
    ASSERT_TRUE(file.resize(file.size() / 2));
    const QByteArray truncated = fileBytes(real);
    EXPECT_FALSE(ReportStore::open(real, &error));
    EXPECT_TRUE(error.contains(u"damaged"_s)) << error.toStdString();
    EXPECT_EQ(fileBytes(real), truncated);

    EXPECT_FALSE(ReportStore::open(m_dir.path(), &error));
    EXPECT_TRUE(error.contains(u"folder"_s));
}

} // namespace
