#include "model/import/publishedreport.h"

#include "model/import/htmlimport.h"
#include "model/pdf/pdfmodule.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nianbao {

std::optional<ImportedReport> importReportPdf(const QString& path,
                                              const std::shared_ptr<const FormDefinition>& form,
                                              QString* error) {
    constexpr qint64 maxSize = 64 * 1024 * 1024;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile()) {
        *error = u"%1：文件不存在"_s.arg(name);
        return std::nullopt;
    }
    if (info.size() > maxSize) {
        *error = u"%1：文件有%2字节，超过了年报PDF的上限（64 MiB）"_s.arg(name).arg(info.size());
        return std::nullopt;
    }
#ifndef NIANBAO_HAVE_POPPLER
    (void)form;
    *error = u"%1：这一版本不能直接读取PDF；请导入该年报的网页（.html），"
             u"或把PDF的文字另存为文本（.txt）后导入"_s.arg(name);
    return std::nullopt;
#else
    QString loadError;
    const pdfmodule::TextFunction readText = pdfmodule::textFunction(&loadError);
    if (!readText) {
        *error = u"%1：%2"_s.arg(name, loadError);
        return std::nullopt;
    }
    QString text;
    switch (readText(path, &text)) {
    case pdfmodule::TextStatus::Unreadable:
        *error = u"%1：不是可读的PDF文件"_s.arg(name);
        return std::nullopt;
    case pdfmodule::TextStatus::Locked:
        *error = u"%1：PDF已加密，无法读取文字"_s.arg(name);
        return std::nullopt;
    case pdfmodule::TextStatus::Read:
        break;
    }
    static const QRegularExpression visible(u"[^\\s]"_s);
    if (!text.contains(visible)) {
        *error = u"%1：PDF中没有文字（可能是扫描图片），需要先做文字识别"_s.arg(name);
        return std::nullopt;
    }
    QString reason;
    auto imported = importReportText(text, form, &reason);
    if (!imported)
        *error = u"%1：%2"_s.arg(name, reason);
    return imported;
#endif
}

std::optional<ImportedReport>
importPublishedReport(const QString& path, const std::shared_ptr<const FormDefinition>& form,
                      QString* error) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return importReportPdf(path, form, error);
    if (suffix == u"html" || suffix == u"htm" || suffix == u"shtml" || suffix == u"xhtml")
        return importReportHtmlFile(path, form, error);
    return importReportTextFile(path, form, error);
}

} // namespace nianbao
