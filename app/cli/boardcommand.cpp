#include "app/cli/boardcommand.h"

#include "app/cli/commandline.h"
#include "app/cli/commandoptions.h"
#include "app/cli/passwordprompt.h"
#include "model/board/board.h"
#include "model/board/summary.h"
#include "model/board/summaryexport.h"
#include "model/core/json.h"
#include "model/storage/reportstore.h"

#include <QCoreApplication>
#include <QMultiHash>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::BoardCommand)
};

// Options with a value (repeatable: --unit), flags, and the words before them.
struct Options {
    QStringList words;
    QMultiHash<QString, QString> values;
    bool json = false;

    QString value(const QString& name) const { return values.value(name); }
    QStringList all(const QString& name) const {
        QStringList list = values.values(name);
        std::reverse(list.begin(), list.end()); // QMultiHash gives the last first
        return list;
    }
};

// `known`: the options taking a value, "-o" standing for "-o"/"--output".
std::optional<Options> parseOptions(const QStringList& args, const QStringList& known,
                                    QString* error) {
    const auto name = [](const QString& option) {
        return option == u"-o" ? u"output"_s : option.mid(2);
    };
    QList<QCommandLineOption> table{flagOption({u"json"_s})};
    for (const QString& option : known) {
        table << (option == u"-o" ? valueOption({u"o"_s, u"output"_s}, u"FILE"_s)
                                  : valueOption({name(option)}, u"VALUE"_s));
    }
    CommandOptions parsed(table);
    if (!parsed.parse(args, error))
        return std::nullopt;
    Options options;
    options.json = parsed.isSet(u"json"_s);
    options.words = parsed.positional();
    for (const QString& option : known) {
        for (const QString& value : parsed.values(name(option)))
            options.values.insert(option, value);
    }
    return options;
}

std::optional<int> yearOf(const Options& options, QString* error) {
    bool ok = false;
    const int year = options.value(u"--year"_s).toInt(&ok);
    if (!ok || year < 2000 || year > 2100) {
        *error = options.values.contains(u"--year"_s)
                     ? Tr::tr("--year %1 is not a year").arg(options.value(u"--year"_s))
                     : Tr::tr("--year is needed");
        return std::nullopt;
    }
    return year;
}

std::unique_ptr<ReportStore> openStore(const Options& options, bool readOnly, QTextStream& err,
                                       QString* error) {
    ReportStore::Options storeOptions;
    storeOptions.mayCreate = !readOnly;
    storeOptions.readOnly = readOnly;
    storeOptions.askPassword = terminalPasswordPrompt();
    auto store =
        ReportStore::open(ReportStore::resolvePath(options.value(u"--db"_s)), storeOptions, error);
    if (store && !store->warning().isEmpty())
        err << store->warning() << u'\n';
    return store;
}

int fail(QTextStream& err, const QString& command, const QString& message) {
    err << u"nianbao "_s << command << u": "_s << message << u'\n';
    return ExitBadInput;
}

QString optionalDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : u"-"_s;
}

int printBoard(const std::vector<BoardRow>& rows, const Options& options, QTextStream& out) {
    int toActOn = 0;
    JsonValue items = JsonValue::array();
    for (const BoardRow& row : rows) {
        const bool late = row.daysToDeadline && *row.daysToDeadline < 0 &&
                          row.status != BoardStatus::Finalized &&
                          row.status != BoardStatus::Published;
        if (late || row.status == BoardStatus::HasErrors)
            ++toActOn;
        if (options.json) {
            JsonValue item = JsonValue::object();
            item.insert(u"unit"_s, JsonValue::string(row.unit));
            item.insert(u"level"_s, JsonValue::string(agencyLevelCode(row.level)));
            item.insert(u"status"_s, JsonValue::string(boardStatusCode(row.status)));
            if (row.reportId) {
                item.insert(u"report"_s, JsonValue::integer(row.reportId));
                item.insert(u"errors"_s, JsonValue::integer(row.errors));
                item.insert(u"warnings"_s, JsonValue::integer(row.warnings));
                item.insert(u"modified"_s,
                            JsonValue::string(row.lastChange.toString(Qt::ISODateWithMs)));
            }
            if (row.daysToDeadline)
                item.insert(u"days_to_deadline"_s, JsonValue::integer(*row.daysToDeadline));
            if (row.finalizedOn.isValid())
                item.insert(u"finalized_on"_s,
                            JsonValue::string(row.finalizedOn.toString(Qt::ISODate)));
            if (row.publishedOn.isValid())
                item.insert(u"published_on"_s,
                            JsonValue::string(row.publishedOn.toString(Qt::ISODate)));
            if (!row.returnReason.isEmpty())
                item.insert(u"returned_because"_s, JsonValue::string(row.returnReason));
            items.elements.push_back(std::move(item));
            continue;
        }
        out << row.unit << u'\t' << boardStatusName(row.status) << u'\t'
            << (row.reportId
                    ? Tr::tr("%1 error(s), %2 warning(s)").arg(row.errors).arg(row.warnings)
                    : u"-"_s)
            << u'\t'
            << (row.daysToDeadline ? Tr::tr("%1 day(s) to the deadline").arg(*row.daysToDeadline)
                                   : u"-"_s)
            << u'\t' << optionalDate(row.finalizedOn) << u'\t' << optionalDate(row.publishedOn);
        if (!row.returnReason.isEmpty())
            out << u'\t' << Tr::tr("returned: %1").arg(row.returnReason);
        out << u'\n';
    }
    if (options.json) {
        JsonValue root = JsonValue::object();
        root.insert(u"units"_s, std::move(items));
        out << QString::fromUtf8(writeJson(root));
    }
    return toActOn > 0 ? ExitFindings : ExitClean;
}

std::optional<qint64> reportOf(const ReportStore& store, const Options& options, QString* error) {
    const auto year = yearOf(options, error);
    if (!year)
        return std::nullopt;
    const QString unit = options.value(u"--unit"_s);
    const auto id = store.findReport(unit, *year);
    if (!id)
        *error = Tr::tr("%1 has no report of %2").arg(unit).arg(*year);
    return id;
}

// board add-unit / return / published: one change of the store.
int changeBoard(const QString& action, const Options& options, QTextStream& out, QTextStream& err) {
    const QString command = u"board "_s + action;
    QString error;
    auto store = openStore(options, false, err, &error);
    if (!store)
        return fail(err, command, error);
    bool done = false;
    if (action == u"add-unit") {
        const auto level = agencyLevelFromCode(options.value(u"--level"_s));
        if (options.words.size() != 2 || !level)
            return fail(err, command,
                        Tr::tr("give the unit's name and --level (township, street, "
                               "county_department…)"));
        done = store->addUnit(options.words[1], *level, &error);
    } else if (const auto id = reportOf(*store, options, &error)) {
        if (action == u"return") {
            done = store->returnReport(*id, options.value(u"--reason"_s), &error);
        } else {
            const QDate date = QDate::fromString(options.value(u"--date"_s), Qt::ISODate);
            done = store->setPublished(*id, date, &error);
        }
    }
    if (!done)
        return fail(err, command, error);
    out << Tr::tr("Done.") << u'\n';
    return ExitClean;
}

} // namespace

QString boardUsage() {
    return Tr::tr("  board --year Y [--json] [--today DATE]\n"
                  "      The county office's board (汇总): every unit (registered, or with a\n"
                  "      report in any year) with its report of year Y: status (not started,\n"
                  "      draft, has errors, finalized, published), errors, warnings, last change,\n"
                  "      days to the deadline of 31 January (negative: late), finalized and\n"
                  "      published dates, the reason of a return. Exit status 1 when a unit is\n"
                  "      late or has errors.\n"
                  "  board add-unit NAME --level LEVEL\n"
                  "  board return --unit NAME --year Y --reason TEXT\n"
                  "  board published --unit NAME --year Y --date DATE\n"
                  "      Register a unit; send a report back with a reason (a finalized one is\n"
                  "      reopened); record the day a finalized report was published.\n");
}

QString summaryUsage() {
    return Tr::tr("  summary --year Y [--unit NAME …] [--county NAME] -o FILE.xlsx|.csv|.pdf\n"
                  "      Tables two, three and four added up over the units given (all with a\n"
                  "      report of Y by default), exactly; a cell a unit left open stays open in\n"
                  "      the sum. The arithmetic rules are checked on the sum (exit status 1 on\n"
                  "      an error). .csv is UTF-8 with a BOM; an old file is kept when the new\n"
                  "      one cannot be written.\n");
}

int runBoardCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    QString error;
    const auto options = parseOptions(args,
                                      {u"--db"_s, u"--year"_s, u"--today"_s, u"--level"_s,
                                       u"--unit"_s, u"--reason"_s, u"--date"_s},
                                      &error);
    if (!options)
        return fail(err, u"board"_s, error);
    const QString action = options->words.value(0);
    if (action == u"add-unit" || action == u"return" || action == u"published")
        return changeBoard(action, *options, out, err);
    if (!action.isEmpty())
        return fail(err, u"board"_s, Tr::tr("unknown action \"%1\"").arg(action));
    const auto year = yearOf(*options, &error);
    if (!year)
        return fail(err, u"board"_s, error);
    QDate today = QDate::currentDate();
    if (options->values.contains(u"--today"_s)) {
        today = QDate::fromString(options->value(u"--today"_s), Qt::ISODate);
        if (!today.isValid())
            return fail(
                err, u"board"_s,
                Tr::tr("--today %1 is not a date (YYYY-MM-DD)").arg(options->value(u"--today"_s)));
    }
    auto store = openStore(*options, true, err, &error);
    if (!store)
        return fail(err, u"board"_s, error);
    return printBoard(buildBoard(*store, *year, today), *options, out);
}

int runSummaryCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    QString error;
    const auto options =
        parseOptions(args, {u"--db"_s, u"--year"_s, u"--unit"_s, u"-o"_s, u"--county"_s}, &error);
    if (!options)
        return fail(err, u"summary"_s, error);
    const auto year = yearOf(*options, &error);
    if (!year)
        return fail(err, u"summary"_s, error);
    const QString output = options->value(u"-o"_s);
    if (output.isEmpty())
        return fail(err, u"summary"_s, Tr::tr("-o FILE.xlsx, .csv or .pdf is needed"));
    auto store = openStore(*options, true, err, &error);
    if (!store)
        return fail(err, u"summary"_s, error);
    const auto summary = summarizeFromStore(*store, *year, options->all(u"--unit"_s), &error);
    if (!summary)
        return fail(err, u"summary"_s, error);
    if (!writeSummary(*summary, options->value(u"--county"_s), output, &error))
        return fail(err, u"summary"_s, error);
    out << summaryNote(*summary) << u'\n';
    for (const Finding& finding : summary->findings)
        out << finding.rule << u' ' << finding.message << u'\n';
    out << Tr::tr("Written: %1").arg(output) << u'\n';
    return summary->findings.empty() ? ExitClean : ExitFindings;
}

} // namespace nianbao
