#include "model/render/xlsxexport.h"

#include "model/core/filewriting.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::XlsxExport)
};

// What a workbook of a register can reasonably be; a bigger one is a bug, not a register.
constexpr qint64 maxWorkbookBytes = 256 * 1024 * 1024;
// Excel's limit on a cell's text.
constexpr qsizetype maxCellText = 32767;

// Excel's limits on a sheet name.
QString sheetNameFor(const QString& wanted) {
    QString name;
    for (const QChar c : wanted) {
        if (!QStringView(u"[]:*?/\\").contains(c))
            name += c;
    }
    name = name.left(31).trimmed();
    return name.isEmpty() ? u"Sheet1"_s : name;
}

// A column wide enough for its widest value: a CJK character takes two character widths.
double fittedWidth(const XlsxSheet& sheet, int column) {
    const auto widthOf = [](const QString& text) {
        double width = 0;
        for (const QChar c : text)
            width += c.unicode() >= 0x1100 ? 2.1 : 1.1;
        return width;
    };
    double width = widthOf(sheet.columns.at(column).header) + 2;
    for (const auto& row : sheet.rows) {
        if (column >= row.size())
            continue;
        const XlsxCell& cell = row.at(column);
        if (cell.kind == XlsxCell::Kind::Text)
            width = std::max(width, widthOf(cell.text) + 1);
        else if (cell.kind == XlsxCell::Kind::Date)
            width = std::max(width, 12.0);
        else if (cell.kind == XlsxCell::Kind::Number)
            width = std::max(width, widthOf(QString::number(cell.number, 'g', 15)) + 1);
    }
    return std::min(width, 60.0);
}

QString describe(lxw_error error) {
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace

bool writeXlsx(const QString& path, const XlsxSheet& sheet, QString* error) {
    const QString name = QFileInfo(path).fileName();
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = Tr::tr("%1: %2").arg(name, reason);
        return false;
    };
    // libxlsxwriter writes only to a named file: it assembles the workbook in a private
    // folder, and the bytes then go to `path` the checked way.
    QTemporaryDir folder;
    if (!folder.isValid())
        return fail(Tr::tr("no temporary folder can be made (%1)").arg(folder.errorString()));
    const QByteArray assembled = QFile::encodeName(folder.filePath(u"workbook.xlsx"_s));
    const QByteArray tmpdir = QFile::encodeName(folder.path());

    lxw_workbook_options options = {};
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    lxw_workbook* workbook = workbook_new_opt(assembled.constData(), &options);
    if (!workbook)
        return fail(Tr::tr("the workbook cannot be made"));
    const QByteArray sheetName = sheetNameFor(sheet.name).toUtf8();
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheetName.constData());
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");

    lxw_error status = LXW_NO_ERROR;
    const auto check = [&status](lxw_error result) {
        if (status == LXW_NO_ERROR)
            status = result;
    };
    for (qsizetype c = 0; c < sheet.columns.size(); ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        const XlsxColumn& spec = sheet.columns.at(c);
        const double width = spec.width > 0 ? spec.width : fittedWidth(sheet, static_cast<int>(c));
        check(worksheet_set_column(worksheet, column, column, width, nullptr));
        check(worksheet_write_string(worksheet, 0, column, spec.header.toUtf8().constData(), bold));
    }
    worksheet_freeze_panes(worksheet, 1, 0);
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        const auto& cells = sheet.rows.at(r);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const auto column = static_cast<lxw_col_t>(c);
            const XlsxCell& cell = cells.at(c);
            switch (cell.kind) {
            case XlsxCell::Kind::Empty:
                break;
            case XlsxCell::Kind::Text:
                if (cell.text.size() > maxCellText) {
                    workbook_close(workbook);
                    return fail(Tr::tr("row %1, column %2: the text has %3 characters, more "
                                       "than the %4 a cell of Excel holds")
                                    .arg(r + 2) // the sheet's row: the header is row 1
                                    .arg(c + 1)
                                    .arg(cell.text.size())
                                    .arg(maxCellText));
                }
                if (!cell.text.isEmpty())
                    check(worksheet_write_string(worksheet, row, column,
                                                 cell.text.toUtf8().constData(), nullptr));
                break;
            case XlsxCell::Kind::Number:
                if (!std::isfinite(cell.number)) {
                    workbook_close(workbook);
                    return fail(Tr::tr("row %1, column %2: %3 is not a number Excel can hold")
                                    .arg(r + 2)
                                    .arg(c + 1)
                                    .arg(cell.number));
                }
                check(worksheet_write_number(worksheet, row, column, cell.number, nullptr));
                break;
            case XlsxCell::Kind::Date: {
                // Excel's dates run from 1900 to 9999.
                if (!cell.date.isValid() || cell.date.year() < 1900 || cell.date.year() > 9999) {
                    workbook_close(workbook);
                    return fail(Tr::tr("row %1, column %2: 「%3」 is not a date Excel can hold")
                                    .arg(r + 2)
                                    .arg(c + 1)
                                    .arg(cell.date.toString(Qt::ISODate)));
                }
                lxw_datetime when = {cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
                check(worksheet_write_datetime(worksheet, row, column, &when, dateFormat));
                break;
            }
            }
        }
    }
    const lxw_error closed = workbook_close(workbook); // frees the workbook whatever happens
    if (status != LXW_NO_ERROR)
        return fail(Tr::tr("the sheet cannot be written (%1)").arg(describe(status)));
    if (closed != LXW_NO_ERROR)
        return fail(Tr::tr("the workbook cannot be assembled (%1)").arg(describe(closed)));

    QFile file(QFile::decodeName(assembled));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            Tr::tr("the assembled workbook cannot be read back (%1)").arg(file.errorString()));
    const QByteArray bytes = file.read(maxWorkbookBytes + 1);
    if (bytes.size() > maxWorkbookBytes)
        return fail(Tr::tr("the workbook is larger than 256 MiB"));
    return writeFileSafely(path, bytes, error);
}

} // namespace nianbao
