#include "app/cli/registerarguments.h"

#include "app/cli/commandoptions.h"
#include "app/cli/passwordprompt.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::RegisterCommand)
};

// The options taking a value, and those that are flags.
const QStringList kValueOptions = {u"--db"_s,
                                   u"--agency"_s,
                                   u"--year"_s,
                                   u"--days"_s,
                                   u"--today"_s,
                                   u"--number"_s,
                                   u"--received"_s,
                                   u"--channel"_s,
                                   u"--type"_s,
                                   u"--name"_s,
                                   u"--contact"_s,
                                   u"--subject"_s,
                                   u"--correction-asked"_s,
                                   u"--correction-received"_s,
                                   u"--consultation-start"_s,
                                   u"--consultation-end"_s,
                                   u"--extended"_s,
                                   u"--replied"_s,
                                   u"--outcome"_s,
                                   u"--fee"_s,
                                   u"--notes"_s,
                                   u"--merged-into"_s,
                                   u"-o"_s,
                                   u"--output"_s,
                                   u"--map"_s,
                                   u"--kind"_s,
                                   u"--route"_s,
                                   u"--filed"_s,
                                   u"--decided"_s,
                                   u"--result"_s};
const QStringList kFlags = {u"--json"_s,      u"--write"_s,
                            u"--withdrawn"_s, u"--with-personal-data"_s,
                            u"--dry-run"_s,   u"--mask"_s};

} // namespace

std::optional<RegisterArguments> parseRegisterArguments(const QStringList& args, QString* error) {
    QList<QCommandLineOption> table;
    const auto bare = [](const QString& option) {
        return option.mid(option.startsWith(u"--") ? 2 : 1);
    };
    for (const QString& option : kValueOptions)
        table << valueOption({bare(option)}, u"VALUE"_s);
    for (const QString& flag : kFlags)
        table << flagOption({bare(flag)});
    CommandOptions options(table);
    if (!options.parse(args, error))
        return std::nullopt;
    RegisterArguments parsed;
    for (const QString& option : kValueOptions) {
        if (options.isSet(bare(option)))
            parsed.values.insert(option, options.value(bare(option)));
    }
    for (const QString& flag : kFlags) {
        if (options.isSet(bare(flag)))
            parsed.flags.insert(flag);
    }
    QStringList positional = options.positional();
    parsed.subcommand = positional.isEmpty() ? QString() : positional.takeFirst();
    // The sheet of import, the action of cases.
    if ((parsed.subcommand == u"import" || parsed.subcommand == u"cases") && !positional.isEmpty())
        parsed.file = positional.takeFirst();
    if (!positional.isEmpty()) {
        *error = Tr::tr("\"%1\" is not an option of register %2")
                     .arg(positional.first(), parsed.subcommand);
        return std::nullopt;
    }
    return parsed;
}

// A date option as YYYY-MM-DD; an absent option is an invalid date, a malformed one an error.
std::optional<QDate> dateOption(const RegisterArguments& args, const QString& option,
                                QString* error) {
    if (!args.has(option))
        return QDate();
    const QDate date = QDate::fromString(args.value(option), Qt::ISODate);
    if (!date.isValid()) {
        *error = Tr::tr("%1 \"%2\" is not a date (write it as 2025-03-04)")
                     .arg(option, args.value(option));
        return std::nullopt;
    }
    return date;
}

std::optional<int> numberOption(const RegisterArguments& args, const QString& option, int low,
                                int high, QString* error) {
    bool ok = false;
    const int n = args.value(option).toInt(&ok);
    if (!ok || n < low || n > high) {
        *error = Tr::tr("%1 \"%2\" is not a number from %3 to %4")
                     .arg(option, args.value(option))
                     .arg(low)
                     .arg(high);
        return std::nullopt;
    }
    return n;
}

// Only `add` may create a store; only the commands that write take it for writing.
std::unique_ptr<ReportStore> openRegisterStore(const RegisterArguments& args, bool mayCreate,
                                               bool readOnly, QTextStream& err, QString* error) {
    ReportStore::Options options;
    options.mayCreate = mayCreate;
    options.readOnly = readOnly;
    options.askPassword = terminalPasswordPrompt();
    const QString path = ReportStore::resolvePath(args.value(u"--db"_s));
    auto store = ReportStore::open(path, options, error);
    if (store && !store->warning().isEmpty())
        err << u"nianbao register: "_s << store->warning() << u'\n';
    if (store && store->isNew())
        err << Tr::tr("New database %1").arg(path) << u'\n';
    return store;
}

bool optionalYear(const RegisterArguments& args, const QString& command, QTextStream& err,
                  std::optional<int>* year) {
    year->reset();
    if (!args.has(u"--year"_s))
        return true;
    QString error;
    *year = numberOption(args, u"--year"_s, 1990, 2200, &error);
    if (!*year)
        err << command << u": "_s << error << u'\n';
    return year->has_value();
}

std::optional<AgencyYear> agencyAndYear(const RegisterArguments& args, const QString& command,
                                        QTextStream& err) {
    QString error;
    const QString agency = args.value(u"--agency"_s);
    if (agency.isEmpty() || !args.has(u"--year"_s)) {
        err << command << u": "_s << Tr::tr("--agency and --year are needed") << u'\n';
        return std::nullopt;
    }
    const auto year = numberOption(args, u"--year"_s, 1990, 2200, &error);
    if (!year) {
        err << command << u": "_s << error << u'\n';
        return std::nullopt;
    }
    return AgencyYear{agency, *year};
}

std::optional<qint64> reportToWrite(const ReportStore& store, const AgencyYear& which,
                                    const QString& command, QTextStream& err) {
    const auto id = store.findReport(which.agency, which.year);
    if (!id)
        err << command << u": "_s
            << Tr::tr("the store has no report of %1 for %2 to write the table into")
                   .arg(which.agency)
                   .arg(which.year)
            << u'\n';
    return id;
}

} // namespace nianbao
