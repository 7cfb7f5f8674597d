// Kill a writer with SIGKILL at random moments: after each kill the database passes
// integrity_check and holds every edit the writer had reported as committed.
#include "model/storage/reportstore.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

TEST(StoreCrash, EveryReportedEditSurvivesSigkill) {
    QTemporaryDir dir;
    const QString db = dir.filePath(u"crash.sqlite"_s);
    const auto form = FormDefinition::builtIn(FormDefinition::defaultFormId());
    const auto& cells = form->tables()[form->findTable(u"t3")].cells;
    const qint64 cellCount = static_cast<qint64>(cells.size());
    QRandomGenerator random(20241126); // fixed seed: a failure can be replayed
    qint64 lastCommitted = -1;
    int kills = 0;
    for (int run = 0; run < 50; ++run) {
        QProcess writer;
        writer.start(QString::fromUtf8(NIANBAO_STORE_HELPER), {u"edit"_s, db});
        ASSERT_TRUE(writer.waitForStarted());
        // Wait for the first edit so that every kill lands while edits are being written.
        ASSERT_TRUE(writer.waitForReadyRead(10000)) << writer.readAllStandardError().toStdString();
        QThread::msleep(random.bounded(5, 60));
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        writer.waitForFinished();
        ASSERT_EQ(writer.exitStatus(), QProcess::CrashExit);
        ++kills;
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines) {
            bool ok = false;
            const qint64 k = line.toLongLong(&ok);
            if (ok) // a half-printed last line is not a report of a commit
                lastCommitted = std::max(lastCommitted, k);
        }

        ReportStore::Options options;
        options.dailyBackup = false;
        QString error;
        auto store = ReportStore::open(db, options, &error);
        ASSERT_TRUE(store) << "run " << run << ": " << error.toStdString();
        ASSERT_TRUE(store->integrityCheck(&error)) << "run " << run << ": " << error.toStdString();
        const auto list = store->list();
        ASSERT_EQ(list.size(), 1u);
        const auto report = store->load(list.front().id, &error);
        ASSERT_TRUE(report);
        for (qint64 position = 0; position < cellCount && position <= lastCommitted; ++position) {
            // The last reported edit of this cell, or a later one that committed unreported.
            const qint64 expected = lastCommitted - ((lastCommitted - position) % cellCount);
            const CellValue& v = report->value(cells[static_cast<size_t>(position)]);
            ASSERT_TRUE(v.isNumber()) << "run " << run << ", cell " << position;
            const qint64 got = *v.number.toInteger();
            EXPECT_GE(got, expected) << "run " << run << ", cell " << position;
            EXPECT_EQ(got % cellCount, position);
        }
    }
    EXPECT_EQ(kills, 50);
    std::printf("%d kills, %lld edits reported committed\n", kills,
                static_cast<long long>(lastCommitted + 1));
    EXPECT_GT(lastCommitted, 100) << "too few edits to mean anything";
}

} // namespace
