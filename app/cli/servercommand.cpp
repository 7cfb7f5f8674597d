#include "app/cli/servercommand.h"

#include "app/cli/commandline.h"
#include "app/cli/passwordprompt.h"
#include "model/storage/reportstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ServerCommand)
};

} // namespace

QString serverUsage() {
    return Tr::tr(
        "  server init --db URL\n"
        "      On a PostgreSQL server, as the database's owner: the schema, the roles\n"
        "      nianbao_unit and nianbao_county and the row-level security policies\n"
        "      that keep each unit in its own lane.\n"
        "  server add-unit NAME --db URL [--level LEVEL] [--role ROLE] [--county-office]\n"
        "      A sign-in role (default: NAME) that sees and changes only NAME's\n"
        "      reports and register; --county-office: one that reads every unit's.\n");
}

int runServerCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    auto fail = [&](const QString& message) {
        err << u"nianbao server: "_s << message << u'\n';
        return static_cast<int>(ExitBadInput);
    };
    const QString subcommand = args.value(0);
    if (subcommand != u"init" && subcommand != u"add-unit")
        return fail(Tr::tr("name what to do: init, or add-unit NAME"));
    QString database;
    QString name;
    QString role;
    AgencyLevel level = AgencyLevel::Unknown;
    bool countyOffice = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--db" && hasValue) {
            database = args[++i];
        } else if (arg == u"--role" && hasValue) {
            role = args[++i];
        } else if (arg == u"--level" && hasValue) {
            const auto parsed = agencyLevelFromCode(args[++i]);
            if (!parsed)
                return fail(Tr::tr("unknown level \"%1\" (province, province_department, city, "
                                   "city_department, county, county_department, township, "
                                   "street)")
                                .arg(args[i]));
            level = *parsed;
        } else if (arg == u"--county-office") {
            countyOffice = true;
        } else if (!arg.startsWith(u"--"_s) && name.isEmpty() && subcommand == u"add-unit") {
            name = arg;
        } else {
            return fail(Tr::tr("unknown option \"%1\"").arg(arg));
        }
    }
    const QString path = ReportStore::resolvePath(database);
    if (subcommand == u"add-unit" && name.isEmpty())
        return fail(Tr::tr("add-unit needs the unit's name"));
    ReportStore::Options options;
    options.dailyBackup = false;
    options.askPassword = terminalPasswordPrompt();
    QString error;
    auto store = ReportStore::open(path, options, &error);
    if (!store)
        return fail(error);
    if (subcommand == u"init") {
        if (!store->initLanes(&error))
            return fail(error);
        out << Tr::tr("%1: the schema, the roles nianbao_unit and nianbao_county and the "
                      "row-level security policies are in place")
                   .arg(store->path())
            << u'\n';
        return ExitClean;
    }
    if (role.isEmpty())
        role = name;
    if (!store->addUnitRole(name, level, role, countyOffice, &error))
        return fail(error);
    out << Tr::tr("%1: the role \"%2\" signs in for %3; give it a password with the server's "
                  "tools (psql: \\password \"%2\")")
               .arg(store->path(), role, name)
        << u'\n';
    return ExitClean;
}

} // namespace nianbao
