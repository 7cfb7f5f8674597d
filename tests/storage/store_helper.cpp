// A second process for the store tests.
//   store_helper edit DB   applies a stream of cell edits and prints the number of each
//                          edit once it is committed, until killed
//   store_helper open DB   tries to open the store; exit 0 if it could, 3 with the message
//   store_helper backup DB YYYY-MM-DD
//                          opens the store once for each day from that date on, each time
//                          taking that day's backup, and prints the day's number after it,
//                          until killed
//   store_helper restore DB
//                          `nianbao db restore`, then opens the store and prints
//                          "reports N" (exit 0), or the message (exit 3)
#include "model/storage/reportstore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace nianbao;

namespace {

int backupEveryDay(const QString& path, const QDate& first) {
    for (qint64 day = 0; day < 100000; ++day) {
        ReportStore::Options options;
        options.today = first.addDays(day);
        QString error;
        if (!ReportStore::open(path, options, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
        std::printf("%lld\n", static_cast<long long>(day));
        std::fflush(stdout);
    }
    return 0;
}

int restoreAndCount(const QString& path) {
    QString error;
    const auto aside = ReportStore::restoreLatestBackup(path, &error);
    if (!aside) {
        std::fprintf(stderr, "restore: %s\n", qPrintable(error));
        return 3;
    }
    // The damaged file moved aside is of no further use here.
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(*aside + QString::fromLatin1(suffix));
    ReportStore::Options options;
    options.dailyBackup = false;
    auto store = ReportStore::open(path, options, &error);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 3;
    }
    if (!store->integrityCheck(&error)) {
        std::fprintf(stderr, "integrity: %s\n", qPrintable(error));
        return 3;
    }
    std::printf("reports %zu\n", store->list().size());
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    if (mode == QStringLiteral("backup") && argc == 4)
        return backupEveryDay(path, QDate::fromString(QString::fromLatin1(argv[3]), Qt::ISODate));
    if (mode == QStringLiteral("restore"))
        return restoreAndCount(path);
    if (argc != 3)
        return 2;
    ReportStore::Options options;
    options.dailyBackup = false;
    QString error;
    auto store = ReportStore::open(path, options, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    if (mode == QStringLiteral("open"))
        return 0;
    auto list = store->list();
    qint64 id = 0;
    if (list.empty()) {
        Report report(FormDefinition::builtIn(FormDefinition::defaultFormId()));
        report.agency = QStringLiteral("崩溃测试局");
        report.year = 2024;
        const auto created = store->create(report, &error);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 4;
        }
        id = *created;
    } else {
        id = list.front().id;
    }
    const auto form = FormDefinition::builtIn(FormDefinition::defaultFormId());
    const auto& cells = form->tables()[form->findTable(u"t3")].cells;
    // Continue after the last edit an earlier, killed run committed.
    qint64 k = 0;
    if (const auto report = store->load(id, &error)) {
        for (CellRef ref : cells) {
            const CellValue& v = report->value(ref);
            if (v.isNumber())
                k = std::max(k, v.number.toInteger().value_or(0) + 1);
        }
    }
    for (; k < 10000000; ++k) {
        const CellRef cell = cells[static_cast<size_t>(k % static_cast<qint64>(cells.size()))];
        if (!store->setCellValue(id, cell, CellValue::of(k), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 4;
        }
        std::printf("%lld\n", static_cast<long long>(k));
        std::fflush(stdout);
    }
    return 0;
}
