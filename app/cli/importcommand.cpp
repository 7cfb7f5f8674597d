#include "app/cli/importcommand.h"

#include "app/cli/commandline.h"
#include "model/core/filewriting.h"
#include "model/core/publishedformat.h"
#include "model/core/report.h"
#include "model/core/reportjson.h"
#include "model/import/publishedreport.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ImportCommand)
};

struct ImportOptions {
    QString source;
    QString output;
    int year = 0;
    QString agency;
    std::optional<AgencyLevel> level;
};

std::optional<ImportOptions> parseOptions(const QStringList& args, QString* error) {
    ImportOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == u"-o" || a == u"--output") {
            if (i + 1 >= args.size()) {
                *error = Tr::tr("%1 needs a file to write").arg(a);
                return std::nullopt;
            }
            options.output = args[++i];
        } else if (a == u"--level") {
            const QString value = i + 1 < args.size() ? args[++i] : QString();
            options.level = agencyLevelFromCode(value);
            if (!options.level) {
                *error = Tr::tr("--level must be one of province, province_department, city, "
                                "city_department, county, county_department, township, street, "
                                "not \"%1\"")
                             .arg(value);
                return std::nullopt;
            }
        } else if (a == u"--year" || a == u"--agency") {
            if (i + 1 >= args.size()) {
                *error = Tr::tr("%1 needs a value").arg(a);
                return std::nullopt;
            }
            const QString value = args[++i];
            if (a == u"--agency") {
                options.agency = value.trimmed();
                if (const auto problem = agencyNameProblem(options.agency)) {
                    *error = *problem;
                    return std::nullopt;
                }
                continue;
            }
            bool ok = false;
            options.year = value.toInt(&ok);
            if (!ok || options.year < 2008 || options.year > 2100) {
                *error =
                    Tr::tr("--year must be a year between 2008 and 2100, not \"%1\"").arg(value);
                return std::nullopt;
            }
        } else if (a.startsWith(u"-")) {
            *error = Tr::tr("unknown option \"%1\"").arg(a);
            return std::nullopt;
        } else if (options.source.isEmpty()) {
            options.source = a;
        } else {
            *error = Tr::tr("import takes one source; \"%1\" is one too many").arg(a);
            return std::nullopt;
        }
    }
    if (options.source.isEmpty()) {
        *error = Tr::tr("import needs a published report: nianbao import SOURCE "
                        "[-o OUT.nianbao.json] [--year YEAR] [--agency NAME] [--level LEVEL]");
        return std::nullopt;
    }
    return options;
}

} // namespace

int runImportCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    QString error;
    const auto options = parseOptions(args, &error);
    if (!options) {
        err << u"nianbao import: "_s << error << u'\n';
        return ExitBadInput;
    }
    auto imported = importPublishedReport(
        options->source, FormDefinition::builtIn(FormDefinition::defaultFormId()), &error);
    if (!imported) {
        err << u"nianbao import: "_s << error << u'\n';
        return ExitBadInput;
    }
    if (options->year != 0)
        imported->report.year = options->year;
    if (!options->agency.isEmpty())
        imported->report.agency = options->agency;
    if (options->level)
        imported->report.level = *options->level;
    for (const QString& note : imported->notes)
        err << note << u'\n';
    if (const auto oldFormat = publishedFormatFinding(imported->report))
        err << severityName(oldFormat->severity) << u' ' << oldFormat->rule << u' '
            << oldFormat->message << u'\n';
    if (imported->report.year == 0) {
        err << u"nianbao import: "_s
            << Tr::tr("%1: the report's year is stated nowhere in the text (title, statistics "
                      "period, date line); give it with --year")
                   .arg(QFileInfo(options->source).fileName())
            << u'\n';
        return ExitBadInput;
    }
    const QByteArray json = ReportJson::toJson(imported->report);
    if (options->output.isEmpty() || options->output == u"-") {
        out << QString::fromUtf8(json);
    } else {
        // Written to a temporary file and renamed: never a half-written file.
        if (!writeFileSafely(options->output, json, &error)) {
            err << u"nianbao import: "_s << error << u'\n';
            return ExitBadInput;
        }
    }
    return imported->complete ? ExitClean : ExitFindings;
}

} // namespace nianbao
