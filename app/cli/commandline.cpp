#include "app/cli/commandline.h"

#include "app/cli/auditcommand.h"
#include "app/cli/boardcommand.h"
#include "app/cli/checkcommand.h"
#include "app/cli/dbcommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/printcommand.h"
#include "app/cli/registercommand.h"
#include "app/version.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::CommandLine)
};

// The county office's commands (issue 19), in a text of their own.
QString boardUsage() {
    return Tr::tr("County office (汇总):\n"
                  "  board --year Y [--json] [--today DATE]\n"
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
                  "      reopened); record the day a finalized report was published.\n"
                  "  summary --year Y [--unit NAME …] [--county NAME] -o FILE.xlsx|.csv|.pdf\n"
                  "      Tables two, three and four added up over the units given (all with a\n"
                  "      report of Y by default), exactly; a cell a unit left open stays open in\n"
                  "      the sum. The arithmetic rules are checked on the sum (exit status 1 on\n"
                  "      an error). .csv is UTF-8 with a BOM; an old file is kept when the new\n"
                  "      one cannot be written.\n");
}

QString usage() {
    return Tr::tr(
        "Usage: nianbao COMMAND [OPTIONS]\n"
        "\n"
        "Writes, checks and publishes the annual report on government information\n"
        "disclosure (政府信息公开工作年度报告).\n"
        "\n"
        "Commands:\n"
        "  check FILE [--previous FILE] [--json]\n"
        "      Check one report file (*.nianbao.json) against every rule of the form.\n"
        "      --previous FILE  last year's report, for the cross-year checks\n"
        "      --json           print the findings as JSON\n"
        "      Exit status: 0 no errors (warnings allowed), 1 errors found,\n"
        "      2 unreadable or invalid input.\n"
        "\n"
        "  db list [--json]            the reports in the store\n"
        "  db import FILE...           store report files (*.nianbao.json)\n"
        "  db export ID [-o FILE]      write a stored report as an exchange file\n"
        "  db check ID [--json]        check a stored report (with last year's from\n"
        "                              the store); exit status as for check\n"
        "  db restore                  replace a damaged store by its newest good backup\n"
        "  db restore-frozen ID        put back the copy of a finalized report frozen\n"
        "                              at finalization, when its content was changed\n"
        "      --db PATH               the store (default: $NIANBAO_DB, else\n"
        "                              nianbao.sqlite in the application data folder)\n"
        "\n"
        "  export FILE [--pdf OUT.pdf [--pdfa]] [--png FOLDER] [--html OUT.html]\n"
        "              [--odt OUT.odt] [--approval-page] [--no-fingerprint]\n"
        "      Render the report as it prints (A4, GB/T 9704), without a display.\n"
        "      A finalized report gets its content hash in every footer and as a QR\n"
        "      code on the last page; a draft gets the 草稿 watermark.\n"
        "\n"
        "  print FILE|--id ID [--db PATH] [--printer NAME] [--copies N]\n"
        "        [--approval-page] [--to-file OUT.pdf [--dpi N]]\n"
        "      Print the report as the window prints it: to the default printer, to\n"
        "      the printer NAME, or through the printer's PDF mode to OUT.pdf at N\n"
        "      dots per inch (default 1200), page for page the same as export --pdf.\n"
        "      A finalized report prints as the signed copy, a draft with 草稿.\n"
        "      --id ID          a report of the store (see db list) instead of a file\n"
        "      --approval-page  add the 签批页 for signatures and the seal\n"
        "\n"
        "  import SOURCE [-o OUT.nianbao.json] [--year YEAR] [--agency NAME]\n"
        "      Read a published report (a PDF, a web page .html/.htm, or its text in\n"
        "      a .txt file) into the exchange format; what could not be found is\n"
        "      listed on stderr.\n"
        "      --year, --agency  when the text lacks its title (or to correct it)\n"
        "      Exit status: 0 complete, 1 partial, 2 not a report or unreadable.\n"
        "\n"
        "  audit PATH... [--format table|csv|json]\n"
        "      Import and check many published reports (.pdf, .html, .htm, .txt) or\n"
        "      report files (*.nianbao.json), given as files or folders; one line\n"
        "      each.\n"
        "      Exit status: 0 all clean, 1 some with errors, 2 none readable.\n"
        "\n"
        "  register list [--agency NAME] [--year Y] [--json] [--with-personal-data]\n"
        "      The request register (依申请公开登记): each request with its outcome, or\n"
        "      its due date and working days left. With --year, the requests that\n"
        "      year's table three counts. Applicants' names and contacts only with\n"
        "      --with-personal-data.\n"
        "  register due [--days N] [--agency NAME] [--json]\n"
        "      Open requests due within N working days (default 5) or overdue.\n"
        "      Exit status 1 when one is overdue.\n"
        "  register add --agency NAME --received DATE --type TYPE [--number N]\n"
        "        [--channel C] [--name TEXT] [--contact TEXT] [--subject TEXT]\n"
        "        [--correction-asked DATE] [--correction-received DATE]\n"
        "        [--consultation-start DATE] [--consultation-end DATE]\n"
        "        [--extended DATE] [--replied DATE --outcome ROW] [--fee 万元]\n"
        "        [--notes TEXT] [--withdrawn] [--merged-into N]\n"
        "      Add a request; TYPE and ROW are table three's column and row keys\n"
        "      (natural, business…; granted, partial, denied_1…). Dates YYYY-MM-DD.\n"
        "  register table3 --agency NAME --year Y [--json] [--write]\n"
        "      Table three counted from the register; --write puts it into the\n"
        "      store's report of that agency and year, marked as from the register.\n"
        "  register export -o FILE.xlsx [--agency NAME] [--year Y] [--with-personal-data]\n"
        "      The register as a spreadsheet (登记表): one row per request, dates as\n"
        "      Excel dates. Applicants' names and contacts only with\n"
        "      --with-personal-data. A file that cannot be written is left as it was.\n"
        "  register import FILE --agency NAME [--map 列名=field,…] [--dry-run]\n"
        "      Bring a register kept in a spreadsheet (.xlsx or .csv, UTF-8 or GBK) in:\n"
        "      the header row is the first naming three known columns (编号, 收到日期,\n"
        "      申请人, 申请人类型, 申请方式, 申请内容, 答复日期, 办理结果, 备注 and close\n"
        "      variants); --map names others (fields: number, received, channel, type,\n"
        "      name, contact, subject, correction, consultation, extended, replied,\n"
        "      outcome, fee, notes, ignore). Each row is reported, recognised or refused\n"
        "      with the reason; the recognised rows are stored in one transaction, none\n"
        "      with --dry-run. Exit status: 0 all stored, 1 some refused, 2 unreadable\n"
        "      file or no header row.\n"
        "      --db PATH, --today DATE (for due dates) as for db.\n"
        "\n"
        "Options:\n"
        "  -h, --help       show this help\n"
        "  -v, --version    show the version of Nianbao and of Qt\n");
}

} // namespace

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
    if (args.isEmpty() || args[0] == u"-h" || args[0] == u"--help" || args[0] == u"help") {
        out << usage() << u'\n' << boardUsage();
        return ExitClean;
    }
    if (args[0] == u"-v" || args[0] == u"--version") {
        out << versionText();
        return ExitClean;
    }
    if (args[0] == u"check")
        return runCheckCommand(args.mid(1), out, err);
    if (args[0] == u"db")
        return runDbCommand(args.mid(1), out, err);
    if (args[0] == u"export")
        return runExportCommand(args.mid(1), out, err);
    if (args[0] == u"print")
        return runPrintCommand(args.mid(1), out, err);
    if (args[0] == u"import")
        return runImportCommand(args.mid(1), out, err);
    if (args[0] == u"audit")
        return runAuditCommand(args.mid(1), out, err);
    if (args[0] == u"register")
        return runRegisterCommand(args.mid(1), out, err);
    if (args[0] == u"board")
        return runBoardCommand(args.mid(1), out, err);
    if (args[0] == u"summary")
        return runSummaryCommand(args.mid(1), out, err);
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
