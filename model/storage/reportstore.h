#pragma once

#include "model/core/report.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace nianbao {

struct StoredReportInfo {
    qint64 id = 0;
    QString agency;
    int year = 0;
    QString status; // "draft" for now
    QDateTime modified;
};

struct HistoryEntry {
    QString target; // cell id or text id
    QString oldValue;
    QString newValue;
    QDateTime at;
    QString user;
};

// The SQLite store of every report of the user: the working copy the editor sits on.
// Each change is its own transaction, written with WAL and synchronous=FULL so that an edit
// the app has reported as written survives a crash or a power cut. All SQL of the project
// lives in this library.
class ReportStore {
public:
    ~ReportStore();
    ReportStore(const ReportStore&) = delete;
    ReportStore& operator=(const ReportStore&) = delete;

    static constexpr int kSchemaVersion = 1;

    // Opens or creates the database. Refuses (nullptr + message) a file that is not SQLite,
    // fails its quick check, or was written by a newer version; never modifies such a file.
    static std::unique_ptr<ReportStore> open(const QString& path, QString* error);

    std::optional<qint64> create(const Report& report, QString* error);
    std::vector<StoredReportInfo> list() const;
    std::optional<Report> load(qint64 id, QString* error) const;

    bool setCellValue(qint64 id, CellRef cell, const CellValue& value, QString* error);
    bool setText(qint64 id, int text, const QString& body, QString* error);
    std::vector<HistoryEntry> history(qint64 id, const QString& target) const;

    const QString& path() const { return m_path; }

private:
    ReportStore(QString connection, QString path);
    bool migrate(QString* error);

    QString m_connection;
    QString m_path;
};

} // namespace nianbao
