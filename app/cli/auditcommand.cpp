#include "app/cli/auditcommand.h"

#include "app/cli/commandline.h"
#include "app/cli/commandoptions.h"
#include "model/core/csvfield.h"
#include "model/core/json.h"
#include "model/import/audit.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::AuditCommand)
};

enum class Format { Table, Csv, Json };

// Columns of a terminal: CJK characters take two.
int displayWidth(const QString& text) {
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 ? 2 : 1;
    return width;
}

QString padded(const QString& text, int width) {
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

QStringList columns(const AuditEntry& e) {
    if (!e.readable())
        return {e.file, {}, {}, {}, {}, {}, {}, e.failure};
    return {e.file,
            e.agency,
            e.year ? QString::number(e.year) : u"年份不明"_s,
            e.format,
            e.complete ? u"完整"_s : u"不完整"_s,
            QString::number(e.errors),
            QString::number(e.warnings),
            e.findings.join(u"；"_s)};
}

const QStringList headings = {u"文件"_s, u"机关"_s, u"年度"_s, u"格式"_s,
                              u"完整"_s, u"错误"_s, u"提醒"_s, u"主要问题"_s};

void printTable(const std::vector<AuditEntry>& entries, QTextStream& out) {
    std::vector<QStringList> rows{headings};
    for (const AuditEntry& e : entries)
        rows.push_back(columns(e));
    std::vector<int> widths(headings.size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i + 1 < row.size(); ++i)
            widths[size_t(i)] = std::max(widths[size_t(i)], displayWidth(row[i]));
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i + 1 < row.size(); ++i)
            line += padded(row[i], widths[size_t(i)]) + u"  "_s;
        out << line + row.last() << u'\n';
    }
}

void printCsv(const std::vector<AuditEntry>& entries, QTextStream& out) {
    // The byte order mark lets Excel and WPS on Windows see UTF-8.
    out << QChar(0xFEFF);
    QStringList line;
    for (const QString& h : headings)
        line.append(csvField(h));
    out << line.join(u',') << u"\r\n"_s;
    for (const AuditEntry& e : entries) {
        line.clear();
        for (const QString& field : columns(e))
            line.append(csvField(field));
        out << line.join(u',') << u"\r\n"_s;
    }
}

void printJson(const std::vector<AuditEntry>& entries, QTextStream& out) {
    JsonValue list = JsonValue::array();
    for (const AuditEntry& e : entries) {
        JsonValue item = JsonValue::object();
        item.insert(u"file"_s, JsonValue::string(e.file));
        if (!e.readable()) {
            item.insert(u"error"_s, JsonValue::string(e.failure));
            list.elements.push_back(std::move(item));
            continue;
        }
        item.insert(u"agency"_s, JsonValue::string(e.agency));
        item.insert(u"year"_s, e.year ? JsonValue::integer(e.year) : JsonValue());
        item.insert(u"format"_s, JsonValue::string(e.format));
        item.insert(u"complete"_s, JsonValue::boolValue(e.complete));
        item.insert(u"errors"_s, JsonValue::integer(e.errors));
        item.insert(u"warnings"_s, JsonValue::integer(e.warnings));
        JsonValue findings = JsonValue::array();
        for (const QString& f : e.findings)
            findings.elements.push_back(JsonValue::string(f));
        item.insert(u"findings"_s, std::move(findings));
        list.elements.push_back(std::move(item));
    }
    JsonValue root = JsonValue::object();
    root.insert(u"reports"_s, std::move(list));
    out << QString::fromUtf8(writeJson(root));
}

} // namespace

QString auditUsage() {
    return Tr::tr("  audit PATH... [--format table|csv|json]\n"
                  "      Import and check many published reports (.pdf, .html, .htm, .txt) or\n"
                  "      report files (*.nianbao.json), given as files or folders; one line\n"
                  "      each.\n"
                  "      Exit status: 0 all clean, 1 some with errors, 2 none readable.\n");
}

int runAuditCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandOptions parsed({valueOption({u"format"_s}, u"FORMAT"_s)});
    QString error;
    if (!parsed.parse(args, &error)) {
        err << u"nianbao audit: "_s << error << u'\n';
        return ExitBadInput;
    }
    Format format = Format::Table;
    if (parsed.isSet(u"format"_s)) {
        const QString value = parsed.value(u"format"_s);
        if (value == u"csv") {
            format = Format::Csv;
        } else if (value == u"json") {
            format = Format::Json;
        } else if (value != u"table") {
            err << u"nianbao audit: "_s
                << Tr::tr("--format must be table, csv or json, not \"%1\"").arg(value) << u'\n';
            return ExitBadInput;
        }
    }
    const QStringList paths = parsed.positional();
    if (paths.isEmpty()) {
        err << u"nianbao audit: "_s
            << Tr::tr("audit needs files or folders: nianbao audit PATH... "
                      "[--format table|csv|json]")
            << u'\n';
        return ExitBadInput;
    }
    const QStringList files = auditFiles(paths);
    std::vector<AuditEntry> entries;
    entries.reserve(size_t(files.size()));
    const bool showProgress = files.size() > 20;
    for (qsizetype i = 0; i < files.size(); ++i) {
        entries.push_back(auditFile(files[i]));
        if (showProgress && ((i + 1) % 50 == 0 || i + 1 == files.size())) {
            err << Tr::tr("audited %1 of %2 files").arg(i + 1).arg(files.size()) << u'\n';
            err.flush();
        }
    }
    switch (format) {
    case Format::Table:
        printTable(entries, out);
        break;
    case Format::Csv:
        printCsv(entries, out);
        break;
    case Format::Json:
        printJson(entries, out);
        break;
    }
    const auto readable =
        std::count_if(entries.begin(), entries.end(), [](const auto& e) { return e.readable(); });
    if (readable == 0)
        return ExitBadInput;
    const bool anyErrors = std::any_of(entries.begin(), entries.end(),
                                       [](const auto& e) { return e.readable() && e.errors > 0; });
    return anyErrors ? ExitFindings : ExitClean;
}

} // namespace nianbao
