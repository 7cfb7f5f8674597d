#include "app/cli/servercommand.h"

#include "app/cli/commandline.h"
#include "app/cli/commandoptions.h"
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
    CommandOptions parsed({valueOption({u"db"_s}, u"URL"_s), valueOption({u"role"_s}, u"ROLE"_s),
                           valueOption({u"level"_s}, u"LEVEL"_s),
                           flagOption({u"county-office"_s})});
    QString error;
    if (!parsed.parse(args.mid(1), &error))
        return fail(error);
    const QString database = parsed.value(u"db"_s);
    const QString name = parsed.positional().value(0);
    QString role = parsed.value(u"role"_s);
    const bool countyOffice = parsed.isSet(u"county-office"_s);
    AgencyLevel level = AgencyLevel::Unknown;
    if (parsed.isSet(u"level"_s)) {
        const auto known = agencyLevelFromCode(parsed.value(u"level"_s));
        if (!known)
            return fail(Tr::tr("unknown level \"%1\" (province, province_department, city, "
                               "city_department, county, county_department, township, street)")
                            .arg(parsed.value(u"level"_s)));
        level = *known;
    }
    if (parsed.positional().size() > (subcommand == u"add-unit" ? 1 : 0))
        return fail(Tr::tr("unexpected argument \"%1\"").arg(parsed.positional().constLast()));
    const QString path = ReportStore::resolvePath(database);
    if (subcommand == u"add-unit" && name.isEmpty())
        return fail(Tr::tr("add-unit needs the unit's name"));
    ReportStore::Options options;
    options.dailyBackup = false;
    options.askPassword = terminalPasswordPrompt();
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
