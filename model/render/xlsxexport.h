#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace nianbao {

// One cell to write: text, a number (written as a number Excel can sum), a date (written as an
// Excel date, shown 2025-03-04), or nothing.
struct XlsxCell {
    enum class Kind { Empty, Text, Number, Date };
    Kind kind = Kind::Empty;
    QString text;
    double number = 0;
    QDate date;

    static XlsxCell ofText(const QString& text) { return {Kind::Text, text, 0, {}}; }
    static XlsxCell ofNumber(double number) { return {Kind::Number, {}, number, {}}; }
    static XlsxCell ofDate(QDate date) { return {Kind::Date, {}, 0, date}; }
};

struct XlsxColumn {
    QString header;
    double width = 0; // in characters; 0: fitted to the header and the values
};

struct XlsxSheet {
    QString name; // at most 31 characters, none of []:*?/\ (Excel's rules); shortened if longer
    QList<XlsxColumn> columns;
    QList<QList<XlsxCell>> rows; // under the header row
};

// Writes `sheet` as an .xlsx workbook at `path`: the header row bold and frozen, the columns
// as wide as asked (or fitted), dates as real Excel dates. The file is assembled beside
// nothing else and then written with writeFileSafely(): a failed write leaves what `path`
// held before intact. False with the reason, naming the file, in the user's language.
bool writeXlsx(const QString& path, const XlsxSheet& sheet, QString* error);

} // namespace nianbao
