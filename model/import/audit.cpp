#include "model/import/audit.h"

#include "model/core/publishedformat.h"
#include "model/core/reportjson.h"
#include "model/core/validator.h"
#include "model/import/publishedreport.h"

#include <QDirIterator>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

constexpr int shownFindings = 3;

bool isAuditable(const QString& name) {
    const QString lower = name.toLower();
    return lower.endsWith(u".nianbao.json") || lower.endsWith(u".txt") ||
           lower.endsWith(u".html") || lower.endsWith(u".htm") || lower.endsWith(u".pdf");
}

void summarize(AuditEntry& entry, const Report& report) {
    entry.agency = report.agency;
    entry.year = report.year;
    std::vector<Finding> findings = Validator::check(report);
    // F1 is about the published page, recorded in the file: not a rule of the form.
    if (auto oldFormat = publishedFormatFinding(report))
        findings.insert(findings.begin(), std::move(*oldFormat));
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    entry.errors = Validator::countOf(findings, Severity::Error);
    entry.warnings = Validator::countOf(findings, Severity::Warning);
    for (const Finding& f : findings) {
        if (f.severity == Severity::Info || entry.findings.size() == shownFindings)
            break;
        entry.findings.append(f.rule + u' ' + f.message);
    }
}

} // namespace

QStringList auditFiles(const QStringList& paths) {
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isAuditable(file))
                found.append(file);
        }
        found.sort();
        files += found;
    }
    return files;
}

AuditEntry auditFile(const QString& path) {
    AuditEntry entry;
    entry.file = path;
    const QString lower = path.toLower();
    QString error;
    if (lower.endsWith(u".json")) {
        entry.format = u"交换文件"_s;
        const auto report = ReportJson::load(path, &error);
        if (!report) {
            entry.failure = error;
            return entry;
        }
        entry.complete = true;
        summarize(entry, *report);
        return entry;
    }
    const auto imported = importPublishedReport(
        path, FormDefinition::builtIn(FormDefinition::defaultFormId()), &error);
    if (!imported) {
        entry.failure = error;
        return entry;
    }
    entry.complete = imported->complete;
    entry.format = imported->format2019     ? u"2019年版"_s
                   : imported->mixedFormats ? u"2019年版与2021年版混用"_s
                                            : u"2021年版"_s;
    summarize(entry, imported->report);
    return entry;
}

} // namespace nianbao
