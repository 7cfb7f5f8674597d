// Issue 15, the store's part: a finalized report changed behind the store's back is caught
// on every read and its frozen copy restores; backups are checked before they are trusted;
// a missing store beside good backups is not silently recreated; the files are private; an
// empty lock file left by a power cut does not lock the store for ever.
#include "model/core/reportjson.h"
#include "model/storage/backupschedule.h"
#include "model/storage/reportstore.h"
#include "tests/storage/storebackend.h"
#include "tests/support/testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

Report correctReport(const QString& agency = u"某县市场监督管理局"_s) {
    Report r =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    r.agency = agency;
    return r;
}

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int modeOf(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 0777);
}

class Reliability : public ::testing::Test {
protected:
    QString dbPath() const { return m_dir.filePath(u"store.sqlite"_s); }
    std::unique_ptr<ReportStore> open(const QDate& today = {}, bool backups = false) {
        ReportStore::Options options;
        options.dailyBackup = backups;
        if (today.isValid())
            options.today = today;
        QString error;
        auto store = ReportStore::open(dbPath(), options, &error);
        EXPECT_TRUE(store) << error.toStdString();
        return store;
    }
    qint64 finalizedReport() {
        auto store = open();
        QString error;
        const auto id = store->create(correctReport(), &error);
        EXPECT_TRUE(id) << error.toStdString();
        EXPECT_TRUE(
            store->finalize(*id, {QDate(2025, 1, 20), u"李四"_s, u"王五"_s, u"赵六"_s}, &error))
            << error.toStdString();
        return *id;
    }
    QTemporaryDir m_dir;
};

// H1 on an SQLite file and on a PostgreSQL server alike: the tampering is SQL run on the
// database by something other than the store.
class Tampering : public test::OnEveryBackend {
protected:
    std::unique_ptr<ReportStore> open() { return openStore(); }
    qint64 finalizedReport() {
        auto store = open();
        QString error;
        const auto id = store->create(correctReport(), &error);
        EXPECT_TRUE(id) << error.toStdString();
        EXPECT_TRUE(
            store->finalize(*id, {QDate(2025, 1, 20), u"李四"_s, u"王五"_s, u"赵六"_s}, &error))
            << error.toStdString();
        return *id;
    }
};
NIANBAO_ON_EVERY_BACKEND(Tampering);

TEST_P(Tampering, AFinalizedReportChangedInTheFileIsCaughtByEveryReadAndRestores) {
    const qint64 id = finalizedReport();
    const QString cellId = u"t3.new.natural"_s;
    const Report original = correctReport();
    const QString before = original.value(*original.form().findCell(cellId)).displayText();
    rawSql({u"UPDATE cell SET value = '999' WHERE cell = '%1'"_s.arg(cellId),
            u"UPDATE text SET body = body || '（改）' WHERE part = 'problems'"_s});
    auto store = open();
    QString error;
    // load: refused with the reason, never handed out as final
    EXPECT_FALSE(store->load(id, &error));
    EXPECT_TRUE(error.contains(u"not what was finalized"_s)) << error.toStdString();
    // list: flagged
    const auto list = store->list();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_TRUE(list.front().finalizedContentChanged);
    // the differences against the frozen copy, by label and with both values
    const auto mismatch = store->verifyFinalized(id);
    ASSERT_TRUE(mismatch);
    EXPECT_TRUE(mismatch->frozenCopyIntact);
    EXPECT_NE(mismatch->contentHash, mismatch->recordedHash);
    ASSERT_EQ(mismatch->differences.size(), 2) << mismatch->differences.join(u'\n').toStdString();
    const QString cellLine = mismatch->differences.join(u'\n');
    EXPECT_TRUE(cellLine.contains(original.form().cellLabel(*original.form().findCell(cellId))))
        << cellLine.toStdString();
    EXPECT_TRUE(cellLine.contains(u'"' + before + u'"')) << cellLine.toStdString();
    EXPECT_TRUE(cellLine.contains(u"\"999\""_s)) << cellLine.toStdString();
    // restore the frozen copy: the content is what was finalized again
    ASSERT_TRUE(store->restoreFrozen(id, &error)) << error.toStdString();
    EXPECT_FALSE(store->verifyFinalized(id));
    const auto restored = store->load(id, &error);
    ASSERT_TRUE(restored) << error.toStdString();
    test::expectSameContent(*restored, original);
    EXPECT_EQ(ReportJson::contentHash(*restored), store->finalization(id)->hash);
    EXPECT_EQ(store->status(id), ReportStatus::Finalized);
    EXPECT_FALSE(store->list().front().finalizedContentChanged);
}

TEST_P(Tampering, AFinalizedReportTurnedBackToDraftInTheFileIsCaught) {
    const qint64 id = finalizedReport();
    rawSql({u"UPDATE report SET status = 'draft'"_s});
    auto store = open();
    QString error;
    // Not writable as a draft: it was finalized and never reopened.
    EXPECT_FALSE(store->setCellValue(id, test::cell(u"t3.new.natural"), CellValue::of(1), &error));
    EXPECT_TRUE(error.contains(u"not what was finalized"_s)) << error.toStdString();
    const auto mismatch = store->verifyFinalized(id);
    ASSERT_TRUE(mismatch);
    EXPECT_TRUE(mismatch->differences.join(u'\n').contains(u"draft"_s));
    ASSERT_TRUE(store->restoreFrozen(id, &error)) << error.toStdString();
    EXPECT_EQ(store->status(id), ReportStatus::Finalized);
    EXPECT_FALSE(store->verifyFinalized(id));
}

TEST_P(Tampering, AFrozenCopyChangedTooIsNeverRestored) {
    const qint64 id = finalizedReport();
    rawSql({u"UPDATE cell SET value = '999' WHERE cell = 't3.new.natural'"_s,
            u"UPDATE finalization SET frozen = replace(frozen, '某县', '某市')"_s});
    auto store = open();
    const auto mismatch = store->verifyFinalized(id);
    ASSERT_TRUE(mismatch);
    EXPECT_FALSE(mismatch->frozenCopyIntact);
    QString error;
    EXPECT_FALSE(store->restoreFrozen(id, &error));
    EXPECT_TRUE(error.contains(u"changed too"_s)) << error.toStdString();
}

// A backup cut off mid-write (as the old direct VACUUM INTO left it: a zeroed header under
// the day's name) and a stale copy under a name dated 2099 are both passed over: the restore
// takes the backup whose content is newest and checks out.
TEST_F(Reliability, RestoreChecksEachBackupAndPicksByTheTimeInsideNotTheName) {
    QString error;
    {
        auto store = open(QDate(2025, 1, 1), true);
        ASSERT_TRUE(store->create(correctReport(u"甲局"_s), &error));
    }
    {
        auto store = open(QDate(2025, 1, 2), true); // backup: 甲局
        ASSERT_TRUE(store->create(correctReport(u"乙局"_s), &error));
    }
    const QDir backups(ReportStore::backupFolder(dbPath()));
    ASSERT_TRUE(QFile::copy(backups.filePath(u"store-2025-01-02.sqlite"_s),
                            backups.filePath(u"store-2099-01-01.sqlite"_s)));
    open(QDate(2025, 1, 3), true).reset(); // backup: 甲局 and 乙局
    QByteArray cut = bytesOf(backups.filePath(u"store-2025-01-03.sqlite"_s));
    ASSERT_GT(cut.size(), 4096);
    cut.replace(0, 4096, QByteArray(4096, '\0'));
    {
        QFile f(backups.filePath(u"store-2025-01-04.sqlite"_s));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(cut);
    }
    {
        QFile damaged(dbPath());
        ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, 'x'));
    }
    QString restoredFrom;
    ASSERT_TRUE(ReportStore::restoreLatestBackup(dbPath(), &error, &restoredFrom))
        << error.toStdString();
    EXPECT_TRUE(restoredFrom.endsWith(u"store-2025-01-03.sqlite"_s)) << restoredFrom.toStdString();
    auto store = open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->list().size(), 2u);
    EXPECT_TRUE(store->integrityCheck(&error)) << error.toStdString();
}

TEST_F(Reliability, NoBackupCanBeRestoredSaysWhyAndLeavesTheStore) {
    const QDir backups(ReportStore::backupFolder(dbPath()));
    ASSERT_TRUE(QDir().mkpath(backups.path()));
    {
        QFile f(backups.filePath(u"store-2025-01-04.sqlite"_s));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\0'));
    }
    QFile store(dbPath());
    ASSERT_TRUE(store.open(QIODevice::WriteOnly));
    store.write("damaged");
    store.close();
    QString error;
    EXPECT_FALSE(ReportStore::restoreLatestBackup(dbPath(), &error));
    EXPECT_TRUE(error.contains(u"store-2025-01-04.sqlite"_s)) << error.toStdString();
    EXPECT_EQ(bytesOf(dbPath()), QByteArray("damaged"));
}

TEST_F(Reliability, AMissingOrEmptiedStoreBesideBackupsWithReportsIsNotRecreated) {
    QString error;
    {
        auto store = open(QDate(2025, 1, 1), true);
        ASSERT_TRUE(store->create(correctReport(), &error));
    }
    open(QDate(2025, 1, 2), true).reset();
    const QString backup =
        QDir(ReportStore::backupFolder(dbPath())).filePath(u"store-2025-01-02.sqlite"_s);
    const QByteArray good = bytesOf(backup);
    ASSERT_FALSE(good.isEmpty());
    for (const bool emptied : {false, true}) {
        QFile::remove(dbPath() + u"-wal"_s);
        QFile::remove(dbPath() + u"-shm"_s);
        QFile::remove(dbPath());
        if (emptied) {
            QFile f(dbPath());
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        }
        ReportStore::Options options;
        options.today = QDate(2025, 1, 2);
        EXPECT_FALSE(ReportStore::open(dbPath(), options, &error)) << emptied;
        EXPECT_TRUE(error.contains(u"nianbao db restore"_s)) << error.toStdString();
        EXPECT_TRUE(error.contains(u"1 report"_s)) << error.toStdString();
        EXPECT_EQ(bytesOf(backup), good); // the day's good backup is untouched
    }
    ASSERT_TRUE(ReportStore::restoreLatestBackup(dbPath(), &error)) << error.toStdString();
    EXPECT_EQ(open()->list().size(), 1u);
}

TEST_F(Reliability, AnEditorOpenForDaysTakesADailyBackupAndOneAfterFinalizing) {
    QString error;
    auto store = open(QDate(2025, 1, 1), true);
    const auto id = store->create(correctReport(), &error);
    ASSERT_TRUE(id);
    BackupSchedule schedule(store.get());
    ASSERT_TRUE(schedule.runOnce(QDate(2025, 1, 2), &error)) << error.toStdString();
    ASSERT_TRUE(schedule.runOnce(QDate(2025, 1, 3), &error)) << error.toStdString();
    const QStringList backups = ReportStore::backups(dbPath());
    ASSERT_EQ(backups.size(), 2);
    EXPECT_TRUE(backups.first().endsWith(u"2025-01-03.sqlite"_s));
    EXPECT_EQ(ReportStore::inspect(backups.first()).reports, 1);
    // After 定稿 today's backup holds the finalized report.
    ASSERT_TRUE(
        store->finalize(*id, {QDate(2025, 1, 20), u"李四"_s, u"王五"_s, u"赵六"_s}, &error));
    const QString today =
        QDir(ReportStore::backupFolder(dbPath()))
            .filePath(u"store-"_s + QDate::currentDate().toString(Qt::ISODate) + u".sqlite"_s);
    ASSERT_TRUE(QFile::exists(today));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy"_s);
        db.setDatabaseName(today);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"SELECT status FROM report"_s) && q.next());
        EXPECT_EQ(q.value(0).toString(), u"finalized"_s);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"copy"_s);
}

TEST_F(Reliability, TheFolderAndEveryFileOfTheStoreAreTheUsersAlone) {
    const mode_t previous = ::umask(0);
    const QString folder = m_dir.filePath(u"data/nianbao"_s);
    const QString path = folder + u"/store.sqlite"_s;
    QString error;
    {
        ReportStore::Options options;
        options.today = QDate(2025, 1, 1);
        auto store = ReportStore::open(path, options, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_TRUE(store->create(correctReport(), &error));
        EXPECT_EQ(modeOf(folder), 0700);
        EXPECT_EQ(modeOf(path), 0600);
        EXPECT_EQ(modeOf(path + u"-wal"_s), 0600);
        EXPECT_EQ(modeOf(path + u"-shm"_s), 0600);
    }
    {
        ReportStore::Options options;
        options.today = QDate(2025, 1, 2);
        ASSERT_TRUE(ReportStore::open(path, options, &error)) << error.toStdString();
    }
    const QStringList backups = ReportStore::backups(path);
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(modeOf(ReportStore::backupFolder(path)), 0700);
    EXPECT_EQ(modeOf(backups.first()), 0600);
    // The copy taken before a migration, and a store made 0644 by an older version.
    const QString old = m_dir.filePath(u"old.sqlite"_s);
    ASSERT_TRUE(QFile::copy(test::dataPath(u"store/v1.sqlite"_s), old));
    ASSERT_EQ(::chmod(QFile::encodeName(old).constData(), 0644), 0);
    {
        ReportStore::Options options;
        options.dailyBackup = false;
        ASSERT_TRUE(ReportStore::open(old, options, &error)) << error.toStdString();
    }
    EXPECT_EQ(modeOf(old), 0600);
    EXPECT_EQ(modeOf(old + u".before-v%1.bak"_s.arg(ReportStore::kSchemaVersion)), 0600);
    ::umask(previous);
}

TEST_F(Reliability, AnEmptyLockFileLeftByAPowerCutIsStale) {
    open()->create(correctReport(), nullptr);
    const QString lock = dbPath() + u".lock"_s;
    {
        QFile f(lock);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly)); // created, never written
        ASSERT_TRUE(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                  QFileDevice::FileModificationTime));
    }
    auto store = open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->list().size(), 1u);
    // A live lock is still honoured.
    QString error;
    ReportStore::Options options;
    options.dailyBackup = false;
    EXPECT_FALSE(ReportStore::open(dbPath(), options, &error));
    EXPECT_TRUE(error.contains(u"in use"_s)) << error.toStdString();
}

// A disk so full that not even the lock file can be written: the editor is refused with the
// reason (not "is its folder writable?"), the reports can still be read, nothing is damaged.
TEST(FullDisk, NoRoomForTheLockFileIsSaidAndTheStoreCanStillBeRead) {
    test::SmallFileSystem disk(1024);
    if (!disk.mounted())
        GTEST_SKIP() << "cannot mount a small tmpfs here (not root?)";
    const QString path = disk.filePath(u"store.sqlite"_s);
    ReportStore::Options options;
    options.dailyBackup = false;
    QString error;
    {
        auto store = ReportStore::open(path, options, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_TRUE(store->create(test::emptyReport(2024), &error)) << error.toStdString();
    }
    disk.fill();
    EXPECT_FALSE(ReportStore::open(path, options, &error));
    EXPECT_TRUE(error.contains(u"full"_s)) << error.toStdString();
    ReportStore::Options reading = options;
    reading.readOnly = true;
    reading.mayCreate = false;
    auto reader = ReportStore::open(path, reading, &error);
    ASSERT_TRUE(reader) << error.toStdString();
    EXPECT_EQ(reader->list().size(), 1u);
    reader.reset();
    ASSERT_TRUE(disk.makeRoom());
    auto again = ReportStore::open(path, options, &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->list().size(), 1u);
}

TEST_F(Reliability, AnAgencyNameOfSpacesOrControlCharactersIsRefused) {
    auto store = open();
    QString error;
    for (const QString& name : {u"   "_s, u"某局\u202E局某"_s, u"某局"_s + QChar(u'\0') + u"局"_s,
                                u"某\u200B局"_s, u"某局\u0007"_s}) {
        Report report = correctReport(name);
        EXPECT_FALSE(store->create(report, &error)) << name.toStdString();
        EXPECT_FALSE(error.contains(QChar(0)));
        EXPECT_TRUE(error.contains(u"agency"_s)) << error.toStdString();
    }
    const auto id = store->create(correctReport(), &error);
    ASSERT_TRUE(id);
    EXPECT_FALSE(store->rename(*id, u"某\u202E局"_s, &error));
    EXPECT_TRUE(error.contains(u"U+202E"_s)) << error.toStdString();
}

} // namespace
