#include "app/cli/checkcommand.h"

#include "app/cli/commandline.h"
#include "app/cli/commandoptions.h"
#include "model/core/json.h"
#include "model/core/publishedformat.h"
#include "model/core/reportjson.h"
#include "model/core/validator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::CheckCommand)
};

struct CheckOptions {
    QString file;
    QString previous;
    bool json = false;
};

std::optional<CheckOptions> parseOptions(const QStringList& args, QString* error) {
    CommandOptions parsed({flagOption({u"json"_s}), valueOption({u"previous"_s}, u"FILE"_s)});
    if (!parsed.parse(args, error))
        return std::nullopt;
    const QStringList files = parsed.positional();
    if (files.isEmpty()) {
        *error = Tr::tr("check needs a report file: nianbao check FILE [--previous FILE] [--json]");
        return std::nullopt;
    }
    if (files.size() > 1) {
        *error = Tr::tr("check takes one report file; \"%1\" is one too many").arg(files[1]);
        return std::nullopt;
    }
    CheckOptions options;
    options.file = files.first();
    options.previous = parsed.value(u"previous"_s);
    options.json = parsed.isSet(u"json"_s);
    return options;
}

QByteArray findingsAsJson(const Report& report, const std::vector<Finding>& findings,
                          const std::map<QString, QString>& acknowledged) {
    const FormDefinition& form = report.form();
    JsonValue list = JsonValue::array();
    for (const Finding& f : findings) {
        JsonValue item = JsonValue::object();
        item.insert(u"rule"_s, JsonValue::string(f.rule));
        item.insert(u"severity"_s, JsonValue::string(severityCode(f.severity)));
        JsonValue cells = JsonValue::array();
        for (CellRef ref : f.cells)
            cells.elements.push_back(JsonValue::string(form.cell(ref).id));
        item.insert(u"cells"_s, std::move(cells));
        if (f.text >= 0)
            item.insert(u"text"_s, JsonValue::string(form.texts()[f.text].id));
        item.insert(u"message"_s, JsonValue::string(f.message));
        const auto reason = acknowledged.find(findingKey(f, form));
        if (reason != acknowledged.end())
            item.insert(u"acknowledged"_s, JsonValue::string(reason->second));
        list.elements.push_back(std::move(item));
    }
    JsonValue root = JsonValue::object();
    root.insert(u"findings"_s, std::move(list));
    return writeJson(root);
}

} // namespace

QString checkUsage() {
    return Tr::tr("  check FILE [--previous FILE] [--json]\n"
                  "      Check one report file (*.nianbao.json) against every rule of the form.\n"
                  "      --previous FILE  last year's report, for the cross-year checks\n"
                  "      --json           print the findings as JSON\n"
                  "      Exit status: 0 no errors (warnings allowed), 1 errors found,\n"
                  "      2 unreadable or invalid input.\n");
}

int runCheckCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    QString error;
    const auto options = parseOptions(args, &error);
    if (!options) {
        err << u"nianbao check: "_s << error << u'\n';
        return ExitBadInput;
    }
    const auto report = ReportJson::load(options->file, &error);
    if (!report) {
        err << u"nianbao check: "_s << error << u'\n';
        return ExitBadInput;
    }
    std::optional<Report> previous;
    if (!options->previous.isEmpty()) {
        previous = ReportJson::load(options->previous, &error);
        if (!previous) {
            err << u"nianbao check: --previous: "_s << error << u'\n';
            return ExitBadInput;
        }
        if (previous->year != report->year - 1) {
            err << u"nianbao check: "_s
                << Tr::tr("--previous holds the report for %1, but the cross-year checks of a %2 "
                          "report need the one for %3")
                       .arg(previous->year)
                       .arg(report->year)
                       .arg(report->year - 1)
                << u'\n';
            return ExitBadInput;
        }
        if (previous->agency != report->agency) {
            err << Tr::tr("note: last year's report is from \"%1\", this one from \"%2\"")
                       .arg(previous->agency, report->agency)
                << u'\n';
        }
    }
    std::vector<Finding> before;
    if (auto seal = finalizedSealFinding(*report))
        before.push_back(std::move(*seal));
    return printCheck(*report, previous ? &*previous : nullptr, {}, options->json, out, before);
}

std::optional<Finding> finalizedSealFinding(const Report& report) {
    QString recorded;
    if (ReportJson::finalizedSeal(report, &recorded) != ReportJson::Seal::Mismatch)
        return std::nullopt;
    Finding f;
    f.rule = u"H1"_s;
    f.severity = Severity::Error;
    f.message =
        u"已定稿内容与定稿时不一致：文件所记定稿校验码为%1，内容的校验码为%2；"
        u"此文件不能作为定稿使用"_s.arg(recorded.isEmpty() ? u"（缺失）"_s : recorded.left(16),
                                        ReportJson::contentHash(report).left(16));
    return f;
}

int printCheck(const Report& report, const Report* previous,
               const std::map<QString, QString>& acknowledged, bool json, QTextStream& out,
               const std::vector<Finding>& before) {
    std::vector<Finding> findings = before;
    // F1 is about the published page the report was imported from, as the file records it.
    if (auto oldFormat = publishedFormatFinding(report))
        findings.push_back(std::move(*oldFormat));
    for (Finding& f : Validator::check(report, previous))
        findings.push_back(std::move(f));
    const int errors = Validator::countOf(findings, Severity::Error);
    if (json) {
        out << QString::fromUtf8(findingsAsJson(report, findings, acknowledged));
    } else {
        for (const Finding& f : findings) {
            out << severityName(f.severity) << u' ' << f.rule << u' ' << f.message;
            const auto reason = acknowledged.find(findingKey(f, report.form()));
            if (reason != acknowledged.end())
                out << u"（已说明：" << reason->second << u'）';
            out << u'\n';
        }
        out << u"%1：%2 处错误，%3 处提醒，%4 处提示\n"_s
                   .arg(report.form().reportTitle(report.agency, report.year))
                   .arg(errors)
                   .arg(Validator::countOf(findings, Severity::Warning))
                   .arg(Validator::countOf(findings, Severity::Info));
    }
    return errors > 0 ? ExitFindings : ExitClean;
}

} // namespace nianbao
