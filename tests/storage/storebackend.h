#pragma once

#include "model/storage/reportstore.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

namespace nianbao::test {

// The two databases the store runs on.
enum class Backend { SQLite, PostgreSQL };
inline void PrintTo(Backend backend, std::ostream* os) {
    *os << (backend == Backend::SQLite ? "SQLite" : "PostgreSQL");
}

// A test run once on a store in an SQLite file and once on a store in a fresh database of
// the test program's own PostgreSQL server (skipped without PostgreSQL, failed instead under
// NIANBAO_REQUIRE_POSTGRESQL=1).
class OnEveryBackend : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override;
    bool onServer() const { return GetParam() == Backend::PostgreSQL; }
    // The store's file, or its server address.
    const QString& location() const { return m_location; }
    std::unique_ptr<ReportStore> openStore();
    // SQL run on the database by another tool (or a clerk with psql), not by the store.
    void rawSql(const QStringList& statements);
    // The first column of the first row.
    QString rawValue(const QString& sql);
    // The text of every row of every table of the store, one value a line.
    QString everythingStored();

    QTemporaryDir m_dir;

private:
    template <typename Use>
    void withRawConnection(Use use);
    QString m_location;
};

} // namespace nianbao::test

// Instantiates a suite of OnEveryBackend tests for both: SQLite/Suite.Test/0 and
// PostgreSQL/Suite.Test/0 (ctest runs the second in one process, with one server).
#define NIANBAO_ON_EVERY_BACKEND(Suite)                                                            \
    INSTANTIATE_TEST_SUITE_P(SQLite, Suite, ::testing::Values(nianbao::test::Backend::SQLite));    \
    INSTANTIATE_TEST_SUITE_P(PostgreSQL, Suite,                                                    \
                             ::testing::Values(nianbao::test::Backend::PostgreSQL))
