#include "app/cli/registerprintcommand.h"

#include "app/cli/commandline.h"
#include "model/core/filewriting.h"
#include "model/render/pdfexport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::RegisterCommand)
};

} // namespace

std::optional<RegisterPrintOptions> registerPrintOptions(const RegisterArguments& args,
                                                         QString* error) {
    RegisterPrintOptions options;
    options.agency = args.value(u"--agency"_s).trimmed();
    if (options.agency.isEmpty()) {
        *error = Tr::tr("name the agency whose register to print with --agency NAME");
        return std::nullopt;
    }
    if (args.has(u"--year"_s)) {
        options.year = numberOption(args, u"--year"_s, 1990, 2200, error);
        if (!options.year)
            return std::nullopt;
    }
    if (args.flag(u"--mask"_s) && !args.flag(u"--with-personal-data"_s)) {
        *error = Tr::tr("--mask masks the personal data asked for with --with-personal-data");
        return std::nullopt;
    }
    if (args.flag(u"--with-personal-data"_s))
        options.personalData = args.flag(u"--mask"_s) ? PersonalData::Masked : PersonalData::Shown;
    return options;
}

int runRegisterPrint(ReportStore& store, const RegisterArguments& args, QTextStream& out,
                     QTextStream& err) {
    QString error;
    const QString path = args.has(u"-o"_s) ? args.value(u"-o"_s) : args.value(u"--output"_s);
    const auto options = registerPrintOptions(args, &error);
    if (!options || path.isEmpty()) {
        err << u"nianbao register print: "_s
            << (options ? Tr::tr("name the file to write with -o FILE.pdf") : error) << u'\n';
        return ExitBadInput;
    }
    const auto entries = store.requests(options->agency, options->year);
    const auto calendar = WorkCalendar::official();
    const auto pages = layoutRegister(entries, *options, calendar.get());
    ReportExport::PdfInfo info;
    info.title = registerPrintTitle(*options);
    info.author = options->agency;
    const auto pdf = ReportExport::pagesPdfBytes(pages, info, &error);
    if (!pdf || !writeFileSafely(path, *pdf, &error)) {
        err << u"nianbao register print: "_s << error << u'\n';
        return ExitBadInput;
    }
    out << Tr::tr("%1 request(s) printed to %2 on %3 page(s)")
               .arg(entries.size())
               .arg(path)
               .arg(pages.size())
        << u'\n';
    return ExitClean;
}

} // namespace nianbao
