#include "app/cli/importcommand.h"

#include "app/cli/commandline.h"
#include "app/cli/commandoptions.h"
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
    CommandOptions parsed(
        {valueOption({u"o"_s, u"output"_s}, u"FILE"_s), valueOption({u"level"_s}, u"LEVEL"_s),
         valueOption({u"year"_s}, u"YEAR"_s), valueOption({u"agency"_s}, u"NAME"_s)});
    if (!parsed.parse(args, error))
        return std::nullopt;
    ImportOptions options;
    options.output = parsed.value(u"output"_s);
    if (parsed.isSet(u"level"_s)) {
        const QString value = parsed.value(u"level"_s);
        options.level = agencyLevelFromCode(value);
        if (!options.level) {
            *error = Tr::tr("--level must be one of province, province_department, city, "
                            "city_department, county, county_department, township, street, "
                            "not \"%1\"")
                         .arg(value);
            return std::nullopt;
        }
    }
    if (parsed.isSet(u"agency"_s)) {
        options.agency = parsed.value(u"agency"_s).trimmed();
        if (const auto problem = agencyNameProblem(options.agency)) {
            *error = *problem;
            return std::nullopt;
        }
    }
    if (parsed.isSet(u"year"_s)) {
        const QString value = parsed.value(u"year"_s);
        bool ok = false;
        options.year = value.toInt(&ok);
        if (!ok || options.year < 2008 || options.year > 2100) {
            *error = Tr::tr("--year must be a year between 2008 and 2100, not \"%1\"").arg(value);
            return std::nullopt;
        }
    }
    const QStringList sources = parsed.positional();
    if (sources.size() > 1) {
        *error = Tr::tr("import takes one source; \"%1\" is one too many").arg(sources[1]);
        return std::nullopt;
    }
    if (sources.isEmpty()) {
        *error = Tr::tr("import needs a published report: nianbao import SOURCE "
                        "[-o OUT.nianbao.json] [--year YEAR] [--agency NAME] [--level LEVEL]");
        return std::nullopt;
    }
    options.source = sources.first();
    return options;
}

} // namespace

QString importUsage() {
    return Tr::tr("  import SOURCE [-o OUT.nianbao.json] [--year YEAR] [--agency NAME]\n"
                  "      Read a published report (a PDF, a web page .html/.htm, or its text in\n"
                  "      a .txt file) into the exchange format; what could not be found is\n"
                  "      listed on stderr.\n"
                  "      --year, --agency  when the text lacks its title (or to correct it)\n"
                  "      Exit status: 0 complete, 1 partial, 2 not a report or unreadable.\n");
}

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
