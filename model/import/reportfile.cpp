#include "model/import/reportfile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <vector>

using namespace Qt::StringLiterals;

namespace nianbao {

std::optional<QString> decodeReportBytes(QByteArrayView bytes, QByteArrayView declared,
                                         QString* error) {
    // Chinese pages declare GB2312 or GBK but use characters only GB18030 has; it is a superset
    // of both.
    const QByteArray charset = declared.toByteArray().trimmed().toLower();
    static const QByteArrayList gbNames = {"gb2312", "gbk",         "gb18030", "x-gbk",
                                           "cp936",  "windows-936", "euc-cn",  "hz-gb-2312"};
    const bool declaredGb = gbNames.contains(charset);
    const auto gbDecoder = [] {
        QStringDecoder gb18030("GB18030");
#ifdef Q_OS_WIN
        // Qt for Windows is built without ICU; Chinese Windows' own code page is GBK.
        if (!gb18030.isValid())
            return QStringDecoder(QStringDecoder::System);
#endif
        return gb18030;
    };
    std::vector<QStringDecoder> candidates;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        candidates.emplace_back(QStringDecoder::Utf8);
    else if (bytes.startsWith("\xFF\xFE"))
        candidates.emplace_back(QStringDecoder::Utf16LE);
    else if (bytes.startsWith("\xFE\xFF"))
        candidates.emplace_back(QStringDecoder::Utf16BE);
    else if (declaredGb)
        candidates.push_back(gbDecoder());
    else if (!charset.isEmpty() && charset != "utf-8" && charset != "utf8" &&
             QStringDecoder(charset.constData()).isValid())
        candidates.emplace_back(charset.constData());
    if (candidates.empty()) {
        candidates.emplace_back(QStringDecoder::Utf8);
        candidates.push_back(gbDecoder());
    }
    for (QStringDecoder& decoder : candidates) {
        if (!decoder.isValid())
            continue;
        QString text = decoder.decode(bytes);
        if (!decoder.hasError()) {
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            return text;
        }
    }
    if (error) {
        *error = declared.isEmpty() ? u"既不是UTF-8也不是GB18030文本"_s
                                    : u"文字不符合其声明的编码「%1」"_s.arg(
                                          QString::fromLatin1(declared.toByteArray()));
    }
    return std::nullopt;
}

std::optional<QByteArray> readReportFile(const QString& path, const QString& kind, QString* error) {
    constexpr qint64 maxSize = 8 * 1024 * 1024;
    const QString name = QFileInfo(path).fileName();
    // A device (/dev/zero behind a link) reports 0 bytes and reads without end, a named pipe
    // blocks whoever opens it: only a regular file is opened, and never read past the limit.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error =
            u"%1：不是普通文件（是文件夹、设备、管道或套接字），不能作为%2读取"_s.arg(name, kind);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1：无法打开（%2）"_s.arg(name, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxSize) {
        *error =
            u"%1：文件有%2字节，超过了%3的上限（8 MiB）"_s.arg(name).arg(file.size()).arg(kind);
        return std::nullopt;
    }
    QByteArray bytes = file.read(maxSize + 1);
    if (bytes.size() > maxSize) {
        *error = u"%1：文件超过了%2的上限（8 MiB）"_s.arg(name, kind);
        return std::nullopt;
    }
    return bytes;
}

} // namespace nianbao
