// The Chinese interface, checked on the translation file itself: what Qt parses out of a
// translated string must survive the translation.
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message {
    QString source;
    QString translation;
};

std::vector<Message> messages() {
    QFile file(QString::fromUtf8(NIANBAO_SOURCE_DIR) +
               QStringLiteral("/resources/translations/nianbao_zh_CN.ts"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::vector<Message> out;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QStringLiteral("translation")) {
            // Numerus forms are child elements: their text, joined.
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.push_back(current);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line "
                                 << xml.lineNumber();
    return out;
}

// A file dialog's filter is "name (*.ext)": with full-width brackets Qt finds no pattern and
// the dialog lists no file at all (a clerk saw an empty 导入已发布的年报 dialog).
TEST(Translations, FileDialogFiltersKeepTheirAsciiPatterns) {
    // A whole one-line string ending in its patterns: "PDF (*.pdf)".
    const QRegularExpression pattern(QStringLiteral(R"(^[^\n]*\((\*[^)]*)\)$)"));
    int filters = 0;
    for (const Message& m : messages()) {
        const auto source = pattern.match(m.source);
        if (!source.hasMatch() || m.translation.isEmpty())
            continue;
        ++filters;
        EXPECT_TRUE(m.translation.contains(u'(' + source.captured(1) + u')'))
            << m.source.toStdString() << " → " << m.translation.toStdString();
    }
    EXPECT_GE(filters, 5);
}

// The same accelerator letter as the source keeps the menus' letters unique in both languages.
TEST(Translations, AcceleratorsAreKept) {
    for (const Message& m : messages()) {
        const qsizetype amp = m.source.indexOf(u'&');
        if (amp < 0 || amp + 1 >= m.source.size() || m.source[amp + 1] == u' ' ||
            m.translation.isEmpty())
            continue;
        const QChar key = m.source[amp + 1].toUpper();
        EXPECT_TRUE(m.translation.contains(QStringLiteral("(&") + key + u')') ||
                    m.translation.contains(u'&' + QString(key), Qt::CaseInsensitive))
            << m.source.toStdString() << " → " << m.translation.toStdString();
    }
}

} // namespace
