#include "app/cli/printcommand.h"

#include "app/cli/commandline.h"
#include "app/cli/commandoptions.h"
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

QString printUsage() {
    return Tr::tr("  print FILE|--id ID [--db PATH] [--printer NAME] [--copies N]\n"
                  "        [--approval-page] [--to-file OUT.pdf [--dpi N]]\n"
                  "      Print the report as the window prints it: to the default printer, to\n"
                  "      the printer NAME, or through the printer's PDF mode to OUT.pdf at N\n"
                  "      dots per inch (default 1200), page for page the same as export --pdf.\n"
                  "      A finalized report prints as the signed copy, a draft with 草稿.\n"
                  "      --id ID          a report of the store (see db list) instead of a file\n"
                  "      --approval-page  add the 签批页 for signatures and the seal\n");
}

int runPrintCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    auto fail = [&](const QString& message) {
        err << u"nianbao print: "_s << message << u'\n';
        return ExitBadInput;
    };
    CommandOptions parsed({valueOption({u"printer"_s}, u"NAME"_s),
                           valueOption({u"to-file"_s}, u"OUT.pdf"_s),
                           valueOption({u"copies"_s}, u"N"_s), valueOption({u"dpi"_s}, u"N"_s),
                           valueOption({u"db"_s}, u"PATH"_s), valueOption({u"id"_s}, u"ID"_s),
                           flagOption({u"approval-page"_s})});
    QString error;
    if (!parsed.parse(args, &error))
        return fail(error);
    if (parsed.positional().size() > 1)
        return fail(Tr::tr("print takes one report file"));
    const QString file = parsed.positional().value(0);
    const QString printerName = parsed.value(u"printer"_s);
    const QString toFile = parsed.value(u"to-file"_s);
    const QString database = parsed.value(u"db"_s);
    if (parsed.isSet(u"printer"_s) && printerName.isEmpty())
        return fail(Tr::tr("--printer needs the name of a printer"));
    if (parsed.isSet(u"to-file"_s) && toFile.isEmpty())
        return fail(Tr::tr("--to-file needs a file name"));
    if (parsed.isSet(u"db"_s) && database.isEmpty())
        return fail(Tr::tr("--db needs the store's file"));
    PrintChoices choices;
    choices.approvalPage = parsed.isSet(u"approval-page"_s);
    if (parsed.isSet(u"copies"_s)) {
        const auto copies = parsed.number(u"copies"_s, 1, kMaxCopies, &error);
        if (!copies)
            return fail(Tr::tr("--copies needs a number from 1 to %1").arg(kMaxCopies));
        choices.copies = *copies;
    }
    const bool dpiGiven = parsed.isSet(u"dpi"_s);
    int dpi = 1200;
    if (dpiGiven) {
        const auto chosen = parsed.number(u"dpi"_s, kMinDpi, kMaxDpi, &error);
        if (!chosen)
            return fail(Tr::tr("--dpi needs a number from %1 to %2").arg(kMinDpi).arg(kMaxDpi));
        dpi = *chosen;
    }
    std::optional<int> storedId;
    if (parsed.isSet(u"id"_s)) {
        const auto id = parsed.number(u"id"_s, 1, std::numeric_limits<int>::max(), &error);
        if (!id)
            return fail(Tr::tr("--id needs a report number (see nianbao db list)"));
        storedId = *id;
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
