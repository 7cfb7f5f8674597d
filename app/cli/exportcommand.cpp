#include "app/cli/exportcommand.h"

#include "app/cli/checkcommand.h"
#include "app/cli/commandline.h"
#include "model/core/json.h"
#include "model/core/reportjson.h"
#include "model/render/htmlexport.h"
#include "model/render/pdfexport.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ExportCommand)
};

} // namespace

RenderOptions fileRenderOptions(const Report& report, bool* finalized) {
    RenderOptions options;
    const JsonValue* record = nullptr;
    for (const JsonMember& m : report.extraKeys) {
        if (m.key == u"finalized")
            record = &m.value;
    }
    if (finalized)
        *finalized = record != nullptr;
    options.watermark = !record;
    if (!record)
        return options;
    options.fingerprint = ReportJson::contentHash(report);
    if (record->isObject()) {
        auto text = [&](const char16_t* key) {
            const JsonValue* v = record->member(QStringView(key));
            return v && v->isString() ? v->text : QString();
        };
        options.preparer = text(u"preparer");
        options.reviewer = text(u"reviewer");
        options.approver = text(u"approver");
        // The date as the window prints it (2025年1月20日); the date itself for the 落款.
        const QString date = text(u"date");
        options.finalizedOn = QDate::fromString(date, Qt::ISODate);
        options.date =
            options.finalizedOn.isValid() ? options.finalizedOn.toString(u"yyyy年M月d日"_s) : date;
    }
    return options;
}

int runExportCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    QString file, pdf, png, html, odt;
    bool draft = true;
    bool draftForced = false;
    bool approvalPage = false;
    bool pdfA = false;
    std::optional<bool> fingerprint;
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
        } else if (a == u"--pdfa") {
            pdfA = true;
        } else if (a == u"--approval-page") {
            approvalPage = true;
        } else if (a == u"--no-fingerprint") {
            fingerprint = false;
        } else if (a == u"--fingerprint") {
            fingerprint = true;
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
            << Tr::tr("usage: nianbao export FILE [--pdf OUT.pdf [--pdfa]] [--png FOLDER] [--html "
                      "OUT.html] [--odt OUT.odt] [--approval-page] [--no-fingerprint] "
                      "[--no-watermark]")
            << u'\n';
        return ExitBadInput;
    }
    QString error;
    const auto report = ReportJson::load(file, &error);
    if (!report) {
        err << u"nianbao export: "_s << error << u'\n';
        return ExitBadInput;
    }
    // A file that says it was finalized but whose content is not what its hash vouches for
    // is never rendered as final (nor silently given a new fingerprint).
    if (const auto seal = finalizedSealFinding(*report)) {
        err << u"nianbao export: "_s << file << u": "_s << seal->message << u'\n';
        return ExitFindings;
    }
    bool finalized = false;
    RenderOptions options = fileRenderOptions(*report, &finalized);
    options.watermark = draftForced ? draft : !finalized;
    if (!fingerprint.value_or(finalized))
        options.fingerprint.clear();
    else if (options.fingerprint.isEmpty())
        options.fingerprint = ReportJson::contentHash(*report);
    options.approvalPage = approvalPage;
    options.pdfA = pdfA;
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
