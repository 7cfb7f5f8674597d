// ReportSession without a window: every change reaches the store or stays pending, loudly,
// and is retried — with a store that refuses a write, a full disk, a lost lock and kill -9.
#include "model/session/reportsession.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

class SessionTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        ReportStore::Options options;
        options.dailyBackup = false;
        QString error;
        m_store = ReportStore::open(m_dir.filePath(u"store.sqlite"_s), options, &error);
        ASSERT_TRUE(m_store) << error.toStdString();
        Report report = test::emptyReport(2024);
        report.agency = u"测试局"_s;
        m_id = m_store->create(report, &error).value_or(0);
        ASSERT_GT(m_id, 0) << error.toStdString();
    }

    std::unique_ptr<ReportSession> openSession(ReportSession::Options options = {}) {
        QString error;
        auto session = ReportSession::open(m_store.get(), m_id, options, &error);
        EXPECT_TRUE(session) << error.toStdString();
        return session;
    }

    CellValue stored(const char16_t* cell) {
        QString error;
        const auto report = m_store->load(m_id, &error);
        EXPECT_TRUE(report) << error.toStdString();
        return report ? report->value(test::cell(cell)) : CellValue::empty();
    }

    QString storedText(int text) {
        QString error;
        const auto report = m_store->load(m_id, &error);
        return report ? report->text(text) : QString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ReportStore> m_store;
    qint64 m_id = 0;
};

// The defect this replaces: a refused cell write was dropped, and the next successful write
// said 「已自动保存」 while the first value never reached the store.
TEST_F(SessionTest, ARefusedCellWriteStaysPendingAndIsWrittenWithTheNextChange) {
    auto session = openSession({1000, 60000, 60000}); // no retry by timer in this test
    int writes = 0;
    bool refuseSecond = true;
    m_store->setWriteFaultForTesting([&] {
        ++writes;
        return writes == 2 && refuseSecond ? u"the store refused the write"_s : QString();
    });
    ReportDocument* doc = session->document();
    doc->setCellValue(test::cell(u"t3.new.natural"), CellValue::of(5));
    EXPECT_EQ(session->saveState(), ReportSession::SaveState::Saved);
    const QDateTime savedBefore = session->lastSaved();
    doc->setCellValue(test::cell(u"t3.new.legal"), CellValue::of(7)); // refused
    EXPECT_EQ(session->saveState(), ReportSession::SaveState::Failed);
    EXPECT_EQ(session->saveError(), u"the store refused the write"_s);
    EXPECT_TRUE(session->hasUnsaved());
    EXPECT_EQ(session->lastSaved(), savedBefore) << "a failed write is never reported as saved";
    EXPECT_TRUE(stored(u"t3.new.legal").isEmpty());
    // The cause goes away; the clerk edits another cell: both reach the store.
    refuseSecond = false;
    doc->setCellValue(test::cell(u"t3.new.business"), CellValue::of(2));
    EXPECT_EQ(session->saveState(), ReportSession::SaveState::Saved);
    EXPECT_FALSE(session->hasUnsaved());
    EXPECT_EQ(stored(u"t3.new.legal"), CellValue::of(7));
    EXPECT_EQ(stored(u"t3.new.business"), CellValue::of(2));
    EXPECT_EQ(stored(u"t3.new.natural"), CellValue::of(5));
}

TEST_F(SessionTest, APendingChangeIsRetriedWithoutAnotherEdit) {
    auto session = openSession({1000, 30, 200});
    bool refuse = true;
    m_store->setWriteFaultForTesting([&] { return refuse ? u"database is locked"_s : QString(); });
    session->document()->setCellValue(test::cell(u"t3.new.natural"), CellValue::of(9));
    EXPECT_EQ(session->saveState(), ReportSession::SaveState::Failed);
    QTest::qWait(100); // a few retries, all refused
    EXPECT_EQ(session->saveState(), ReportSession::SaveState::Failed);
    refuse = false;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return session->saveState() == ReportSession::SaveState::Saved; }, 10000));
    EXPECT_EQ(stored(u"t3.new.natural"), CellValue::of(9));
}

TEST_F(SessionTest, AFullDiskKeepsTheTextPendingUntilThereIsRoom) {
    auto session = openSession({50, 30, 100});
    ReportDocument* doc = session->document();
    const int text = doc->form().findText(u"overview.requests"_s);
    m_store->limitSizeForTesting(1); // no page more than it has now
    const QString longText = QString(u"依申请公开"_s).repeated(20000);
    doc->setText(text, longText);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return session->saveState() == ReportSession::SaveState::Failed; }, 10000));
    EXPECT_TRUE(session->hasUnsaved());
    EXPECT_NE(storedText(text), longText);
    m_store->limitSizeForTesting(1 << 30); // room again
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return session->saveState() == ReportSession::SaveState::Saved; }, 10000));
    EXPECT_EQ(storedText(text), longText);
}

// A real file system that fills up (a 2 MB tmpfs), not only SQLite's page limit: the write
// fails with the disk full, the text stays pending and is written once there is room. Needs
// the right to mount (root, as CI runs); skipped, saying so, where it is missing.
TEST(FullFileSystem, TheTextStaysPendingUntilThereIsRoomAndNothingIsLost) {
    test::SmallFileSystem disk(2048);
    if (!disk.mounted())
        GTEST_SKIP() << "cannot mount a small tmpfs here (not root?)";
    ReportStore::Options options;
    options.dailyBackup = false;
    QString error;
    auto store = ReportStore::open(disk.filePath(u"store.sqlite"_s), options, &error);
    ASSERT_TRUE(store) << error.toStdString();
    Report report = test::emptyReport(2024);
    report.agency = u"测试局"_s;
    const qint64 id = store->create(report, &error).value_or(0);
    ASSERT_GT(id, 0) << error.toStdString();
    auto session = ReportSession::open(store.get(), id, {50, 30, 100}, &error);
    ASSERT_TRUE(session) << error.toStdString();
    ReportDocument* doc = session->document();
    const int text = doc->form().findText(u"overview.requests"_s);
    disk.fill();
    const QString longText = QString(u"依申请公开"_s).repeated(40000); // 600 kB of UTF-8
    doc->setText(text, longText);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return session->saveState() == ReportSession::SaveState::Failed; }, 10000));
    EXPECT_TRUE(session->hasUnsaved());
    EXPECT_FALSE(session->saveError().isEmpty());
    ASSERT_TRUE(disk.makeRoom());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return session->saveState() == ReportSession::SaveState::Saved; }, 10000));
    session.reset();
    store.reset();
    auto reopened = ReportStore::open(disk.filePath(u"store.sqlite"_s), options, &error);
    ASSERT_TRUE(reopened) << error.toStdString();
    const auto stored = reopened->load(id, &error);
    ASSERT_TRUE(stored) << error.toStdString();
    EXPECT_TRUE(stored->text(text) == longText)
        << "stored " << stored->text(text).size() << " of " << longText.size() << " characters";
}

TEST_F(SessionTest, ALostLockRefusesWritesUntilTheStoreIsOursAgain) {
    auto session = openSession({1000, 30, 100});
    const QString lockPath = m_store->path() + u".lock"_s;
    // Another Nianbao took the store over (our lock file deleted, theirs written).
    ASSERT_TRUE(QFile::remove(lockPath));
    QFile other(lockPath);
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write("1\nnianbao\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    other.close();
    session->document()->setCellValue(test::cell(u"t3.new.natural"), CellValue::of(3));
    EXPECT_EQ(session->saveState(), ReportSession::SaveState::Failed);
    EXPECT_TRUE(session->saveError().contains(u"lock"_s)) << session->saveError().toStdString();
    EXPECT_TRUE(stored(u"t3.new.natural").isEmpty());
    // The other one is gone and its lock with it: the store is ours again and the edit lands.
    ASSERT_TRUE(QFile::remove(lockPath));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return session->saveState() == ReportSession::SaveState::Saved; }, 10000));
    EXPECT_EQ(stored(u"t3.new.natural"), CellValue::of(3));
    EXPECT_TRUE(QFile::exists(lockPath));
}

// The old autosave restarted its wait at every key: steady typing was never saved.
TEST_F(SessionTest, SteadyTypingIsSavedWithoutWaitingForAPause) {
    auto session = openSession({200, 1000, 1000});
    ReportDocument* doc = session->document();
    const int text = doc->form().findText(u"overview.requests"_s);
    int saves = 0;
    QObject::connect(session.get(), &ReportSession::saveStateChanged, [&] {
        if (session->saveState() == ReportSession::SaveState::Saved)
            ++saves;
    });
    QString typed;
    for (int key = 0; key < 40; ++key) { // 40 keys, 30 ms apart: 1.2 s without a pause
        typed += u'字';
        doc->setText(text, typed);
        QTest::qWait(30);
    }
    EXPECT_GE(saves, 2) << "steady typing must be saved while it goes on";
    EXPECT_GE(storedText(text).size(), 20);
}

TEST_F(SessionTest, ClosingWritesPendingText) {
    const int text = test::emptyReport().form().findText(u"overview.requests"_s);
    {
        auto session = openSession({60000, 60000, 60000});
        session->document()->setText(text, u"刚刚输入的文字"_s);
        EXPECT_EQ(session->saveState(), ReportSession::SaveState::Waiting);
        EXPECT_TRUE(session->saveNow());
    }
    EXPECT_EQ(storedText(text), u"刚刚输入的文字"_s);
}

TEST_F(SessionTest, FinalizeIsRefusedWhileChangesAreNotSavedAndSetsTheOneReadOnlyFlag) {
    auto session = openSession({1000, 60000, 60000});
    ReportDocument* doc = session->document();
    doc->fillEmptyWithZero(doc->form().findTable(u"t2"_s));
    doc->fillEmptyWithZero(doc->form().findTable(u"t3"_s));
    doc->fillEmptyWithZero(doc->form().findTable(u"t4"_s));
    for (int t = 0; t < static_cast<int>(doc->form().texts().size()); ++t)
        doc->setText(t, u"本年度无此项内容。"_s);
    for (const Finding& f : doc->findings())
        if (f.severity == Severity::Warning)
            doc->acknowledge(f, u"已核实"_s);
    ASSERT_TRUE(session->saveNow());
    bool refuse = true;
    m_store->setWriteFaultForTesting([&] { return refuse ? u"disk full"_s : QString(); });
    doc->setText(0, u"最后一句。"_s);
    QString error;
    EXPECT_FALSE(session->finalize(Approval{QDate(2025, 1, 20), u"张三"_s, {}, {}}, &error));
    EXPECT_TRUE(error.contains(u"disk full"_s)) << error.toStdString();
    EXPECT_FALSE(session->isReadOnly());
    refuse = false;
    ASSERT_TRUE(session->finalize(Approval{QDate(2025, 1, 20), u"张三"_s, {}, {}}, &error))
        << error.toStdString();
    EXPECT_TRUE(session->isReadOnly());
    EXPECT_TRUE(doc->isReadOnly());
    EXPECT_EQ(m_store->status(m_id), ReportStatus::Finalized);
    EXPECT_EQ(storedText(0), u"最后一句。"_s);
    ASSERT_TRUE(session->reopen(u"数字有误"_s, &error)) << error.toStdString();
    EXPECT_FALSE(doc->isReadOnly());
    EXPECT_EQ(m_store->status(m_id), ReportStatus::Draft);
}

TEST_F(SessionTest, HistoryAndRestoreGoThroughTheSession) {
    auto session = openSession();
    ReportDocument* doc = session->document();
    doc->setCellValue(test::cell(u"t3.new.natural"), CellValue::of(4));
    doc->setCellValue(test::cell(u"t3.new.business"), CellValue::of(1)); // ends the burst
    doc->setCellValue(test::cell(u"t3.new.natural"), CellValue::of(6));
    const auto history = session->history(u"t3.new.natural"_s);
    const auto sixWritten = std::find_if(history.begin(), history.end(),
                                         [](const auto& e) { return e.newValue == u"6"_s; });
    ASSERT_NE(sixWritten, history.end());
    QString error;
    ASSERT_TRUE(session->restore(u"t3.new.natural"_s, *sixWritten, &error)) << error.toStdString();
    EXPECT_EQ(doc->report().value(test::cell(u"t3.new.natural")), CellValue::of(4));
    EXPECT_EQ(stored(u"t3.new.natural"), CellValue::of(4));
}

TEST_F(SessionTest, PositionIsRememberedPerReportAndPerPart) {
    QString error;
    Report second = test::emptyReport(2024);
    second.agency = u"另一局"_s;
    const qint64 other = m_store->create(second, &error).value_or(0);
    ASSERT_GT(other, 0);
    {
        auto session = openSession();
        ReportPosition p;
        p.part = 3;
        p.places[3] = u"t3.granted.natural"_s;
        p.places[5] = u"text:4:12"_s;
        session->rememberPosition(p);
        auto otherSession = ReportSession::open(m_store.get(), other, &error);
        ReportPosition q;
        q.part = 1;
        q.places[3] = u"t3.new.legal"_s;
        otherSession->rememberPosition(q);
    }
    auto session = openSession();
    const ReportPosition p = session->position();
    EXPECT_EQ(p.part, 3);
    EXPECT_EQ(p.places.at(3), u"t3.granted.natural"_s);
    EXPECT_EQ(p.places.at(5), u"text:4:12"_s);
    auto otherSession = ReportSession::open(m_store.get(), other, &error);
    EXPECT_EQ(otherSession->position().part, 1);
    EXPECT_EQ(otherSession->position().places.at(3), u"t3.new.legal"_s);
    ReportSession::rememberLastReport(m_store->path(), other);
    EXPECT_EQ(ReportSession::lastReport(m_store->path()), other);
    EXPECT_EQ(ReportSession::lastReport(m_dir.filePath(u"another.sqlite"_s)), 0);
}

// kill -9 while a clerk types steadily into a narrative part (and now and then a cell): after
// each kill the store holds at least every character and cell the session had reported saved.
TEST(SessionCrash, NothingAcknowledgedIsLostToKillDuringSteadyTyping) {
    QTemporaryDir dir;
    const QString db = dir.filePath(u"typing.sqlite"_s);
    QRandomGenerator random(20261202); // fixed seed: a failure can be replayed
    int kills = 0;
    int acknowledgedText = 0;
    qint64 acknowledgedCells = 0;
    for (int run = 0; run < 20; ++run) {
        QProcess typist;
        typist.start(QString::fromUtf8(NIANBAO_SESSION_TYPIST), {db});
        ASSERT_TRUE(typist.waitForStarted());
        // From its first key (its start-up is not typing): 1.2–2 s, well past the one-second
        // bound, then killed mid-key.
        while (!typist.canReadLine() && typist.waitForReadyRead(30000)) {
        }
        ASSERT_EQ(typist.readLine(), QByteArray("typing\n"))
            << typist.readAllStandardError().toStdString();
        QThread::msleep(random.bounded(1200, 2000));
        ::kill(static_cast<pid_t>(typist.processId()), SIGKILL);
        typist.waitForFinished();
        ASSERT_EQ(typist.exitStatus(), QProcess::CrashExit)
            << typist.readAllStandardError().toStdString();
        ++kills;
        int savedThisRun = 0;
        for (const QByteArray& line : typist.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            bool ok = false;
            if (words.size() != 2)
                continue;
            const qint64 n = words[1].toLongLong(&ok);
            if (!ok)
                continue;
            if (words[0] == "text") {
                acknowledgedText = std::max(acknowledgedText, static_cast<int>(n));
                ++savedThisRun;
            } else if (words[0] == "cell") {
                acknowledgedCells = std::max(acknowledgedCells, n);
            }
        }
        EXPECT_GE(savedThisRun, 1) << "run " << run << ": a second of steady typing unsaved";
        ReportStore::Options options;
        options.dailyBackup = false;
        QString error;
        auto store = ReportStore::open(db, options, &error);
        ASSERT_TRUE(store) << error.toStdString();
        const auto report = store->load(store->list().front().id, &error);
        ASSERT_TRUE(report);
        const QString text = report->text(report->form().findText(u"overview.requests"_s));
        EXPECT_GE(text.size(), acknowledgedText) << "run " << run;
        for (int i = 0; i < text.size(); ++i)
            ASSERT_EQ(text[i], QChar(u'一' + (i % 400))) << "run " << run << ", character " << i;
        const CellValue& cell = report->value(test::cell(u"t3.new.natural"));
        EXPECT_GE(cell.isNumber() ? *cell.number.toInteger() : 0, acknowledgedCells)
            << "run " << run;
    }
    EXPECT_EQ(kills, 20);
    EXPECT_GT(acknowledgedText, 400) << "too little typed to mean anything";
    std::printf("%d kills, %d characters and %lld cell edits acknowledged, none lost\n", kills,
                acknowledgedText, static_cast<long long>(acknowledgedCells));
}

} // namespace
