#pragma once

#include "model/core/chinesedate.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

// One cell of a sheet as the clerk saw it.
struct SpreadsheetCell {
    enum class Kind { Empty, Text, Number, Boolean, Date };
    Kind kind = Kind::Empty;
    // Text: the text (rich text runs joined); Number: the number exactly as stored (「0.1」,
    // 「45720」, never rounded through a double); Boolean: 「TRUE」 or 「FALSE」; Date: the day
    // as 2025-03-04; Empty: nothing. Also a formula's last result.
    QString text;
    QDate date;         // Date only
    bool truth = false; // Boolean only

    bool isEmpty() const { return kind == Kind::Empty; }
};

// Cells merged into one (Excel keeps the value in the top left one), 0-based and inclusive.
struct MergedCells {
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
    friend bool operator==(const MergedCells&, const MergedCells&) = default;
};

// A sheet read from a spreadsheet file. rows[i] is the sheet's row i + 1 («row 17» is
// rows[16]), empty rows kept in place; a row holds its cells up to the last one not empty.
struct Spreadsheet {
    QStringList sheetNames; // every sheet of the workbook, in order (a CSV file has one)
    int sheetIndex = 0;     // the one read
    QList<QList<SpreadsheetCell>> rows;
    QList<MergedCells> merged;
    ExcelDateSystem dateSystem = ExcelDateSystem::From1900;

    // The cell at 0-based row and column, an empty one outside what was read.
    SpreadsheetCell cell(int row, int column) const;
};

// What is read and how much, so that no file can make the reader run without bound.
struct SpreadsheetLimits {
    qint64 maxFileBytes = 32 * 1024 * 1024;
    qint64 maxPartBytes = 64 * 1024 * 1024;   // one part of the .xlsx, uncompressed
    qint64 maxTotalBytes = 160 * 1024 * 1024; // all parts read, uncompressed
    int maxZipEntries = 10000;
    int maxRows = 100000;
    int maxColumns = 1024;
    qint64 maxCells = 2000000; // cells kept, the empty ones before a value included
};

enum class SpreadsheetFormat { Xlsx, Csv };

// The sheet at `sheetIndex` (0: the first) of an .xlsx or .csv file (by its content: an
// .xlsx is a zip file; anything else is read as CSV). nullopt with a message in the user's
// language that names the file and what is wrong with it.
std::optional<Spreadsheet> readSpreadsheet(const QString& path, QString* error, int sheetIndex = 0,
                                           const SpreadsheetLimits& limits = {});

// The same from bytes already read; `name` names them in messages.
std::optional<Spreadsheet> readSpreadsheetBytes(const QByteArray& bytes, SpreadsheetFormat format,
                                                const QString& name, QString* error,
                                                int sheetIndex = 0,
                                                const SpreadsheetLimits& limits = {});

// Tab-separated text as Excel, WPS and LibreOffice put it on the clipboard (a cell holding a
// line break or a tab is quoted). nullopt with the reason when it is malformed or too large.
std::optional<Spreadsheet> readTabSeparatedText(const QString& text, QString* error,
                                                const SpreadsheetLimits& limits = {});

// The format of a file's first bytes: a zip file is an .xlsx, anything else CSV.
SpreadsheetFormat spreadsheetFormatOf(QByteArrayView firstBytes);

// The text of a CSV file: UTF-8 (with or without a byte-order mark), else GB18030 (what Excel
// on Chinese Windows saves as 「CSV」: GBK, of which GB18030 is a superset). nullopt when it
// is neither.
std::optional<QString> decodeCsvBytes(QByteArrayView bytes);

} // namespace nianbao
