#include "model/board/summaryexport.h"

#include "model/core/csvfield.h"
#include "model/core/filewriting.h"
#include "model/render/pdfexport.h"
#include "model/render/xlsxexport.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Summary)
};

constexpr int kLeadingColumns = 4; // table, row, column, cell id

bool isNumberColumn(int column) {
    return column >= kLeadingColumns;
}

XlsxCell xlsxCell(const QString& text, int column) {
    if (text.isEmpty())
        return {};
    if (isNumberColumn(column)) {
        // Counts are whole numbers and amounts have at most four decimals (V1, V2): a double
        // holds both exactly enough for Excel's 15 digits. 「/」 stays text.
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok)
            return XlsxCell::ofNumber(number);
    }
    return XlsxCell::ofText(text);
}

} // namespace

RenderOptions summaryRenderOptions(const Summary& summary, const QString& county) {
    RenderOptions options;
    options.watermark = false;
    options.tablesOnly = true;
    options.title = u"%1%2年政府信息公开工作年度报告汇总表"_s.arg(county).arg(summary.sum.year);
    options.note = summaryNote(summary);
    return options;
}

QList<QStringList> summaryRows(const Summary& summary, QStringList* header) {
    const FormDefinition& form = summary.sum.form();
    if (header) {
        *header = QStringList{u"表格"_s, u"行"_s, u"列"_s, u"编号"_s, u"汇总"_s} + summary.units;
    }
    QList<QStringList> rows;
    for (const CellRef cell : summedCells(form)) {
        QStringList row{form.tableOf(cell).title, form.rowLabel(cell), form.columnLabel(cell),
                        form.cell(cell).id, summary.sum.value(cell).displayText()};
        for (const Report& report : summary.reports)
            row << report.value(cell).displayText();
        rows << row;
    }
    return rows;
}

QByteArray summaryCsv(const Summary& summary) {
    QStringList header;
    const QList<QStringList> rows = summaryRows(summary, &header);
    QString text;
    auto addLine = [&](const QStringList& fields, bool allText) {
        QStringList written;
        for (int i = 0; i < fields.size(); ++i)
            written << (allText || !isNumberColumn(i) ? csvTextField(fields[i])
                                                      : csvField(fields[i]));
        text += written.join(u',') + u"\r\n"_s;
    };
    addLine(header, true);
    for (const QStringList& row : rows)
        addLine(row, false);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool writeSummary(const Summary& summary, const QString& county, const QString& path,
                  QString* error) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return writeFileSafely(path, summaryCsv(summary), error);
    if (suffix == u"pdf")
        return ReportExport::writePdf(summary.sum, path, summaryRenderOptions(summary, county),
                                      error);
    if (suffix == u"xlsx") {
        XlsxSheet sheet;
        sheet.name = u"%1年汇总"_s.arg(summary.sum.year);
        QStringList header;
        const QList<QStringList> rows = summaryRows(summary, &header);
        for (int i = 0; i < header.size(); ++i)
            sheet.columns << XlsxColumn{header[i], i == 1 ? 40.0 : 0.0};
        for (const QStringList& row : rows) {
            QList<XlsxCell> cells;
            for (int i = 0; i < row.size(); ++i)
                cells << xlsxCell(row[i], i);
            sheet.rows << cells;
        }
        return writeXlsx(path, sheet, error);
    }
    if (error)
        *error = Tr::tr("%1: the summary is written as .xlsx, .csv or .pdf, not \"%2\"")
                     .arg(path, suffix);
    return false;
}

} // namespace nianbao
