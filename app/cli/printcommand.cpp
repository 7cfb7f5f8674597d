#include "app/cli/printcommand.h"

#include "app/cli/commandline.h"
#include "app/cli/exportcommand.h"
#include "app/cli/passwordprompt.h"
#include "app/gui/printing.h"
#include "model/core/reportjson.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QPrinterInfo>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::PrintCommand)
};

constexpr int kMaxCopies = 99;
constexpr int kMinDpi = 72;
constexpr int kMaxDpi = 2400;

} // namespace

int runPrintCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    QString file, printerName, toFile, database;
    std::optional<int> storedId;
    PrintChoices choices;
    int dpi = 1200;
    bool dpiGiven = false;
    auto fail = [&](const QString& message) {
        err << u"nianbao print: "_s << message << u'\n';
        return ExitBadInput;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](QString& target) {
            if (i + 1 >= args.size())
                return false;
            target = args[++i];
            return true;
        };
        auto number = [&](int low, int high, int& target) {
            QString text;
            if (!value(text))
                return false;
            bool ok = false;
            target = text.toInt(&ok);
            return ok && target >= low && target <= high;
        };
        if (a == u"--printer") {
            if (!value(printerName) || printerName.isEmpty())
                return fail(Tr::tr("--printer needs the name of a printer"));
        } else if (a == u"--to-file") {
            if (!value(toFile) || toFile.isEmpty())
                return fail(Tr::tr("--to-file needs a file name"));
        } else if (a == u"--copies") {
            if (!number(1, kMaxCopies, choices.copies))
                return fail(Tr::tr("--copies needs a number from 1 to %1").arg(kMaxCopies));
        } else if (a == u"--dpi") {
            if (!number(kMinDpi, kMaxDpi, dpi))
                return fail(Tr::tr("--dpi needs a number from %1 to %2").arg(kMinDpi).arg(kMaxDpi));
            dpiGiven = true;
        } else if (a == u"--db") {
            if (!value(database) || database.isEmpty())
                return fail(Tr::tr("--db needs the store's file"));
        } else if (a == u"--id") {
            int id = 0;
            if (!number(1, std::numeric_limits<int>::max(), id))
                return fail(Tr::tr("--id needs a report number (see nianbao db list)"));
            storedId = id;
        } else if (a == u"--approval-page") {
            choices.approvalPage = true;
        } else if (a.startsWith(u'-')) {
            return fail(Tr::tr("unknown option \"%1\"").arg(a));
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return fail(Tr::tr("print takes one report file"));
        }
    }
    if (file.isEmpty() == !storedId) {
        return fail(Tr::tr("usage: nianbao print FILE|--id ID [--db PATH] [--printer NAME] "
                           "[--copies N] [--approval-page] [--to-file OUT.pdf [--dpi N]]"));
    }
    if (!database.isEmpty() && !storedId)
        return fail(Tr::tr("--db goes with --id (a report file is printed as it is)"));
    if (!toFile.isEmpty() && !printerName.isEmpty())
        return fail(Tr::tr("--printer and --to-file exclude each other"));
    if (dpiGiven && toFile.isEmpty())
        return fail(Tr::tr("--dpi goes with --to-file (a printer has its own resolution)"));

    QString error;
    std::optional<Report> report;
    bool finalized = false;
    RenderOptions own;
    if (storedId) {
        // The store's report with its finalization, as the window would print it.
        ReportStore::Options options;
        options.askPassword = terminalPasswordPrompt();
        const auto store = ReportStore::open(ReportStore::resolvePath(database), options, &error);
        report = store ? store->load(*storedId, &error) : std::nullopt;
        if (!report)
            return fail(error);
        const auto finalization = store->finalization(*storedId);
        finalized = finalization.has_value();
        if (finalization)
            own = finalizedRenderOptions(*finalization);
    } else {
        report = ReportJson::load(file, &error);
        if (!report)
            return fail(error);
        own = fileRenderOptions(*report, &finalized);
    }
    // As the window proposes it: a finalized report prints as the signed copy.
    choices.finalCopy = finalized;
    const RenderOptions options = applyPrintChoices(own, choices, finalized);

    if (!toFile.isEmpty()) {
        if (!printReportToFile(*report, options, toFile, dpi, &error))
            return fail(error);
        return ExitClean;
    }
    const QPrinterInfo info = printerName.isEmpty() ? QPrinterInfo::defaultPrinter()
                                                    : QPrinterInfo::printerInfo(printerName);
    if (info.isNull()) {
        const QStringList names = QPrinterInfo::availablePrinterNames();
        const QString known = names.isEmpty()
                                  ? Tr::tr("no printer is installed")
                                  : Tr::tr("the printers are: %1").arg(names.join(u", "_s));
        return fail(
            printerName.isEmpty()
                ? Tr::tr("there is no default printer; name one with --printer (%1)").arg(known)
                : Tr::tr("there is no printer named \"%1\" (%2)").arg(printerName, known));
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setCopyCount(choices.copies);
    if (!printReport(*report, options, &printer, &error))
        return fail(error);
    out << Tr::tr("Sent to %1.").arg(info.printerName()) << u'\n';
    return ExitClean;
}

} // namespace nianbao
