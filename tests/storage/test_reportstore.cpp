#include "model/core/reportjson.h"
#include "model/core/validator.h"
#include "model/storage/reportstore.h"
#include "tests/storage/storebackend.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
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
    r.extraKeys.push_back({u"contact"_s, JsonValue::string(u"张三 0372-1234567"_s)});
    return r;
}

Report correctReport(const char16_t* name = u"correct-busy-report") {
    return test::loadReport(
        test::dataPath(u"golden/"_s + QString::fromUtf16(name) + u"/report.nianbao.json"_s));
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs SQL on a database file outside the store, as another tool would.
void rawSql(const QString& path, const QStringList& statements) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

// The first row's column `column` (every row's, one a line, for EXPLAIN QUERY PLAN's 3).
QString rawValue(const QString& path, const QString& sql, int column = 0) {
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                value = q.value(column).toString();
                while (column > 0 && q.next())
                    value += u'\n' + q.value(column).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return value;
}

// The store's promises, on an SQLite file and on a PostgreSQL server alike.
class EveryStore : public test::OnEveryBackend {};
NIANBAO_ON_EVERY_BACKEND(EveryStore);

// What only a store in an SQLite file has: its file, lock, backups and damage.
class Store : public ::testing::Test {
protected:
    QString dbPath() const { return m_dir.filePath(u"年报 store.sqlite"_s); }

    std::unique_ptr<ReportStore> openStore(const QString& path = {}) {
        ReportStore::Options options;
        options.dailyBackup = false;
        QString error;
        auto store = ReportStore::open(path.isEmpty() ? dbPath() : path, options, &error);
        EXPECT_TRUE(store) << error.toStdString();
        return store;
    }

    QTemporaryDir m_dir;
};

TEST_P(EveryStore, RoundTripsEveryCellStateTextAndMetadata) {
    auto store = openStore();
    const Report original = busyReport();
    QString error;
    const auto id = store->create(original, &error);
    ASSERT_TRUE(id) << error.toStdString();
    store.reset();

    store = openStore();
    const auto loaded = store->load(*id, &error);
    ASSERT_TRUE(loaded) << error.toStdString();
    EXPECT_TRUE(*loaded == original);
    EXPECT_EQ(ReportJson::toJson(*loaded), ReportJson::toJson(original));
    const auto listed = store->list();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].agency, u"某县市场监督管理局"_s);
    EXPECT_EQ(listed[0].year, 2024);
    EXPECT_EQ(listed[0].status, ReportStatus::Draft);
    EXPECT_EQ(listed[0].errors, 3); // V3: one cell empty, one dash, one unreadable
    EXPECT_TRUE(listed[0].modified.isValid());
}

TEST_P(EveryStore, EveryEditIsWrittenAtOnceWithACompactHistory) {
    auto store = openStore();
    QString error;
    const auto id = *store->create(correctReport(), &error);
    const CellRef cell = test::cell(u"t3.new.natural");
    ASSERT_TRUE(store->setCellValue(id, cell, CellValue::of(40), &error)) << error.toStdString();
    ASSERT_TRUE(store->setCellValue(id, cell, CellValue::of(41), &error));
    ASSERT_TRUE(store->setCellValue(id, cell, CellValue::empty(), &error)) << error.toStdString();
    const int problems = correctReport().form().findText(u"problems");
    ASSERT_TRUE(store->setText(id, problems, u"新的问题"_s, &error));
    ASSERT_TRUE(store->setText(id, problems, u"新的问题与整改。"_s, &error));
    ASSERT_TRUE(store->setCellValue(id, cell, CellValue::of(7), &error));
    store.reset(); // as if the app had been closed or killed after the calls returned

    store = openStore();
    const auto loaded = store->load(id, &error);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->value(cell), CellValue::of(7));
    EXPECT_EQ(loaded->text(problems), u"新的问题与整改。"_s);
    // A burst of edits of one target folds into one entry; another target in between splits.
    const auto history = store->history(id, u"t3.new.natural"_s);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].oldValue, u"38"_s);
    EXPECT_EQ(history[0].newValue, QString());
    EXPECT_EQ(history[1].oldValue, QString());
    EXPECT_EQ(history[1].newValue, u"7"_s);
    EXPECT_FALSE(history[0].user.isEmpty());
    EXPECT_LE(std::abs(history[0].at.secsTo(QDateTime::currentDateTimeUtc())), 60);
    const auto textHistory = store->history(id, u"problems"_s);
    ASSERT_EQ(textHistory.size(), 1u);
    EXPECT_EQ(textHistory[0].newValue, u"新的问题与整改。"_s);
}

TEST_P(EveryStore, AnEarlierValueIsRestoredFromTheHistory) {
    auto store = openStore();
    QString error;
    const auto id = *store->create(correctReport(), &error);
    const CellRef cell = test::cell(u"t4.review.pending");
    ASSERT_TRUE(store->setCellValue(id, cell, CellValue::of(9), &error));
    const int part = correctReport().form().findText(u"problems");
    ASSERT_TRUE(store->setText(id, part, u"改过的文字"_s, &error));
    const auto cellHistory = store->history(id, u"t4.review.pending"_s);
    ASSERT_EQ(cellHistory.size(), 1u);
    ASSERT_TRUE(store->restore(id, cellHistory[0], &error)) << error.toStdString();
    ASSERT_TRUE(store->restore(id, store->history(id, u"problems"_s).at(0), &error));
    const auto report = store->load(id, &error);
    EXPECT_EQ(report->value(cell), CellValue::of(1));
    EXPECT_EQ(report->text(part), correctReport().text(part));
    // The restore is an edit of its own (the text edit in between ended the first burst).
    const auto after = store->history(id, u"t4.review.pending"_s);
    ASSERT_EQ(after.size(), 2u);
    EXPECT_EQ(after[1].oldValue, u"9"_s);
    EXPECT_EQ(after[1].newValue, u"1"_s);
}

TEST_F(Store, UsesWalWithFullSyncForeignKeysAndTheCurrentVersion) {
    openStore().reset();
    openStore().reset(); // reopening a current database migrates nothing
    EXPECT_FALSE(QFile::exists(dbPath() + u".before-v%1.bak"_s.arg(ReportStore::kSchemaVersion)));
    EXPECT_EQ(rawValue(dbPath(), u"PRAGMA journal_mode"_s), u"wal"_s);
    EXPECT_EQ(rawValue(dbPath(), u"PRAGMA user_version"_s).toInt(), ReportStore::kSchemaVersion);
}

TEST_F(Store, MigratesAVersionOneDatabaseAfterBackingItUp) {
    const QString path = m_dir.filePath(u"old.sqlite"_s);
    ASSERT_TRUE(QFile::copy(test::dataPath(u"store/v1.sqlite"_s), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = fileBytes(path);
    auto store = openStore(path);
    ASSERT_TRUE(store);
    EXPECT_EQ(fileBytes(path + u".before-v%1.bak"_s.arg(ReportStore::kSchemaVersion)), original);
    const auto list = store->list();
    ASSERT_EQ(list.size(), 1u);
    QString error;
    const auto report = store->load(list[0].id, &error);
    ASSERT_TRUE(report) << error.toStdString();
    Report expected = correctReport();
    EXPECT_TRUE(*report == expected);
    EXPECT_EQ(store->history(list[0].id, u"t4.review.upheld"_s).size(), 2u);
    // New tables work on the migrated file.
    EXPECT_TRUE(
        store->acknowledge(list[0].id, u"X1|t3.carried_in.natural"_s, u"机构改革"_s, &error));
    store.reset();
    EXPECT_EQ(rawValue(path, u"PRAGMA user_version"_s).toInt(), ReportStore::kSchemaVersion);
}

TEST_F(Store, AFailedMigrationChangesNothing) {
    const QString path = m_dir.filePath(u"broken.sqlite"_s);
    ASSERT_TRUE(QFile::copy(test::dataPath(u"store/v1.sqlite"_s), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // Version 2 creates this table: the migration will fail half way.
    rawSql(path, {u"CREATE TABLE finalization (x)"_s});
    QString error;
    ReportStore::Options options;
    options.dailyBackup = false;
    EXPECT_FALSE(ReportStore::open(path, options, &error));
    EXPECT_TRUE(error.contains(u"nothing was changed"_s)) << error.toStdString();
    EXPECT_EQ(rawValue(path, u"PRAGMA user_version"_s).toInt(), 1);
    EXPECT_EQ(
        rawValue(path, u"SELECT count(*) FROM pragma_table_info('report') WHERE name = 'deleted'"_s)
            .toInt(),
        0);
    EXPECT_EQ(rawValue(path, u"SELECT count(*) FROM cell"_s).toInt(), 200);
}

TEST_F(Store, ANewerDatabaseIsRefusedAndLeftUntouched) {
    openStore().reset();
    rawSql(dbPath(), {u"PRAGMA journal_mode=DELETE"_s, u"PRAGMA user_version=99"_s});
    const QByteArray before = fileBytes(dbPath());
    QString error;
    EXPECT_FALSE(ReportStore::open(dbPath(), &error));
    EXPECT_TRUE(error.contains(u"newer version"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"99"_s));
    EXPECT_EQ(fileBytes(dbPath()), before);
}

TEST_F(Store, DamagedFilesAreRefusedLeftUntouchedAndTheBackupIsOffered) {
    // A report was saved; the next day's session opened the store and made its backup.
    {
        QString error;
        auto store = openStore();
        ASSERT_TRUE(store->create(correctReport(), &error));
    }
    {
        QString error;
        auto store = ReportStore::open(dbPath(), &error);
        ASSERT_TRUE(store) << error.toStdString();
    }
    QStringList backups = ReportStore::backups(dbPath());
    ASSERT_EQ(backups.size(), 1);

    QFile::remove(dbPath() + u"-wal"_s);
    QFile::remove(dbPath() + u"-shm"_s);
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = static_cast<char>((i * 7919) % 251);
    {
        QFile random(dbPath());
        ASSERT_TRUE(random.open(QIODevice::WriteOnly | QIODevice::Truncate));
        random.write(noise);
    }
    QString error;
    EXPECT_FALSE(ReportStore::open(dbPath(), &error));
    EXPECT_TRUE(error.contains(u"not a Nianbao database"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(backups.first())) << error.toStdString();
    EXPECT_EQ(fileBytes(dbPath()), noise);

    const auto aside = ReportStore::restoreLatestBackup(dbPath(), &error);
    ASSERT_TRUE(aside) << error.toStdString();
    EXPECT_EQ(fileBytes(*aside), noise); // the damaged file is kept, never overwritten
    auto restored = openStore();
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->list().size(), 1u);
}

TEST_F(Store, ATruncatedDatabaseFailsTheQuickCheck) {
    {
        auto store = openStore();
        QString error;
        for (int i = 0; i < 20; ++i)
            ASSERT_TRUE(store->create(busyReport(), &error));
    }
    rawSql(dbPath(), {u"PRAGMA journal_mode=DELETE"_s});
    QFile file(dbPath());
    ASSERT_TRUE(file.resize(file.size() / 2));
    const QByteArray truncated = fileBytes(dbPath());
    QString error;
    EXPECT_FALSE(ReportStore::open(dbPath(), &error));
    EXPECT_TRUE(error.contains(u"damaged"_s)) << error.toStdString();
    EXPECT_EQ(fileBytes(dbPath()), truncated);
}

TEST_F(Store, FoldersAndUnwritablePlacesGetAClearMessage) {
    QString error;
    EXPECT_FALSE(ReportStore::open(m_dir.path(), &error));
    EXPECT_TRUE(error.contains(u"folder"_s)) << error.toStdString();

    // A missing folder is created.
    auto store = openStore(m_dir.filePath(u"new/sub/nianbao.sqlite"_s));
    EXPECT_TRUE(store);

    // A folder that cannot exist: its parent is a file.
    QFile blocker(m_dir.filePath(u"blocker"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    EXPECT_FALSE(ReportStore::open(m_dir.filePath(u"blocker/nianbao.sqlite"_s), &error));
    EXPECT_TRUE(error.contains(u"cannot be created"_s)) << error.toStdString();

    // A read-only folder (root ignores permissions, so this part needs an ordinary user).
    if (::geteuid() != 0) {
        const QString locked = m_dir.filePath(u"locked"_s);
        QDir().mkpath(locked);
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
        EXPECT_FALSE(ReportStore::open(locked + u"/nianbao.sqlite"_s, &error));
        EXPECT_FALSE(error.isEmpty());
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

TEST_F(Store, AFullDiskIsReportedAndLosesNothing) {
    QString error;
    qint64 id = 0;
    {
        auto store = openStore();
        id = *store->create(correctReport(), &error);
        ASSERT_TRUE(store->setCellValue(id, test::cell(u"t2.coercion.decisions"), CellValue::of(30),
                                        &error));
        store->limitSizeForTesting(1); // no room for one more page
        const int part = correctReport().form().findText(u"overview.platform");
        const QString longText(200000, QChar(u'字'));
        EXPECT_FALSE(store->setText(id, part, longText, &error));
        EXPECT_TRUE(error.contains(u"disk is full"_s)) << error.toStdString();
    }
    auto store = openStore();
    const auto report = store->load(id, &error);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->value(test::cell(u"t2.coercion.decisions")), CellValue::of(30));
    EXPECT_EQ(report->text(report->form().findText(u"overview.platform")),
              correctReport().text(report->form().findText(u"overview.platform")));
    EXPECT_TRUE(store->integrityCheck(&error));
}

TEST_F(Store, ASecondProcessIsRefusedWithTheOwnersName) {
    auto store = openStore();
    QProcess other;
    other.start(QString::fromUtf8(NIANBAO_STORE_HELPER), {u"open"_s, dbPath()});
    ASSERT_TRUE(other.waitForFinished(10000));
    EXPECT_EQ(other.exitCode(), 3);
    const QString message = QString::fromUtf8(other.readAllStandardError());
    EXPECT_TRUE(message.contains(u"in use by another Nianbao"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::number(QCoreApplication::applicationPid())))
        << message.toStdString();
    store.reset();
    other.start(QString::fromUtf8(NIANBAO_STORE_HELPER), {u"open"_s, dbPath()});
    ASSERT_TRUE(other.waitForFinished(10000));
    EXPECT_EQ(other.exitCode(), 0) << other.readAllStandardError().toStdString();
}

TEST_P(EveryStore, LifecycleDuplicateRenameTrashRestore) {
    auto store = openStore();
    QString error;
    const auto id = *store->create(correctReport(), &error);
    const auto copy = store->duplicate(id, &error);
    ASSERT_TRUE(copy) << error.toStdString();
    EXPECT_NE(*copy, id);
    EXPECT_TRUE(*store->load(*copy, &error) == *store->load(id, &error));
    ASSERT_TRUE(store->rename(*copy, u"某县市场监督管理局（副本）"_s, &error));
    EXPECT_EQ(store->load(*copy, &error)->agency, u"某县市场监督管理局（副本）"_s);
    EXPECT_EQ(store->history(*copy, u"metadata"_s).size(), 1u);
    EXPECT_FALSE(store->rename(*copy, u"  "_s, &error));

    ASSERT_TRUE(store->moveToTrash(*copy, &error));
    EXPECT_EQ(store->list().size(), 1u);
    ASSERT_EQ(store->trash().size(), 1u);
    EXPECT_TRUE(store->trash()[0].deleted.isValid());
    EXPECT_FALSE(
        store->setCellValue(*copy, test::cell(u"t3.new.natural"), CellValue::of(1), &error));
    EXPECT_TRUE(error.contains(u"trash"_s));
    ASSERT_TRUE(store->restoreFromTrash(*copy, &error));
    EXPECT_EQ(store->list().size(), 2u);
    EXPECT_FALSE(store->restoreFromTrash(*copy, &error));
}

TEST_P(EveryStore, NextYearsReportStartsFromLastYears) {
    auto store = openStore();
    QString error;
    Report last = correctReport();
    last.year = 2023;
    const auto lastId = *store->create(last, &error);
    const auto nextId = store->createNextYear(lastId, &error);
    ASSERT_TRUE(nextId) << error.toStdString();
    const auto next = store->load(*nextId, &error);
    EXPECT_EQ(next->agency, last.agency);
    EXPECT_EQ(next->year, 2024);
    EXPECT_EQ(next->level, last.level);
    for (const char16_t* column :
         {u"natural", u"business", u"research", u"nonprofit", u"legal", u"other_org", u"total"}) {
        const QString c = QString::fromUtf16(column);
        EXPECT_EQ(next->value(*next->form().findCell(u"t3.carried_in."_s + c)),
                  last.value(*last.form().findCell(u"t3.carried_over."_s + c)))
            << c.toStdString();
    }
    EXPECT_TRUE(next->value(test::cell(u"t3.new.natural")).isEmpty());
    const auto previous = store->previousYear(*nextId);
    ASSERT_TRUE(previous);
    EXPECT_EQ(previous->year, 2023);
    EXPECT_FALSE(store->createNextYear(lastId, &error)); // 2024 exists already
    EXPECT_TRUE(error.contains(u"already has a report for 2024"_s)) << error.toStdString();
    // The list checks each report against last year's: carry-over agrees, so no X1.
    for (const auto& info : store->list()) {
        if (info.id == *nextId) {
            EXPECT_GT(info.errors, 0); // mostly empty: V3
        }
    }
}

TEST_P(EveryStore, FinalizeNeedsNoErrorsAndReasonsForWarnings) {
    auto store = openStore();
    QString error;
    Report report = correctReport();
    report.setValue(test::cell(u"t3.carried_in.natural"), CellValue::of(3)); // R1 error
    const auto id = *store->create(report, &error);
    const Approval approval{QDate(2025, 1, 20), u"李四"_s, u"王五"_s, u"赵六"_s};
    EXPECT_FALSE(store->finalize(id, approval, &error));
    EXPECT_TRUE(error.contains(u"error"_s)) << error.toStdString();

    ASSERT_TRUE(
        store->setCellValue(id, test::cell(u"t3.carried_in.natural"), CellValue::of(2), &error));
    ASSERT_TRUE(
        store->setCellValue(id, test::cell(u"t2.fees.amount"), CellValue::of(25100), &error)); // V5
    EXPECT_FALSE(store->finalize(id, approval, &error));
    EXPECT_TRUE(error.contains(u"1 warning(s) without a written reason"_s)) << error.toStdString();

    const auto findings = Validator::check(*store->load(id, &error));
    ASSERT_EQ(findings.size(), 1u);
    const QString key = findingKey(findings[0], report.form());
    EXPECT_EQ(key, u"V5|t2.fees.amount"_s);
    EXPECT_FALSE(store->acknowledge(id, key, u"  "_s, &error));
    ASSERT_TRUE(store->acknowledge(id, key, u"本年收取的不动产登记费确为 2.51 亿元"_s, &error));
    ASSERT_TRUE(store->finalize(id, approval, &error)) << error.toStdString();

    EXPECT_EQ(store->status(id), ReportStatus::Finalized);
    EXPECT_FALSE(store->setCellValue(id, test::cell(u"t3.new.natural"), CellValue::of(1), &error));
    EXPECT_TRUE(error.contains(u"finalized"_s)) << error.toStdString();
    EXPECT_FALSE(store->setText(id, 0, u"改"_s, &error));
    const auto frozen = store->finalization(id);
    ASSERT_TRUE(frozen);
    EXPECT_EQ(frozen->approval.preparer, u"李四"_s);
    EXPECT_EQ(frozen->approval.date, QDate(2025, 1, 20));
    EXPECT_EQ(frozen->hash, ReportJson::contentHash(*store->load(id, &error)));
    EXPECT_TRUE(*ReportJson::fromJson(frozen->frozen, &error) == *store->load(id, &error));

    EXPECT_FALSE(store->reopen(id, QString(), &error));
    ASSERT_TRUE(store->reopen(id, u"上级要求补充说明"_s, &error)) << error.toStdString();
    EXPECT_EQ(store->status(id), ReportStatus::Draft);
    EXPECT_FALSE(store->finalization(id));
    const auto statusHistory = store->history(id, u"status"_s);
    ASSERT_FALSE(statusHistory.empty());
    EXPECT_TRUE(statusHistory.back().newValue.contains(u"上级要求补充说明"_s));
    EXPECT_TRUE(store->setCellValue(id, test::cell(u"t3.new.natural"), CellValue::of(38), &error));
}

TEST_P(EveryStore, ContentHashIsStableAndChangesWithAnyValueOrText) {
    auto store = openStore();
    QString error;
    const Report report = correctReport();
    const auto id = *store->create(report, &error);
    const QString hash = ReportJson::contentHash(report);
    EXPECT_EQ(hash.size(), 64);
    store.reset();
    store = openStore();
    EXPECT_EQ(ReportJson::contentHash(*store->load(id, &error)), hash);

    Report changed = report;
    changed.setValue(test::cell(u"t4.review.upheld"), CellValue::of(4));
    EXPECT_NE(ReportJson::contentHash(changed), hash);
    changed = report;
    changed.setValue(test::cell(u"t2.fees.amount"), CellValue::of(*Decimal::parse(u"12.34560")));
    EXPECT_NE(ReportJson::contentHash(changed), hash); // what prints changes: 12.34560
    changed = report;
    changed.setText(2, report.text(2) + u"。"_s);
    EXPECT_NE(ReportJson::contentHash(changed), hash);
    changed = report;
    changed.extraKeys.push_back({u"note"_s, JsonValue::string(u"x"_s)});
    EXPECT_EQ(ReportJson::contentHash(changed), hash); // not content
}

TEST_F(Store, ALockLeftUnderThisProcesssNumberIsStaleButOneWeHoldIsNot) {
    // A process that died with the database open left its lock; Wine and containers then give
    // the same small process number to the next Nianbao.
    QFile lock(dbPath() + u".lock"_s);
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(QCoreApplication::applicationPid()) + "\nnianbao\n" +
               QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    EXPECT_FALSE(ReportStore::isInUse(dbPath()));
    auto store = openStore();
    ASSERT_TRUE(store);
    // Now it is really ours: a second store on the same file is refused.
    EXPECT_TRUE(ReportStore::isInUse(dbPath()));
    QString error;
    EXPECT_FALSE(ReportStore::open(dbPath(), &error));
    EXPECT_TRUE(error.contains(u"in use by another Nianbao"_s)) << error.toStdString();
    store.reset();
    EXPECT_FALSE(ReportStore::isInUse(dbPath()));
    EXPECT_TRUE(openStore());
}

TEST_F(Store, ABackupIsNeverRestoredUnderARunningNianbao) {
    QString error;
    {
        auto store = ReportStore::open(dbPath(), &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_TRUE(store->create(correctReport(), &error));
    }
    ASSERT_TRUE(ReportStore::open(dbPath(), &error)) << error.toStdString(); // today's backup
    ASSERT_FALSE(ReportStore::backups(dbPath()).isEmpty());
    auto store = openStore();
    EXPECT_FALSE(ReportStore::restoreLatestBackup(dbPath(), &error));
    EXPECT_TRUE(error.contains(u"in use by another Nianbao"_s)) << error.toStdString();
    EXPECT_EQ(store->list().size(), 1u); // untouched
    store.reset();
    EXPECT_TRUE(ReportStore::restoreLatestBackup(dbPath(), &error)) << error.toStdString();
}

TEST_F(Store, KeepsOneBackupADayForTheLastSevenDays) {
    QString error;
    for (int day = 1; day <= 9; ++day) {
        ReportStore::Options options;
        options.today = QDate(2025, 1, day);
        auto store = ReportStore::open(dbPath(), options, &error);
        ASSERT_TRUE(store) << error.toStdString();
        if (day == 1) {
            ASSERT_TRUE(store->create(correctReport(), &error));
        }
    }
    const QStringList backups = ReportStore::backups(dbPath());
    ASSERT_EQ(backups.size(), ReportStore::kBackupsKept);
    EXPECT_TRUE(backups.first().endsWith(u"2025-01-09.sqlite"_s)) << backups.first().toStdString();
    EXPECT_TRUE(backups.last().endsWith(u"2025-01-03.sqlite"_s));
    auto copy = openStore(backups.first());
    ASSERT_TRUE(copy);
    EXPECT_EQ(copy->list().size(), 1u);
}

TEST(StorePath, CommandLineThenEnvironmentThenAppData) {
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("NIANBAO_DB");
    EXPECT_TRUE(ReportStore::resolvePath({}).endsWith(u"/nianbao.sqlite"_s));
    qputenv("NIANBAO_DB", "/tmp/from-env.sqlite");
    EXPECT_EQ(ReportStore::resolvePath({}), u"/tmp/from-env.sqlite"_s);
    EXPECT_EQ(ReportStore::resolvePath(u"/tmp/from-cli.sqlite"_s), u"/tmp/from-cli.sqlite"_s);
    qunsetenv("NIANBAO_DB");
}

} // namespace

namespace {

// Day 300: the newest history entry is found from an index, not by sorting the report's
// history at every keystroke, and a burst of typing in one cell folds into one entry.
TEST_F(Store, AKeystrokeNeitherSortsTheHistoryNorWritesTotalsHistory) {
    auto store = openStore();
    QString error;
    const qint64 id = *store->create(correctReport(), &error);
    for (int k = 0; k < 40; ++k)
        ASSERT_TRUE(
            store->setCellValue(id, test::cell(u"t3.new.natural"), CellValue::of(100 + k), &error))
            << error.toStdString();
    const auto entries = store->history(id, u"t3.new.natural"_s);
    ASSERT_EQ(entries.size(), 1u) << "a burst of one cell folds into one entry";
    EXPECT_EQ(entries[0].newValue, u"139"_s);
    EXPECT_TRUE(store->history(id, u"t3.new.total"_s).empty()) << "totals are derived";
    store.reset();
    const QString plan =
        rawValue(dbPath(),
                 u"EXPLAIN QUERY PLAN SELECT id, target, at, user FROM history WHERE report = 1 "
                 u"ORDER BY id DESC LIMIT 1"_s,
                 3);
    EXPECT_FALSE(plan.contains(u"TEMP B-TREE"_s)) << plan.toStdString();
    EXPECT_TRUE(plan.contains(u"history_report"_s)) << plan.toStdString();
}

// Listing uses the counts kept with each report (schema 4); they must never go stale.
std::pair<int, int> freshCounts(ReportStore& store, qint64 id) {
    QString error;
    const auto report = store.load(id, &error);
    const auto previous = store.previousYear(id);
    const auto findings = Validator::check(*report, previous ? &*previous : nullptr);
    return {Validator::countOf(findings, Severity::Error),
            Validator::countOf(findings, Severity::Warning)};
}

std::pair<int, int> listedCounts(ReportStore& store, qint64 id) {
    for (const auto& info : store.list()) {
        if (info.id == id)
            return {info.errors, info.warnings};
    }
    return {-1, -1};
}

TEST_P(EveryStore, ListedCountsFollowEditsOfTheReportAndOfLastYears) {
    auto store = openStore();
    QString error;
    const qint64 previousId = *store->create(
        test::loadReport(test::dataPath(u"golden/correct-busy-report/previous.nianbao.json"_s)),
        &error);
    const qint64 id = *store->create(correctReport(), &error);
    const auto clean = listedCounts(*store, id);
    EXPECT_EQ(clean, freshCounts(*store, id));
    // Kept: a second listing reads them from the report's row.
    EXPECT_EQ(rawValue(u"SELECT errors FROM report WHERE id = %1"_s.arg(id)).toInt(), clean.first);

    // An edit of the report itself (R1: the table no longer balances).
    ASSERT_TRUE(
        store->setCellValue(id, test::cell(u"t3.new.natural"), CellValue::of(99999), &error));
    const auto broken = listedCounts(*store, id);
    EXPECT_EQ(broken, freshCounts(*store, id));
    EXPECT_GT(broken.first, clean.first);
    ASSERT_TRUE(store->setCellValue(id, test::cell(u"t3.new.natural"),
                                    correctReport().value(test::cell(u"t3.new.natural")), &error));
    EXPECT_EQ(listedCounts(*store, id), clean);

    // An edit of last year's report changes this year's counts (the cross-year rules).
    Report lastYear = *store->load(previousId, &error);
    std::vector<std::pair<CellRef, CellValue>> changed;
    for (const auto& cell : lastYear.form().cells()) {
        if (cell.id.startsWith(u"t3.") && !cell.isTotal)
            changed.emplace_back(cell.ref, CellValue::of(777));
    }
    ASSERT_TRUE(store->setCellValues(previousId, changed, &error)) << error.toStdString();
    const auto afterLastYear = listedCounts(*store, id);
    EXPECT_EQ(afterLastYear, freshCounts(*store, id));
    EXPECT_NE(afterLastYear, clean);

    // Last year's report goes to the trash: this year's has nothing to compare with.
    ASSERT_TRUE(store->moveToTrash(previousId, &error));
    EXPECT_EQ(listedCounts(*store, id), freshCounts(*store, id));
    ASSERT_TRUE(store->restoreFromTrash(previousId, &error));
    EXPECT_EQ(listedCounts(*store, id), afterLastYear);

    // A text, and a change of year (last year's report is no longer last year's).
    ASSERT_TRUE(store->setText(id, 0, u"本年度无。"_s, &error));
    EXPECT_EQ(listedCounts(*store, id), freshCounts(*store, id));
    const Report current = *store->load(id, &error);
    ASSERT_TRUE(store->setMetadata(id, current.agency, current.year + 5, current.level, &error));
    EXPECT_EQ(listedCounts(*store, id), freshCounts(*store, id));

    // Reopened, the store lists what it kept, and the same.
    const auto before = listedCounts(*store, id);
    store.reset();
    store = openStore();
    EXPECT_EQ(listedCounts(*store, id), before);
}

TEST_F(Store, AStoreFromBeforeTheCountsListsThemComputed) {
    const QString path = m_dir.filePath(u"old.sqlite"_s);
    ASSERT_TRUE(QFile::copy(test::dataPath(u"store/v1.sqlite"_s), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto store = openStore(path);
    ASSERT_TRUE(store);
    EXPECT_TRUE(rawValue(path, u"SELECT errors FROM report"_s).isEmpty()) << "not known yet";
    const auto list = store->list();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(listedCounts(*store, list[0].id), freshCounts(*store, list[0].id));
    EXPECT_EQ(rawValue(path, u"SELECT errors FROM report"_s).toInt(), list[0].errors);
    EXPECT_FALSE(rawValue(path, u"SELECT warnings FROM report"_s).isEmpty());
}

TEST_F(Store, TheWholeFileIsCheckedAtOpeningOnlyAfterAnUncleanShutdown) {
    {
        auto store = openStore();
        QString error;
        ASSERT_TRUE(store->create(correctReport(), &error));
        EXPECT_FALSE(store->checkedAtOpen()) << "a new file";
        // A crash now leaves the lock file and the write-ahead log: copies stand for them.
        for (const QString& suffix : {QString(), u"-wal"_s})
            ASSERT_TRUE(
                QFile::copy(dbPath() + suffix, m_dir.filePath(u"crashed.sqlite"_s) + suffix));
    }
    EXPECT_FALSE(openStore()->checkedAtOpen()) << "closed cleanly";
    const QString crashed = m_dir.filePath(u"crashed.sqlite"_s);
    ASSERT_GT(QFileInfo(crashed + u"-wal"_s).size(), 0);
    auto store = openStore(crashed);
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->checkedAtOpen());
    EXPECT_EQ(store->list().size(), 1u);
    store.reset();
    EXPECT_FALSE(openStore(crashed)->checkedAtOpen());
    {
        QFile lock(crashed + u".lock"_s); // left by a process that died
        ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
        lock.write("999999\nnianbao\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    EXPECT_TRUE(openStore(crashed)->checkedAtOpen());
}

// A page damaged after an unclean shutdown is found at opening; after a clean one it is found
// by `nianbao db check` (integrityCheck) and when the day's backup is checked.
TEST_F(Store, ADamagedPageAfterACrashIsRefusedAtOpening) {
    {
        auto store = openStore();
        QString error;
        for (int i = 0; i < 20; ++i)
            ASSERT_TRUE(store->create(busyReport(), &error));
    }
    rawSql(dbPath(), {u"PRAGMA journal_mode=DELETE"_s});
    const qint64 pageSize = rawValue(dbPath(), u"PRAGMA page_size"_s).toLongLong();
    {
        QFile file(dbPath());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(file.size() - 3 * pageSize));
        file.write(QByteArray(pageSize, '\x5a'));
    }
    {
        auto store = openStore();
        ASSERT_TRUE(store) << "closed cleanly: only the header is read";
        EXPECT_FALSE(store->checkedAtOpen());
        QString error;
        EXPECT_FALSE(store->integrityCheck(&error));
    }
    {
        QFile lock(dbPath() + u".lock"_s);
        ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
        lock.write("999999\nnianbao\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    const QByteArray damaged = fileBytes(dbPath());
    QString error;
    ReportStore::Options options;
    options.dailyBackup = false;
    EXPECT_FALSE(ReportStore::open(dbPath(), options, &error));
    EXPECT_TRUE(error.contains(u"damaged"_s)) << error.toStdString();
    EXPECT_EQ(fileBytes(dbPath()), damaged);
}

} // namespace
