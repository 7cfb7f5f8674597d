#include "app/cli/exportcommand.h"

#include "app/cli/commandline.h"
#include "model/core/reportjson.h"
#include "model/render/htmlexport.h"
#include "model/render/pdfexport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ExportCommand)
};

} // namespace

int runExportCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    QString file, pdf, png, html, odt;
    bool draft = true;
    bool draftForced = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](QString& target) {
            if (i + 1 >= args.size())
                return false;
            target = args[++i];
            return true;
        };
        if (a == u"--pdf") {
            if (!value(pdf)) {
                err << u"nianbao export: "_s << Tr::tr("--pdf needs a file name") << u'\n';
                return ExitBadInput;
            }
        } else if (a == u"--png") {
            if (!value(png)) {
                err << u"nianbao export: "_s << Tr::tr("--png needs a folder") << u'\n';
                return ExitBadInput;
            }
        } else if (a == u"--html" || a == u"--odt") {
            if (!value(a == u"--html" ? html : odt)) {
                err << u"nianbao export: "_s << Tr::tr("%1 needs a file name").arg(a) << u'\n';
                return ExitBadInput;
            }
        } else if (a == u"--no-watermark") {
            draft = false;
            draftForced = true;
        } else if (a == u"--pdfa" || a == u"--approval-page") {
            err << u"nianbao export: "_s
                << Tr::tr("%1 is not available in this version yet; --pdf, --png, --html and --odt "
                          "are")
                       .arg(a)
                << u'\n';
            return ExitBadInput;
        } else if (a.startsWith(u'-')) {
            err << u"nianbao export: "_s << Tr::tr("unknown option \"%1\"").arg(a) << u'\n';
            return ExitBadInput;
        } else if (file.isEmpty()) {
            file = a;
        } else {
            err << u"nianbao export: "_s << Tr::tr("export takes one report file") << u'\n';
            return ExitBadInput;
        }
    }
    if (file.isEmpty() || (pdf.isEmpty() && png.isEmpty() && html.isEmpty() && odt.isEmpty())) {
        err << u"nianbao export: "_s
            << Tr::tr("usage: nianbao export FILE [--pdf OUT.pdf] [--png FOLDER] [--html OUT.html] "
                      "[--odt OUT.odt] [--no-watermark]")
            << u'\n';
        return ExitBadInput;
    }
    QString error;
    const auto report = ReportJson::load(file, &error);
    if (!report) {
        err << u"nianbao export: "_s << error << u'\n';
        return ExitBadInput;
    }
    RenderOptions options;
    // A report exported by the store after 定稿 carries "finalized": no draft watermark.
    const bool finalized = std::any_of(report->extraKeys.begin(), report->extraKeys.end(),
                                       [](const JsonMember& m) { return m.key == u"finalized"; });
    options.watermark = draftForced ? draft : !finalized;
    if (!pdf.isEmpty() && !ReportExport::writePdf(*report, pdf, options, &error)) {
        err << u"nianbao export: "_s << error << u'\n';
        return ExitBadInput;
    }
    if (!png.isEmpty() && !ReportExport::writePng(*report, png, options, 150, &error)) {
        err << u"nianbao export: "_s << error << u'\n';
        return ExitBadInput;
    }
    if (!html.isEmpty() && !HtmlExport::writeHtml(*report, html, &error)) {
        err << u"nianbao export: "_s << error << u'\n';
        return ExitBadInput;
    }
    if (!odt.isEmpty() && !HtmlExport::writeOdt(*report, odt, &error)) {
        err << u"nianbao export: "_s << error << u'\n';
        return ExitBadInput;
    }
    Q_UNUSED(out);
    return ExitClean;
}

} // namespace nianbao
