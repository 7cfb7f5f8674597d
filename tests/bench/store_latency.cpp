// Commit latency of one edit: 1 000 cell edits, each its own transaction, on a store in an
// SQLite file (WAL, synchronous=FULL) and on a store on the benchmark's own local PostgreSQL
// server (fsync on), p50 and p99. Not a test: figures for the README and the notes.
#include "model/storage/reportstore.h"
#include "tests/support/postgresserver.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

constexpr int kEdits = 1000;

Report emptyReport() {
    Report report(FormDefinition::builtIn(FormDefinition::defaultFormId()));
    report.agency = u"某县市场监督管理局"_s;
    report.year = 2024;
    return report;
}

// Milliseconds per edit, sorted.
std::vector<double> editLatencies(const QString& location) {
    ReportStore::Options options;
    options.dailyBackup = false;
    QString error;
    auto store = ReportStore::open(location, options, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return {};
    }
    const Report report = emptyReport();
    const auto id = store->create(report, &error);
    const auto natural = report.form().findCell(u"t3.new.natural"_s);
    const auto legal = report.form().findCell(u"t3.new.legal"_s);
    if (!id || !natural || !legal) {
        std::fprintf(stderr, "cannot create the report: %s\n", qPrintable(error));
        return {};
    }
    std::vector<double> latencies;
    latencies.reserve(kEdits);
    for (int i = 0; i < kEdits; ++i) {
        QElapsedTimer timer;
        timer.start();
        // Two cells in turn: each edit also writes a history entry.
        if (!store->setCellValue(*id, i % 2 ? *legal : *natural, CellValue::of(i), &error)) {
            std::fprintf(stderr, "edit %d failed: %s\n", i, qPrintable(error));
            return {};
        }
        latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    return latencies;
}

void print(const char* name, const std::vector<double>& sorted) {
    if (sorted.empty())
        return;
    auto at = [&](double q) {
        return sorted[static_cast<size_t>(q * static_cast<double>(sorted.size() - 1))];
    };
    std::printf("%-34s %6zu edits  p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms\n", name, sorted.size(),
                at(0.5), at(0.99), sorted.back());
}

} // namespace

int main() {
    QTemporaryDir folder;
    print("SQLite file (WAL, synchronous=FULL)", editLatencies(folder.filePath(u"bench.sqlite"_s)));
    QString whyNot;
    test::PostgresServer* server = test::PostgresServer::shared(&whyNot);
    if (!server) {
        std::printf("PostgreSQL: skipped (%s)\n", qPrintable(whyNot));
        return 0;
    }
    const QString url = server->createDatabase(&whyNot);
    if (url.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(whyNot));
        return 1;
    }
    print("PostgreSQL 15, unix socket", editLatencies(url));
    const QString overTcp = server->createDatabase(&whyNot);
    print("PostgreSQL 15, TCP 127.0.0.1",
          editLatencies(server->tcpUrl(test::PostgresServer::databaseOf(overTcp))));
    return 0;
}
