// A session on a store on a PostgreSQL server that goes away while the clerk types: every
// change is kept pending and retried, the session says it is not saved and why, and once the
// server is back the store connects again by itself and everything typed is stored.
#include "model/session/reportsession.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<ReportStore> openStore(const QString& url) {
    ReportStore::Options options;
    options.dailyBackup = false;
    QString error;
    auto store = ReportStore::open(url, options, &error);
    EXPECT_TRUE(store) << error.toStdString();
    return store;
}

// Restarts the server if a test stops before it does, so that later tests have it.
struct RunningAgain {
    test::PostgresServer* server;
    ~RunningAgain() {
        if (!server->isRunning())
            server->start(nullptr);
    }
};

} // namespace

TEST(SessionOnPostgreSQL, TypingThroughAServerStopIsKeptAndStoredWhenItIsBack) {
    POSTGRES_OR_SKIP(server);
    QString error;
    const QString url = server->createDatabase(&error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    auto store = openStore(url);
    ASSERT_TRUE(store);
    Report report = test::emptyReport(2024);
    report.agency = u"测试局"_s;
    const auto id = store->create(report, &error);
    ASSERT_TRUE(id) << error.toStdString();
    // Text written 50 ms after the first key; retries from 30 ms, at most every 200 ms.
    auto session = ReportSession::open(store.get(), *id, {50, 30, 200}, &error);
    ASSERT_TRUE(session) << error.toStdString();
    ReportDocument* doc = session->document();
    doc->setCellValue(test::cell(u"t3.new.natural"), CellValue::of(5));
    ASSERT_EQ(session->saveState(), ReportSession::SaveState::Saved);

    RunningAgain restart{server};
    ASSERT_TRUE(server->stop(&error)) << error.toStdString();
    // Typing goes on with the server gone: a cell, a pasted block, a narrative text.
    doc->setCellValue(test::cell(u"t3.new.legal"), CellValue::of(7));
    EXPECT_EQ(session->saveState(), ReportSession::SaveState::Failed);
    EXPECT_TRUE(session->saveError().contains(u"cannot be reached"_s))
        << session->saveError().toStdString();
    doc->setCellValue(test::cell(u"t3.new.business"), CellValue::of(2));
    const int text = doc->form().findText(u"overview.requests"_s);
    const QString typed = u"本年度共收到政府信息公开申请。"_s;
    doc->setText(text, typed);
    QTest::qWait(500); // retries, all failing
    EXPECT_EQ(session->saveState(), ReportSession::SaveState::Failed);
    EXPECT_TRUE(session->hasUnsaved());
    EXPECT_GE(session->pendingChanges(), 3); // the cells (and their total) and the text

    ASSERT_TRUE(server->start(&error)) << error.toStdString();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return session->saveState() == ReportSession::SaveState::Saved; }, 30000))
        << session->saveError().toStdString();
    EXPECT_FALSE(session->hasUnsaved());

    // What a new connection finds on the server: everything typed.
    auto reader = openStore(url);
    ASSERT_TRUE(reader);
    const auto stored = reader->load(*id, &error);
    ASSERT_TRUE(stored) << error.toStdString();
    EXPECT_EQ(stored->value(test::cell(u"t3.new.natural")), CellValue::of(5));
    EXPECT_EQ(stored->value(test::cell(u"t3.new.legal")), CellValue::of(7));
    EXPECT_EQ(stored->value(test::cell(u"t3.new.business")), CellValue::of(2));
    EXPECT_EQ(stored->text(text), typed);
}

// The last report of a store on a server is remembered by its address, whatever the folder the
// program was started from (a file's path is made absolute; an address must not be).
TEST(SessionSettings, AServerAddressIsTheSameStoreFromAnyFolder) {
    const QString url = u"postgresql://clerk@db.county.gov.cn/nianbao?sslmode=verify-full"_s;
    const QString before = QDir::currentPath();
    QTemporaryDir first;
    QTemporaryDir second;
    ASSERT_TRUE(QDir::setCurrent(first.path()));
    ReportSession::rememberLastReport(url, 42);
    ASSERT_TRUE(QDir::setCurrent(second.path()));
    EXPECT_EQ(ReportSession::lastReport(url), 42);
    QDir::setCurrent(before);
}
