// One clerk of the load test (test_serverload.cpp): opens the store on the server, makes edits
// to its unit's report as fast as it can, and prints one line per edit the store acknowledged:
// "<edit> <cell id> <microseconds the commit took>". A refused write is tried again (as a
// session does) and counted on standard error.
#include "model/storage/reportstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace nianbao;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: nianbao_load_clerk URL REPORT EDITS\n", stderr);
        return 2;
    }
    ReportStore::Options options;
    options.dailyBackup = false;
    options.mayCreate = false;
    QString error;
    auto store = ReportStore::open(args[1], options, &error);
    const qint64 id = args[2].toLongLong();
    const auto report = store ? store->load(id, &error) : std::nullopt;
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    // The cells a clerk types into: every one that is not a computed total.
    const FormDefinition& form = report->form();
    std::vector<CellRef> cells;
    for (quint16 i = 0; i < form.cells().size(); ++i) {
        if (!form.cell(CellRef{i}).isTotal)
            cells.push_back(CellRef{i});
    }
    QTextStream out(stdout);
    int retries = 0;
    const int edits = args[3].toInt();
    for (int edit = 1; edit <= edits; ++edit) {
        const CellRef cell = cells[size_t(edit) % cells.size()];
        QElapsedTimer commit;
        commit.start();
        while (!store->setCellValue(id, cell, CellValue::of(edit), &error)) {
            if (++retries > 1000) {
                std::fprintf(stderr, "gave up: %s\n", qPrintable(error));
                return 1;
            }
            commit.restart();
        }
        out << edit << ' ' << form.cell(cell).id << ' ' << commit.nsecsElapsed() / 1000 << '\n';
    }
    std::fprintf(stderr, "retries %d\n", retries);
    return 0;
}
