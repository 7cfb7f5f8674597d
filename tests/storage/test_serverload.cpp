// 20 clerks at once, each in a process of its own, each making 500 edits to their unit's
// report on the test's PostgreSQL server: every edit a clerk was told is stored is there. The
// commit latencies are printed (p50, p99) for scripts/bench.sh; nothing here is timed.
#include "model/storage/reportstore.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testsupport.h"

#include <QProcess>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

constexpr int kClerks = 20;
constexpr int kEdits = 500;

struct Acknowledged {
    std::map<QString, int> lastValue; // cell id → the last value acknowledged
    int edits = 0;
};

} // namespace

TEST(ServerLoadOnPostgreSQL, TwentyClerksFiveHundredEditsEachNoneLost) {
    POSTGRES_OR_SKIP(server);
    QString error;
    const QString url = server->createDatabase(&error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    ReportStore::Options options;
    options.dailyBackup = false;
    auto store = ReportStore::open(url, options, &error);
    ASSERT_TRUE(store) << error.toStdString();
    std::vector<qint64> reports;
    for (int clerk = 0; clerk < kClerks; ++clerk) {
        Report report = test::emptyReport(2024);
        report.agency = u"第%1单位"_s.arg(clerk + 1);
        const auto id = store->create(report, &error);
        ASSERT_TRUE(id) << error.toStdString();
        reports.push_back(*id);
    }
    std::vector<std::unique_ptr<QProcess>> clerks;
    for (qint64 id : reports) {
        auto process = std::make_unique<QProcess>();
        process->start(QString::fromUtf8(NIANBAO_LOAD_CLERK),
                       {url, QString::number(id), QString::number(kEdits)});
        clerks.push_back(std::move(process));
    }
    std::vector<qint64> latencies;
    std::vector<Acknowledged> acknowledged(kClerks);
    for (int clerk = 0; clerk < kClerks; ++clerk) {
        QProcess& process = *clerks[size_t(clerk)];
        ASSERT_TRUE(process.waitForFinished(300000)) << "clerk " << clerk << " did not finish";
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        const QStringList lines =
            QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            const QStringList fields = line.split(u' ');
            ASSERT_EQ(fields.size(), 3) << line.toStdString();
            acknowledged[size_t(clerk)].lastValue[fields[1]] = fields[0].toInt();
            ++acknowledged[size_t(clerk)].edits;
            latencies.push_back(fields[2].toLongLong());
        }
    }
    // What a new connection finds: for every clerk, every cell as the last acknowledged edit.
    auto reader = ReportStore::open(url, options, &error);
    ASSERT_TRUE(reader) << error.toStdString();
    int lost = 0;
    for (int clerk = 0; clerk < kClerks; ++clerk) {
        EXPECT_EQ(acknowledged[size_t(clerk)].edits, kEdits) << "clerk " << clerk;
        const auto stored = reader->load(reports[size_t(clerk)], &error);
        ASSERT_TRUE(stored) << error.toStdString();
        for (const auto& [cellId, value] : acknowledged[size_t(clerk)].lastValue) {
            if (stored->value(*stored->form().findCell(cellId)) != CellValue::of(value))
                ++lost;
        }
    }
    EXPECT_EQ(lost, 0);
    std::sort(latencies.begin(), latencies.end());
    ASSERT_FALSE(latencies.empty());
    const auto at = [&](double q) {
        return latencies[size_t(q * double(latencies.size() - 1))];
    };
    std::printf("[ load     ] %d clerks x %d edits, %zu commits: p50 %lld us, p99 %lld us, "
                "max %lld us, lost %d\n",
                kClerks, kEdits, latencies.size(), static_cast<long long>(at(0.50)),
                static_cast<long long>(at(0.99)), static_cast<long long>(latencies.back()), lost);
}
