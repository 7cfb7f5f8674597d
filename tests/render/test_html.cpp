#include "model/render/htmlexport.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

Report busy() {
    return test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
}

struct Parsed {
    std::map<QString, QString> values;                  // cell id → text
    std::map<QString, std::pair<int, int>> headerSpans; // header text → rowspan, colspan
    QStringList headings;
};

Parsed parse(const QByteArray& html) {
    Parsed p;
    QXmlStreamReader xml(html);
    QString cell;
    std::pair<int, int> span;
    QString element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            element = xml.name().toString();
            cell = xml.attributes().value(u"data-cell"_s).toString();
            const auto rows = xml.attributes().value(u"rowspan"_s);
            const auto columns = xml.attributes().value(u"colspan"_s);
            span = {rows.isEmpty() ? 1 : rows.toInt(), columns.isEmpty() ? 1 : columns.toInt()};
            if (element == u"td")
                p.values[cell] = xml.readElementText();
            else if (element == u"th")
                p.headerSpans[xml.readElementText()] = span;
            else if (element == u"h2")
                p.headings << xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return p;
}

TEST(Html, ParsesBackWithEveryValueInItsCellAndTheOfficialSpans) {
    const Report report = busy();
    const Parsed p = parse(HtmlExport::html(report));
    ASSERT_EQ(p.values.size(), 200u);
    for (const auto& cell : report.form().cells())
        EXPECT_EQ(p.values.at(cell.id), report.value(cell.ref).displayText())
            << cell.id.toStdString();
    EXPECT_EQ(p.headerSpans.at(u"申请人情况"_s), std::make_pair(1, 7));
    EXPECT_EQ(p.headerSpans.at(u"法人或其他组织"_s), std::make_pair(1, 5));
    EXPECT_EQ(p.headerSpans.at(u"三、本年度办理结果"_s), std::make_pair(22, 1));
    EXPECT_EQ(p.headerSpans.at(u"（三）不予公开"_s), std::make_pair(8, 1));
    EXPECT_EQ(p.headerSpans.at(u"行政诉讼"_s), std::make_pair(1, 10));
    EXPECT_EQ(p.headerSpans.at(u"第二十条第（八）项"_s), std::make_pair(1, 4));
    EXPECT_EQ(p.headings.size(), 6);
    EXPECT_EQ(p.headings.front(), u"一、总体情况"_s);
}

TEST(Html, EveryRowsCellsComeLeftToRightAsOnTheForm) {
    const QString html = QString::fromUtf8(HtmlExport::html(busy()));
    const auto rowOf = [&](const QString& text) {
        const qsizetype at = html.indexOf(text);
        const qsizetype start = html.lastIndexOf(u"<tr>"_s, at);
        return html.mid(start, html.indexOf(u"</tr>"_s, at) - start);
    };
    const QString t2 = rowOf(u"本年制发件数"_s);
    EXPECT_LT(t2.indexOf(u"信息内容"_s), t2.indexOf(u"本年制发件数"_s)) << t2.toStdString();
    EXPECT_LT(t2.indexOf(u"本年制发件数"_s), t2.indexOf(u"本年废止件数"_s)) << t2.toStdString();
    EXPECT_LT(t2.indexOf(u"本年废止件数"_s), t2.indexOf(u"现行有效件数"_s)) << t2.toStdString();
    const QString t3 = rowOf(u"商业企业"_s);
    EXPECT_LT(t3.indexOf(u"商业企业"_s), t3.indexOf(u"科研机构"_s));
    EXPECT_LT(t3.indexOf(u"法律服务机构"_s), t3.indexOf(u"其他"_s));
}

TEST(Html, EscapesTextAndWritesOdt) {
    Report report = busy();
    report.agency = u"<某局> & \"机关\""_s;
    report.setText(report.form().findText(u"problems"), u"a < b & c"_s);
    const QByteArray html = HtmlExport::html(report);
    EXPECT_TRUE(html.contains("&lt;某局&gt; &amp; &quot;机关&quot;"));
    EXPECT_TRUE(html.contains("<p>a &lt; b &amp; c</p>"));
    parse(html); // still well-formed
    QTemporaryDir dir;
    QString error;
    const QString odt = dir.filePath(u"年报.odt"_s);
    ASSERT_TRUE(HtmlExport::writeOdt(busy(), odt, &error)) << error.toStdString();
    const QByteArray bytes = test::readFile(odt);
    EXPECT_TRUE(bytes.startsWith("PK"));
    EXPECT_TRUE(bytes.contains("application/vnd.oasis.opendocument.text"));
}

} // namespace
