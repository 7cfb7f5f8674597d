// In libnianbao-pdf: finishing a PDF with libqpdf (see pdfmodule.h).
#include "model/pdf/pdfmodule.h"
#include "model/pdf/pdfmodule_symbols.h"

#include <QCryptographicHash>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

using nianbao::pdfmodule::Finishing;

namespace {

// Qt embeds subsets but names them as whole fonts; tools (and PDF/A checkers) expect a subset
// to be tagged 「ABCDEF+Name」. The tag is derived from the name, so a font's dictionaries and
// descriptor all get the same one.
std::string subsetTagged(const std::string& name) {
    if (name.size() > 8 && name[7] == '+')
        return name;
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray::fromStdString(name), QCryptographicHash::Sha1);
    std::string tag = "/";
    for (int i = 0; i < 6; ++i)
        tag += static_cast<char>('A' + static_cast<unsigned char>(digest[i]) % 26);
    return tag + "+" + name.substr(1);
}

} // namespace

extern "C" NIANBAO_PDF_MODULE_EXPORT bool nianbao_pdf_finish(const QByteArray& bytes,
                                                             const Finishing& finishing,
                                                             QByteArray* out, std::string* error) {
    try {
        QPDF pdf;
        pdf.processMemoryFile("report.pdf", bytes.constData(), static_cast<size_t>(bytes.size()));
        std::vector<QPDFObjectHandle> streams;
        std::vector<QByteArray> maps;
        for (QPDFObjectHandle object : pdf.getAllObjects()) {
            if (!object.isDictionary() || !object.hasKey("/ToUnicode"))
                continue;
            QPDFObjectHandle map = object.getKey("/ToUnicode");
            if (!map.isStream())
                continue;
            auto data = map.getStreamData(qpdf_dl_generalized);
            streams.push_back(map);
            maps.emplace_back(reinterpret_cast<const char*>(data->getBuffer()),
                              static_cast<qsizetype>(data->getSize()));
        }
        if (finishing.fixTextMaps) {
            const std::vector<QByteArray> fixed = finishing.fixTextMaps(maps);
            for (size_t i = 0; i < streams.size() && i < fixed.size(); ++i) {
                if (fixed[i] != maps[i])
                    streams[i].replaceStreamData(fixed[i].toStdString(),
                                                 QPDFObjectHandle::newNull(),
                                                 QPDFObjectHandle::newNull());
            }
        }
        for (QPDFObjectHandle object : pdf.getAllObjects()) {
            if (!object.isDictionary())
                continue;
            for (const char* key : {"/BaseFont", "/FontName"}) {
                if (object.hasKey(key) && object.getKey(key).isName()) {
                    const std::string name = object.getKey(key).getName();
                    const bool embeddedFont =
                        std::string(key) == "/FontName" ||
                        (object.hasKey("/Subtype") &&
                         (object.getKey("/Subtype").getName() == "/Type0" ||
                          object.getKey("/Subtype").getName() == "/CIDFontType2"));
                    if (embeddedFont)
                        object.replaceKey(key, QPDFObjectHandle::newName(subsetTagged(name)));
                }
            }
        }
        QPDFObjectHandle trailer = pdf.getTrailer();
        if (!finishing.author.isEmpty() && trailer.hasKey("/Info")) {
            trailer.getKey("/Info").replaceKey(
                "/Author", QPDFObjectHandle::newUnicodeString(finishing.author.toStdString()));
        }
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setCompressStreams(true);
        writer.setDeterministicID(true);
        writer.write();
        auto buffer = writer.getBufferSharedPointer();
        *out = QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()),
                          static_cast<qsizetype>(buffer->getSize()));
        return true;
    } catch (const std::exception& e) {
        *error = e.what();
        return false;
    }
}
