#include "app/cli/exportcommand.h"

#include "app/cli/checkcommand.h"
#include "app/cli/commandline.h"
#include "app/cli/commandoptions.h"
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

QString exportUsage() {
    return Tr::tr("  export FILE [--pdf OUT.pdf [--pdfa]] [--png FOLDER] [--html OUT.html]\n"
                  "              [--odt OUT.odt] [--approval-page] [--no-fingerprint]\n"
                  "      Render the report as it prints (A4, GB/T 9704), without a display.\n"
                  "      A finalized report gets its content hash in every footer and as a QR\n"
                  "      code on the last page; a draft gets the 草稿 watermark.\n");
}

int runExportCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandOptions parsed(
        {valueOption({u"pdf"_s}, u"OUT.pdf"_s), valueOption({u"png"_s}, u"FOLDER"_s),
         valueOption({u"html"_s}, u"OUT.html"_s), valueOption({u"odt"_s}, u"OUT.odt"_s),
         flagOption({u"no-watermark"_s}), flagOption({u"pdfa"_s}), flagOption({u"approval-page"_s}),
         flagOption({u"no-fingerprint"_s}), flagOption({u"fingerprint"_s})});
    QString error;
    if (!parsed.parse(args, &error)) {
        err << u"nianbao export: "_s << error << u'\n';
        return ExitBadInput;
    }
    if (parsed.positional().size() > 1) {
        err << u"nianbao export: "_s << Tr::tr("export takes one report file") << u'\n';
        return ExitBadInput;
    }
    const QString file = parsed.positional().value(0);
    const QString pdf = parsed.value(u"pdf"_s);
    const QString png = parsed.value(u"png"_s);
    const QString html = parsed.value(u"html"_s);
    const QString odt = parsed.value(u"odt"_s);
    const bool draftForced = parsed.isSet(u"no-watermark"_s);
    const bool draft = !draftForced;
    const bool approvalPage = parsed.isSet(u"approval-page"_s);
    const bool pdfA = parsed.isSet(u"pdfa"_s);
    std::optional<bool> fingerprint;
    if (parsed.isSet(u"no-fingerprint"_s))
        fingerprint = false;
    else if (parsed.isSet(u"fingerprint"_s))
        fingerprint = true;
    if (file.isEmpty() || (pdf.isEmpty() && png.isEmpty() && html.isEmpty() && odt.isEmpty())) {
        err << u"nianbao export: "_s
            << Tr::tr("usage: nianbao export FILE [--pdf OUT.pdf [--pdfa]] [--png FOLDER] [--html "
                      "OUT.html] [--odt OUT.odt] [--approval-page] [--no-fingerprint] "
                      "[--no-watermark]")
            << u'\n';
        return ExitBadInput;
    }
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
