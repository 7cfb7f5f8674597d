#include "model/render/htmlexport.h"

#include "model/core/filewriting.h"

#include <algorithm>

#include <QBuffer>
#include <QCoreApplication>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::HtmlExport)
};

QString escaped(const QString& s) {
    return s.toHtmlEscaped();
}

void paragraphs(QString& out, const QString& text) {
    for (const QString& p : text.split(u'\n', Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            out += u"<p>"_s + escaped(p.trimmed()) + u"</p>\n"_s;
    }
}

QString spans(const GridCell& g) {
    QString a;
    if (g.rowSpan > 1)
        a += u" rowspan=\"%1\""_s.arg(g.rowSpan);
    if (g.columnSpan > 1)
        a += u" colspan=\"%1\""_s.arg(g.columnSpan);
    return a;
}

void table(QString& out, const Report& report, const TableDefinition& t) {
    for (const TableSection& section : t.sections) {
        out += u"<table>\n"_s;
        const int headerRows = (section.heading.isEmpty() ? 0 : 1) + section.headerRows;
        for (int r = 0; r < section.rowCount; ++r) {
            if (r == 0 && headerRows > 0)
                out += u"<thead>\n"_s;
            if (r == headerRows)
                out += u"<tbody>\n"_s;
            out += u"<tr>"_s;
            // HTML places a row's cells in document order, so they must go left to right.
            std::vector<const GridCell*> cells;
            for (const GridCell& g : section.grid) {
                if (g.row == r)
                    cells.push_back(&g);
            }
            std::sort(cells.begin(), cells.end(),
                      [](const GridCell* a, const GridCell* b) { return a->column < b->column; });
            for (const GridCell* cell : cells) {
                const GridCell& g = *cell;
                switch (g.kind) {
                case GridCell::Kind::Heading:
                case GridCell::Kind::Corner:
                case GridCell::Kind::ColumnHeader:
                    out += u"<th scope=\"col\""_s + spans(g) + u'>' + escaped(g.text) + u"</th>"_s;
                    break;
                case GridCell::Kind::RowHeader:
                    out += u"<th scope=\"row\""_s + spans(g) + u'>' + escaped(g.text) + u"</th>"_s;
                    break;
                case GridCell::Kind::Value:
                    out += u"<td data-cell=\""_s + report.form().cell(g.cell).id + u'"' + spans(g) +
                           u'>' + escaped(report.value(g.cell).displayText()) + u"</td>"_s;
                    break;
                }
            }
            out += u"</tr>\n"_s;
            if (r == headerRows - 1)
                out += u"</thead>\n"_s;
        }
        if (headerRows < section.rowCount)
            out += u"</tbody>\n"_s;
        out += u"</table>\n"_s;
    }
}

bool save(const QString& path, const QByteArray& bytes, QString* error) {
    return writeFileSafely(path, bytes, error);
}

} // namespace

QByteArray HtmlExport::html(const Report& report) {
    const FormDefinition& form = report.form();
    const QString title = form.reportTitle(report.agency, report.year);
    QString out = u"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n"
                  u"<head>\n<meta charset=\"utf-8\"/>\n<title>"_s +
                  escaped(title) +
                  u"</title>\n<style>table{border-collapse:collapse}th,td{border:1px solid "
                  u"#000;padding:2px 4px}td{text-align:center}</style>\n</head>\n<body>\n<h1>"_s +
                  escaped(title) + u"</h1>\n"_s;
    const int intro = form.findText(u"overview.intro");
    if (intro >= 0)
        paragraphs(out, report.text(intro));
    for (const PartDefinition& part : form.parts()) {
        out += u"<h2>"_s + escaped(part.heading) + u"</h2>\n"_s;
        if (part.table >= 0)
            table(out, report, form.tables()[static_cast<size_t>(part.table)]);
        for (int text : part.texts) {
            if (text == intro || report.text(text).trimmed().isEmpty())
                continue;
            const TextDefinition& def = form.texts()[static_cast<size_t>(text)];
            if (def.label.startsWith(u"（") && !report.text(text).trimmed().startsWith(u"（"))
                out += u"<h3>"_s + escaped(def.label) + u"</h3>\n"_s;
            paragraphs(out, report.text(text));
        }
    }
    out += u"</body>\n</html>\n"_s;
    return out.toUtf8();
}

bool HtmlExport::writeHtml(const Report& report, const QString& path, QString* error) {
    return save(path, html(report), error);
}

bool HtmlExport::writeOdt(const Report& report, const QString& path, QString* error) {
    QTextDocument document;
    document.setHtml(QString::fromUtf8(html(report)));
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document)) {
            if (error)
                *error = Tr::tr("the ODT document could not be written");
            return false;
        }
    }
    return save(path, bytes, error);
}

} // namespace nianbao
