#include "tests/support/pdftext.h"

#include "model/import/textimport.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace nianbao::test {

// Prints a report the way text pulled from its PDF looks: labels broken over two lines, the
// last cell of a long row wrapped onto the next line, t3's column headers one word per line,
// and a page footer in the middle of table t3.
QString asPdfText(const Report& report) {
    const FormDefinition& f = report.form();
    QString out = u"\n%1%2年政府信息公开工作年度报\n告\n\n"_s.arg(report.agency).arg(report.year);
    for (const PartDefinition& part : f.parts()) {
        out += u"%1\n\n"_s.arg(part.heading);
        for (const int textIndex : part.texts) {
            const TextDefinition& text = f.texts()[size_t(textIndex)];
            if (!(text.optional || part.texts.size() == 1))
                out += text.label + u"方面。"_s;
            // Lines of 30 characters, as a PDF's layout breaks them.
            const QString body = report.text(textIndex);
            for (qsizetype i = 0; i < body.size(); i += 30)
                out += body.mid(i, 30) + u'\n';
            out += u'\n';
        }
        if (part.table < 0)
            continue;
        const TableDefinition& table = f.tables()[size_t(part.table)];
        if (table.id == u"t3")
            out += u"申请人情况\n\n自然\n人\n\n法人或其他组织\n\n总计商业\n企业\n\n"_s;
        if (table.id == u"t4")
            out += u"行政复议 行政诉讼\n\n结果\n维持\n\n总计\n未经复议直接起诉 复议后起诉\n\n"_s;
        int line = 0;
        for (const PrintedRow& row : printedRows(table)) {
            QString label = row.label;
            if (label.size() > 12)
                label.insert(label.size() / 2, u'\n');
            QStringList cells;
            for (const CellRef ref : row.cells)
                cells.append(report.value(ref).displayText());
            QString values = cells.join(u' ');
            if (cells.size() > 5)
                values = cells.mid(0, cells.size() - 1).join(u' ') + u'\n' + cells.last();
            out += label + (label.size() > 12 ? u"\n\n"_s : u" "_s) + values + u"\n\n"_s;
            if (table.id == u"t3" && ++line == 7)
                out += u"\n— 3 —\n\n"_s;
        }
    }
    return out;
}

} // namespace nianbao::test
