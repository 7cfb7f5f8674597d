#pragma once

#include "model/core/validator.h"
#include "model/storage/reportstore.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace nianbao::test {

// A golden report given to another unit (and year).
inline Report unitReport(const QString& unit, int year = 2024,
                         const char16_t* golden = u"correct-busy-report") {
    Report r = loadReport(dataPath(QStringLiteral("golden/") + QString::fromUtf16(golden) +
                                   QStringLiteral("/report.nianbao.json")));
    r.agency = unit;
    r.year = year;
    return r;
}

// A temporary store for the board's tests, without daily backups.
class BoardStore : public ::testing::Test {
protected:
    std::unique_ptr<ReportStore> openStore() {
        ReportStore::Options options;
        options.dailyBackup = false;
        QString error;
        auto store =
            ReportStore::open(m_dir.filePath(QStringLiteral("board.sqlite")), options, &error);
        EXPECT_TRUE(store) << error.toStdString();
        return store;
    }

    qint64 add(ReportStore& store, const Report& report) {
        QString error;
        const auto id = store.create(report, &error);
        EXPECT_TRUE(id) << error.toStdString();
        return id.value_or(0);
    }

    // Finalized on `date`, its warnings acknowledged first.
    void finalize(ReportStore& store, qint64 id, QDate date) {
        QString error;
        const auto report = store.load(id, &error);
        ASSERT_TRUE(report) << error.toStdString();
        for (const Finding& finding : Validator::check(*report)) {
            if (finding.severity == Severity::Warning) {
                ASSERT_TRUE(store.acknowledge(id, findingKey(finding, report->form()),
                                              QStringLiteral("已核实"), &error));
            }
        }
        ASSERT_TRUE(store.finalize(
            id, {date, QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")}, &error))
            << error.toStdString();
    }

    QTemporaryDir m_dir;
};

} // namespace nianbao::test
