#include "app/cli/commandline.h"

#include "app/cli/auditcommand.h"
#include "app/cli/boardcommand.h"
#include "app/cli/checkcommand.h"
#include "app/cli/dbcommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/printcommand.h"
#include "app/cli/registercommand.h"
#include "app/cli/servercommand.h"
#include "app/version.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::CommandLine)
};

// The one table of commands: `nianbao NAME …` runs `run`, and the help is their `usage` in
// this order, so that a command cannot be added to one and missing from the other.
struct CliCommand {
    QString name;
    QString (*usage)();
    int (*run)(const QStringList& args, QTextStream& out, QTextStream& err);
    CommandKind kind = CommandKind::Text;
    // A subcommand that renders although the command does not (`register print`).
    QString renderingSubcommand = {};
};

const std::vector<CliCommand>& commands() {
    static const std::vector<CliCommand> table = {
        {u"check"_s, checkUsage, runCheckCommand},
        {u"db"_s, dbUsage, runDbCommand},
        {u"export"_s, exportUsage, runExportCommand, CommandKind::Rendering},
        {u"print"_s, printUsage, runPrintCommand, CommandKind::Rendering},
        {u"import"_s, importUsage, runImportCommand},
        {u"audit"_s, auditUsage, runAuditCommand},
        {u"register"_s, registerUsage, runRegisterCommand, CommandKind::Text, u"print"_s},
        {u"board"_s, boardUsage, runBoardCommand},
        {u"summary"_s, summaryUsage, runSummaryCommand, CommandKind::Rendering},
        {u"server"_s, serverUsage, runServerCommand},
    };
    return table;
}

QString usage() {
    QString text =
        Tr::tr("Usage: nianbao COMMAND [OPTIONS]\n"
               "\n"
               "Writes, checks and publishes the annual report on government information\n"
               "disclosure (政府信息公开工作年度报告).\n"
               "\n"
               "Commands:\n");
    for (const CliCommand& command : commands())
        text += command.usage() + u'\n';
    return text +
           Tr::tr("Options:\n"
                  "  -h, --help       show this help; nianbao COMMAND --help shows one command's\n"
                  "  -v, --version    show the version of Nianbao and of Qt\n");
}

bool asksForHelp(const QString& argument) {
    return argument == u"-h" || argument == u"--help" || argument == u"help";
}

bool asksForVersion(const QString& argument) {
    return argument == u"-v" || argument == u"--version";
}

} // namespace

CommandKind commandKind(const QStringList& arguments) {
    const QString first = arguments.value(0);
    if (asksForHelp(first) || asksForVersion(first))
        return CommandKind::Text;
    for (const CliCommand& command : commands()) {
        if (command.name != first)
            continue;
        // A value that happens to read like the subcommand only costs a GUI application
        // without a display.
        if (!command.renderingSubcommand.isEmpty() &&
            arguments.mid(1).contains(command.renderingSubcommand))
            return CommandKind::Rendering;
        return command.kind;
    }
    return CommandKind::Editor;
}

void installTranslations(QCoreApplication& app, const QString& language) {
    const QString chosen = language.isEmpty() ? QLocale::system().name() : language;
    if (!chosen.startsWith(u"zh"))
        return;
    auto* ours = new QTranslator(&app);
    if (ours->load(u":/i18n/nianbao_zh_CN.qm"_s))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

QString versionText() {
    QString version = u"nianbao "_s + QString::fromLatin1(NIANBAO_VERSION);
    const QString commit = QString::fromLatin1(NIANBAO_GIT_COMMIT);
    if (!commit.isEmpty())
        version += u" ("_s + commit + u')';
    return version + u"\nQt "_s + QString::fromLatin1(qVersion()) + u" (built with "_s +
           QString::fromLatin1(QT_VERSION_STR) + u")\n"_s;
}

int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || asksForHelp(args[0])) {
        out << usage();
        return ExitClean;
    }
    if (asksForVersion(args[0])) {
        out << versionText();
        return ExitClean;
    }
    for (const CliCommand& command : commands()) {
        if (args[0] != command.name)
            continue;
        if (args.size() == 2 && asksForHelp(args[1])) {
            out << command.usage();
            return ExitClean;
        }
        return command.run(args.mid(1), out, err);
    }
    err << Tr::tr("nianbao: unknown command \"%1\"\n\n").arg(args[0]) << usage();
    return ExitBadInput;
}

int runCommandLine(const QStringList& arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return status;
}

} // namespace nianbao
