#include "model/import/spreadsheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <libxml/xmlreader.h>
#include <zip.h>

#include <cctype>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Spreadsheet)
};

// Cells are kept row by row up to the last one with a value; this counts what that costs.
class SheetBuilder {
public:
    SheetBuilder(Spreadsheet& sheet, const SpreadsheetLimits& limits)
        : m_sheet(sheet)
        , m_limits(limits) {}

    // Stores `cell` at 0-based `row` and `column`; false with the reason past a limit.
    bool put(int row, int column, SpreadsheetCell cell, QString* reason) {
        if (cell.isEmpty())
            return true;
        if (row >= m_limits.maxRows) {
            *reason = Tr::tr("the sheet has values in row %1, past the %2 rows Nianbao reads")
                          .arg(row + 1)
                          .arg(m_limits.maxRows);
            return false;
        }
        if (column >= m_limits.maxColumns) {
            *reason = Tr::tr("row %1 has a value in column %2, past the %3 columns Nianbao reads")
                          .arg(row + 1)
                          .arg(column + 1)
                          .arg(m_limits.maxColumns);
            return false;
        }
        auto& rows = m_sheet.rows;
        if (rows.size() <= row)
            rows.resize(row + 1);
        auto& cells = rows[row];
        if (cells.size() <= column) {
            m_cells += column + 1 - cells.size();
            if (m_cells > m_limits.maxCells) {
                *reason = Tr::tr("the sheet has more than %1 cells, more than Nianbao reads")
                              .arg(m_limits.maxCells);
                return false;
            }
            cells.resize(column + 1);
        }
        cells[column] = std::move(cell);
        return true;
    }

private:
    Spreadsheet& m_sheet;
    const SpreadsheetLimits& m_limits;
    qint64 m_cells = 0;
};

// ---- CSV ----

std::optional<Spreadsheet> readSeparated(const QString& s, QChar separator,
                                         const SpreadsheetLimits& limits, QString* reason);

std::optional<Spreadsheet> readCsv(const QByteArray& bytes, const SpreadsheetLimits& limits,
                                   QString* reason) {
    if (bytes.contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF")) {
        *reason = Tr::tr("this is not a spreadsheet: it is neither an .xlsx workbook nor CSV text");
        return std::nullopt;
    }
    const auto text = decodeCsvBytes(bytes);
    if (!text) {
        *reason = Tr::tr("the CSV text is neither UTF-8 nor GBK/GB18030");
        return std::nullopt;
    }
    // Excel saves 「Unicode text」 separated by tabs; its CSV by commas.
    const qsizetype firstLineEnd = text->indexOf(u'\n');
    const QStringView firstLine =
        QStringView(*text).left(firstLineEnd < 0 ? text->size() : firstLineEnd);
    const QChar separator = firstLine.contains(u'\t') && !firstLine.contains(u',') ? u'\t' : u',';
    return readSeparated(*text, separator, limits, reason);
}

// Rows of fields separated by `separator`, quoted as Excel quotes them ("a ""b""", a line
// break inside quotes).
std::optional<Spreadsheet> readSeparated(const QString& s, QChar separator,
                                         const SpreadsheetLimits& limits, QString* reason) {
    Spreadsheet sheet;
    sheet.sheetNames = {Tr::tr("CSV")};
    SheetBuilder builder(sheet, limits);
    int row = 0;
    int column = 0;
    int quoteStartRow = 0;
    QString field;
    bool quoted = false;    // inside quotes
    bool wasQuoted = false; // this field was quoted
    const auto endField = [&]() {
        SpreadsheetCell cell;
        if (!field.isEmpty()) {
            cell.kind = SpreadsheetCell::Kind::Text;
            cell.text = field;
        }
        field.clear();
        wasQuoted = false;
        return builder.put(row, column++, std::move(cell), reason);
    };
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && s.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteStartRow = row;
        } else if (c == separator) {
            if (!endField())
                return std::nullopt;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && s.at(i + 1) == u'\n')
                ++i;
            if (!endField())
                return std::nullopt;
            ++row;
            column = 0;
            if (row > limits.maxRows) {
                *reason = Tr::tr("the sheet has more than %1 rows, more than Nianbao reads")
                              .arg(limits.maxRows);
                return std::nullopt;
            }
        } else {
            field += c;
        }
    }
    if (quoted) {
        *reason = Tr::tr("row %1: a quoted field is never closed (a 「\"」 is missing)")
                      .arg(quoteStartRow + 1);
        return std::nullopt;
    }
    if (!field.isEmpty() || column > 0) {
        if (!endField())
            return std::nullopt;
    }
    return sheet;
}

// ---- xlsx: the zip container ----

class ZipArchive {
public:
    ZipArchive(const SpreadsheetLimits& limits)
        : m_limits(limits) {}
    ~ZipArchive() {
        if (m_zip)
            zip_discard(m_zip);
    }
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool open(const QByteArray& bytes, QString* reason) {
        zip_error_t error;
        zip_error_init(&error);
        // The buffer is not copied: `bytes` outlives the archive.
        zip_source_t* source = zip_source_buffer_create(
            bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0, &error);
        if (!source) {
            *reason = Tr::tr("the workbook cannot be opened (%1)")
                          .arg(QString::fromUtf8(zip_error_strerror(&error)));
            zip_error_fini(&error);
            return false;
        }
        m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (!m_zip) {
            zip_source_free(source);
            *reason = Tr::tr("the file is damaged or incomplete: it is not a readable .xlsx "
                             "workbook (zip archive: %1)")
                          .arg(QString::fromUtf8(zip_error_strerror(&error)));
            zip_error_fini(&error);
            return false;
        }
        zip_error_fini(&error);
        const zip_int64_t entries = zip_get_num_entries(m_zip, 0);
        if (entries < 0 || entries > m_limits.maxZipEntries) {
            *reason = Tr::tr("the workbook holds %1 files, more than the %2 an .xlsx workbook "
                             "may have here")
                          .arg(entries)
                          .arg(m_limits.maxZipEntries);
            return false;
        }
        return true;
    }

    bool contains(const char* name) const { return zip_name_locate(m_zip, name, 0) >= 0; }

    // The uncompressed bytes of `name`, never more than the limits allow whatever the archive
    // claims about their size.
    std::optional<QByteArray> read(const QString& name, QString* reason) {
        const QByteArray utf8 = name.toUtf8();
        const zip_int64_t index = zip_name_locate(m_zip, utf8.constData(), 0);
        if (index < 0) {
            *reason = Tr::tr("the workbook has no part %1").arg(name);
            return std::nullopt;
        }
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip, static_cast<zip_uint64_t>(index), 0, &stat) == 0 &&
            (stat.valid & ZIP_STAT_SIZE) &&
            stat.size > static_cast<zip_uint64_t>(m_limits.maxPartBytes)) {
            *reason = tooBig(name);
            return std::nullopt;
        }
        zip_file_t* file = zip_fopen_index(m_zip, static_cast<zip_uint64_t>(index), 0);
        if (!file) {
            *reason = Tr::tr("%1 in the workbook cannot be read (%2)")
                          .arg(name, QString::fromUtf8(zip_strerror(m_zip)));
            return std::nullopt;
        }
        const std::unique_ptr<zip_file_t, decltype(&zip_fclose)> closer(file, &zip_fclose);
        QByteArray bytes;
        char chunk[65536];
        for (;;) {
            const zip_int64_t got = zip_fread(file, chunk, sizeof chunk);
            if (got < 0) {
                *reason = Tr::tr("the file is damaged: %1 in the workbook cannot be read (%2)")
                              .arg(name, QString::fromUtf8(zip_file_strerror(file)));
                return std::nullopt;
            }
            if (got == 0)
                break;
            m_total += got;
            if (bytes.size() + got > m_limits.maxPartBytes || m_total > m_limits.maxTotalBytes) {
                *reason = tooBig(name);
                return std::nullopt;
            }
            bytes.append(chunk, static_cast<qsizetype>(got));
        }
        return bytes;
    }

private:
    QString tooBig(const QString& name) const {
        return Tr::tr("%1 in the workbook unpacks to more than %2 MiB: the file is not an "
                      "ordinary workbook (perhaps a zip bomb) and is not read")
            .arg(name)
            .arg(m_limits.maxPartBytes / (1024 * 1024));
    }

    const SpreadsheetLimits& m_limits;
    zip_t* m_zip = nullptr;
    qint64 m_total = 0;
};

// ---- xlsx: XML parts ----

// A streaming reader over one XML part. Parts of a workbook never declare a DTD: one that does
// is refused before libxml2 sees it, so no entity is ever defined, expanded or fetched (and
// the reader is opened without XML_PARSE_NOENT, XML_PARSE_DTDLOAD, with XML_PARSE_NONET).
class XmlStream {
public:
    ~XmlStream() {
        if (m_reader)
            xmlFreeTextReader(m_reader);
    }

    bool open(const QByteArray& bytes, const QString& name, QString* reason) {
        m_name = name;
        if (bytes.left(4).contains('\0')) {
            *reason =
                Tr::tr("%1 in the workbook is not UTF-8 XML, as workbooks write it").arg(name);
            return false;
        }
        if (declaresDtd(bytes)) {
            *reason = Tr::tr("%1 in the workbook declares a DTD (entities), which workbooks "
                             "never do; it is not read")
                          .arg(name);
            return false;
        }
        m_reader =
            xmlReaderForMemory(bytes.constData(), static_cast<int>(bytes.size()), nullptr, nullptr,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        if (!m_reader) {
            *reason = Tr::tr("%1 in the workbook is not XML").arg(name);
            return false;
        }
        return true;
    }

    // Moves to the next node: 1, or 0 at the end; -1 with the reason when the XML is broken.
    int next(QString* reason) {
        const int result = xmlTextReaderRead(m_reader);
        if (result < 0) {
            *reason =
                Tr::tr("%1 in the workbook is not well-formed XML (damaged file?)").arg(m_name);
            return -1;
        }
        if (result == 1) {
            const int nodeType = type();
            if (nodeType == XML_READER_TYPE_DOCUMENT_TYPE || nodeType == XML_READER_TYPE_ENTITY ||
                nodeType == XML_READER_TYPE_ENTITY_REFERENCE) {
                *reason = Tr::tr("%1 in the workbook declares a DTD (entities), which workbooks "
                                 "never do; it is not read")
                              .arg(m_name);
                return -1;
            }
        }
        return result;
    }

    int type() const { return xmlTextReaderNodeType(m_reader); }
    int depth() const { return xmlTextReaderDepth(m_reader); }
    bool isStart() const { return type() == XML_READER_TYPE_ELEMENT; }
    bool isEnd() const {
        return type() == XML_READER_TYPE_END_ELEMENT ||
               (type() == XML_READER_TYPE_ELEMENT && xmlTextReaderIsEmptyElement(m_reader) == 1);
    }
    bool isText() const {
        const int t = type();
        return t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA ||
               t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || t == XML_READER_TYPE_WHITESPACE;
    }
    bool is(const char* localName) const {
        const xmlChar* name = xmlTextReaderConstLocalName(m_reader);
        return name && qstrcmp(reinterpret_cast<const char*>(name), localName) == 0;
    }
    QString text() const {
        const xmlChar* value = xmlTextReaderConstValue(m_reader);
        return value ? QString::fromUtf8(reinterpret_cast<const char*>(value)) : QString();
    }
    // The attribute of the current element by its local name (「r:id」 is 「id」).
    QString attribute(const char* localName) const {
        QString value;
        if (xmlTextReaderMoveToFirstAttribute(m_reader) != 1)
            return value;
        do {
            const xmlChar* name = xmlTextReaderConstLocalName(m_reader);
            if (name && qstrcmp(reinterpret_cast<const char*>(name), localName) == 0) {
                const xmlChar* v = xmlTextReaderConstValue(m_reader);
                value = v ? QString::fromUtf8(reinterpret_cast<const char*>(v)) : QString();
                break;
            }
        } while (xmlTextReaderMoveToNextAttribute(m_reader) == 1);
        xmlTextReaderMoveToElement(m_reader);
        return value;
    }

private:
    // A DTD comes before the root element: look there, for 「<!DOCTYPE」 in any case.
    static bool declaresDtd(const QByteArray& bytes) {
        const qsizetype prologEnd = [&] {
            for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
                const char c = bytes.at(i + 1);
                if (bytes.at(i) == '<' && (std::isalpha(static_cast<unsigned char>(c)) || c == '_'))
                    return i;
            }
            return bytes.size();
        }();
        return bytes.left(prologEnd).toUpper().contains("<!DOCTYPE");
    }

    xmlTextReaderPtr m_reader = nullptr;
    QString m_name;
};

// Excel's built-in number formats that show a date (ECMA-376 18.8.30, with the East Asian
// ones Chinese Excel uses: 「yyyy"年"m"月"d"日"」 is 31). 18–21 and 45–47 are times of day.
bool isBuiltInDateFormat(int id) {
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// A custom format shows a date when, outside quoted text, escapes and [brackets], it has a
// year, a day or a month (an 「m」 next to hours or seconds is minutes).
bool isCustomDateFormat(const QString& code) {
    QString bare;
    bool inQuotes = false;
    int brackets = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (inQuotes) {
            inQuotes = c != u'"';
        } else if (c == u'"') {
            inQuotes = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is shown as it is, or is padding
        } else if (c == u'[') {
            ++brackets;
        } else if (c == u']') {
            brackets = qMax(0, brackets - 1);
        } else if (brackets == 0) {
            bare += c.toLower();
        }
    }
    // Only the first section (positive numbers) matters.
    bare = bare.section(u';', 0, 0);
    if (bare.contains(u'y') || bare.contains(u'd') || bare.contains(u'年') || bare.contains(u'日'))
        return true;
    return bare.contains(u'm') && !bare.contains(u'h') && !bare.contains(u's');
}

// 「B12」 → 0-based row 11, column 1.
bool parseCellReference(const QString& reference, int* row, int* column) {
    qsizetype i = 0;
    int col = 0;
    while (i < reference.size() && reference.at(i).isLetter() && reference.at(i).unicode() < 128) {
        col = col * 26 + (reference.at(i).toUpper().unicode() - 'A' + 1);
        if (col > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == reference.size())
        return false;
    bool ok = false;
    const int r = reference.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > 1048576 || !reference.at(i).isDigit())
        return false;
    *row = r - 1;
    *column = col - 1;
    return true;
}

QString columnName(int column) {
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString cellName(int row, int column) {
    return columnName(column) + QString::number(row + 1);
}

bool isNumberText(const QString& text) {
    static const QRegularExpression number(u"^-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"_s);
    return number.match(text).hasMatch();
}

struct Workbook {
    QStringList sheetNames;
    QStringList sheetParts; // the zip path of each sheet
    ExcelDateSystem dateSystem = ExcelDateSystem::From1900;
};

bool readWorkbook(ZipArchive& zip, Workbook* book, QString* reason) {
    const auto workbookXml = zip.read(u"xl/workbook.xml"_s, reason);
    if (!workbookXml) {
        if (!zip.contains("xl/workbook.xml"))
            *reason = Tr::tr("this zip file is not an Excel workbook (it has no xl/workbook.xml)");
        return false;
    }
    QStringList relationIds;
    {
        XmlStream xml;
        if (!xml.open(*workbookXml, u"xl/workbook.xml"_s, reason))
            return false;
        int result;
        while ((result = xml.next(reason)) == 1) {
            if (!xml.isStart())
                continue;
            if (xml.is("workbookPr")) {
                const QString date1904 = xml.attribute("date1904");
                if (date1904 == u"1"_s || date1904 == u"true"_s)
                    book->dateSystem = ExcelDateSystem::From1904;
            } else if (xml.is("sheet")) {
                book->sheetNames << xml.attribute("name");
                relationIds << xml.attribute("id");
            }
        }
        if (result < 0)
            return false;
    }
    if (book->sheetNames.isEmpty()) {
        *reason = Tr::tr("the workbook has no sheet");
        return false;
    }
    QHash<QString, QString> targets;
    if (zip.contains("xl/_rels/workbook.xml.rels")) {
        const auto rels = zip.read(u"xl/_rels/workbook.xml.rels"_s, reason);
        if (!rels)
            return false;
        XmlStream xml;
        if (!xml.open(*rels, u"xl/_rels/workbook.xml.rels"_s, reason))
            return false;
        int result;
        while ((result = xml.next(reason)) == 1) {
            if (xml.isStart() && xml.is("Relationship"))
                targets.insert(xml.attribute("Id"), xml.attribute("Target"));
        }
        if (result < 0)
            return false;
    }
    for (qsizetype i = 0; i < book->sheetNames.size(); ++i) {
        QString target = targets.value(relationIds.at(i));
        if (target.isEmpty())
            target = u"/xl/worksheets/sheet%1.xml"_s.arg(i + 1);
        // Targets are relative to xl/ unless absolute within the package.
        const QString path = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
        book->sheetParts << QDir::cleanPath(path);
    }
    return true;
}

bool readSharedStrings(ZipArchive& zip, const SpreadsheetLimits& limits, QStringList* strings,
                       QString* reason) {
    if (!zip.contains("xl/sharedStrings.xml"))
        return true;
    const auto bytes = zip.read(u"xl/sharedStrings.xml"_s, reason);
    if (!bytes)
        return false;
    XmlStream xml;
    if (!xml.open(*bytes, u"xl/sharedStrings.xml"_s, reason))
        return false;
    int skipDepth = -1; // inside phonetic guides (rPh): their text is not the cell's
    bool inText = false;
    QString current;
    int result;
    while ((result = xml.next(reason)) == 1) {
        if (skipDepth >= 0) {
            if (xml.type() == XML_READER_TYPE_END_ELEMENT && xml.depth() == skipDepth)
                skipDepth = -1;
            continue;
        }
        if (xml.isStart()) {
            if (xml.is("si")) {
                current.clear();
                if (xml.isEnd())
                    *strings << QString();
            } else if (xml.is("rPh") && !xml.isEnd()) {
                skipDepth = xml.depth();
            } else if (xml.is("t")) {
                inText = !xml.isEnd();
            }
            if (strings->size() > limits.maxCells) {
                *reason = Tr::tr("the workbook has more than %1 texts, more than Nianbao reads")
                              .arg(limits.maxCells);
                return false;
            }
        } else if (xml.type() == XML_READER_TYPE_END_ELEMENT) {
            if (xml.is("t"))
                inText = false;
            else if (xml.is("si"))
                *strings << current;
        } else if (inText && xml.isText()) {
            current += xml.text();
        }
    }
    return result == 0;
}

// For each cell style (the 「s」 of a cell), whether it shows a date.
bool readDateStyles(ZipArchive& zip, QList<bool>* dateStyles, QString* reason) {
    if (!zip.contains("xl/styles.xml"))
        return true;
    const auto bytes = zip.read(u"xl/styles.xml"_s, reason);
    if (!bytes)
        return false;
    XmlStream xml;
    if (!xml.open(*bytes, u"xl/styles.xml"_s, reason))
        return false;
    QHash<int, bool> customIsDate;
    QList<int> styleFormats;
    bool inCellXfs = false;
    int result;
    while ((result = xml.next(reason)) == 1) {
        if (xml.isStart()) {
            if (xml.is("numFmt")) {
                customIsDate.insert(xml.attribute("numFmtId").toInt(),
                                    isCustomDateFormat(xml.attribute("formatCode")));
            } else if (xml.is("cellXfs")) {
                inCellXfs = !xml.isEnd();
            } else if (inCellXfs && xml.is("xf")) {
                styleFormats << xml.attribute("numFmtId").toInt();
            }
        } else if (xml.type() == XML_READER_TYPE_END_ELEMENT && xml.is("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (result < 0)
        return false;
    for (const int format : std::as_const(styleFormats))
        *dateStyles << customIsDate.value(format, isBuiltInDateFormat(format));
    return true;
}

// The cell's value from its type 「t」, its style's date-ness and its text.
std::optional<SpreadsheetCell> cellValue(const QString& type, bool dateStyle, const QString& value,
                                         const QString& inlineText, bool hasInline,
                                         const QStringList& sharedStrings,
                                         ExcelDateSystem dateSystem, int row, int column,
                                         QString* reason) {
    const auto where = [row, column] {
        return cellName(row, column);
    };
    SpreadsheetCell cell;
    const auto asText = [&cell](const QString& text) {
        if (!text.isEmpty()) {
            cell.kind = SpreadsheetCell::Kind::Text;
            cell.text = text;
        }
    };
    if (type == u"s"_s) {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= sharedStrings.size()) {
            *reason = Tr::tr("cell %1 refers to a text the workbook does not have (damaged file?)")
                          .arg(where());
            return std::nullopt;
        }
        asText(sharedStrings.at(index));
    } else if (type == u"inlineStr"_s || hasInline) {
        asText(inlineText);
    } else if (type == u"str"_s || type == u"e"_s) {
        asText(value);
    } else if (type == u"b"_s) {
        if (!value.isEmpty()) {
            cell.kind = SpreadsheetCell::Kind::Boolean;
            cell.truth = value.trimmed() == u"1"_s || value.trimmed() == u"true"_s;
            cell.text = cell.truth ? u"TRUE"_s : u"FALSE"_s;
        }
    } else if (type == u"d"_s) {
        const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
        if (!value.isEmpty()) {
            if (!date.isValid()) {
                *reason = Tr::tr("cell %1 holds 「%2」, which is not a date").arg(where(), value);
                return std::nullopt;
            }
            cell.kind = SpreadsheetCell::Kind::Date;
            cell.date = date;
            cell.text = date.toString(Qt::ISODate);
        }
    } else {
        const QString number = value.trimmed();
        if (number.isEmpty())
            return cell;
        if (!isNumberText(number)) {
            *reason = Tr::tr("cell %1 holds 「%2」, which is not a number").arg(where(), number);
            return std::nullopt;
        }
        if (dateStyle) {
            if (const auto date = dateFromExcelSerial(number.toDouble(), dateSystem)) {
                cell.kind = SpreadsheetCell::Kind::Date;
                cell.date = *date;
                cell.text = date->toString(Qt::ISODate);
                return cell;
            }
        }
        cell.kind = SpreadsheetCell::Kind::Number;
        cell.text = number;
    }
    return cell;
}

bool readSheet(ZipArchive& zip, const QString& part, const QStringList& sharedStrings,
               const QList<bool>& dateStyles, const SpreadsheetLimits& limits, Spreadsheet* sheet,
               QString* reason) {
    const auto bytes = zip.read(part, reason);
    if (!bytes)
        return false;
    XmlStream xml;
    if (!xml.open(*bytes, part, reason))
        return false;
    SheetBuilder builder(*sheet, limits);
    int row = -1;
    int column = -1;
    QString type;
    bool dateStyle = false;
    QString value;
    QString inlineText;
    bool hasInline = false;
    bool inValue = false;
    bool inInlineText = false;
    bool inCell = false;
    int skipDepth = -1;
    int result;
    const auto finishCell = [&]() {
        inCell = false;
        const auto cell = cellValue(type, dateStyle, value, inlineText, hasInline, sharedStrings,
                                    sheet->dateSystem, row, column, reason);
        if (!cell)
            return false;
        return builder.put(row, column, *cell, reason);
    };
    while ((result = xml.next(reason)) == 1) {
        if (skipDepth >= 0) {
            if (xml.type() == XML_READER_TYPE_END_ELEMENT && xml.depth() == skipDepth)
                skipDepth = -1;
            continue;
        }
        if (xml.isStart()) {
            if (xml.is("row")) {
                const QString r = xml.attribute("r");
                bool ok = false;
                const int number = r.toInt(&ok);
                if (!r.isEmpty() && (!ok || number < 1 || number > 1048576)) {
                    *reason = Tr::tr("%1: a row is numbered 「%2」 (damaged file?)").arg(part, r);
                    return false;
                }
                row = r.isEmpty() ? row + 1 : number - 1;
                column = -1;
            } else if (xml.is("c")) {
                const QString reference = xml.attribute("r");
                if (reference.isEmpty()) {
                    ++column;
                    if (row < 0)
                        row = 0;
                } else if (!parseCellReference(reference, &row, &column)) {
                    *reason =
                        Tr::tr("%1: a cell is named 「%2」 (damaged file?)").arg(part, reference);
                    return false;
                }
                type = xml.attribute("t");
                const int style = xml.attribute("s").toInt();
                dateStyle = style >= 0 && style < dateStyles.size() && dateStyles.at(style);
                value.clear();
                inlineText.clear();
                hasInline = false;
                inCell = true;
                if (xml.isEnd() && !finishCell())
                    return false;
            } else if (inCell && xml.is("v")) {
                inValue = !xml.isEnd();
            } else if (inCell && xml.is("is")) {
                hasInline = true;
            } else if (inCell && xml.is("rPh") && !xml.isEnd()) {
                skipDepth = xml.depth();
            } else if (inCell && hasInline && xml.is("t")) {
                inInlineText = !xml.isEnd();
            } else if (xml.is("mergeCell")) {
                const QStringList corners = xml.attribute("ref").split(u':');
                MergedCells range;
                if (corners.size() == 2 &&
                    parseCellReference(corners.at(0), &range.firstRow, &range.firstColumn) &&
                    parseCellReference(corners.at(1), &range.lastRow, &range.lastColumn)) {
                    if (sheet->merged.size() >= limits.maxCells) {
                        *reason =
                            Tr::tr("the sheet has more than %1 merged ranges").arg(limits.maxCells);
                        return false;
                    }
                    sheet->merged << range;
                }
            }
        } else if (xml.type() == XML_READER_TYPE_END_ELEMENT) {
            if (xml.is("v"))
                inValue = false;
            else if (xml.is("t"))
                inInlineText = false;
            else if (xml.is("c") && inCell && !finishCell())
                return false;
        } else if (xml.isText()) {
            if (inValue)
                value += xml.text();
            else if (inInlineText)
                inlineText += xml.text();
        }
    }
    return result == 0;
}

std::optional<Spreadsheet> readXlsx(const QByteArray& bytes, int sheetIndex,
                                    const SpreadsheetLimits& limits, QString* reason) {
    ZipArchive zip(limits);
    if (!zip.open(bytes, reason))
        return std::nullopt;
    Workbook book;
    if (!readWorkbook(zip, &book, reason))
        return std::nullopt;
    if (sheetIndex < 0 || sheetIndex >= book.sheetNames.size()) {
        *reason = Tr::tr("the workbook has no sheet %1 (it has %2: %3)")
                      .arg(sheetIndex + 1)
                      .arg(book.sheetNames.size())
                      .arg(book.sheetNames.join(u"、"_s));
        return std::nullopt;
    }
    QStringList sharedStrings;
    QList<bool> dateStyles;
    if (!readSharedStrings(zip, limits, &sharedStrings, reason) ||
        !readDateStyles(zip, &dateStyles, reason))
        return std::nullopt;
    Spreadsheet sheet;
    sheet.sheetNames = book.sheetNames;
    sheet.sheetIndex = sheetIndex;
    sheet.dateSystem = book.dateSystem;
    if (!readSheet(zip, book.sheetParts.at(sheetIndex), sharedStrings, dateStyles, limits, &sheet,
                   reason))
        return std::nullopt;
    return sheet;
}

} // namespace

SpreadsheetCell Spreadsheet::cell(int row, int column) const {
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
        return {};
    return rows.at(row).at(column);
}

SpreadsheetFormat spreadsheetFormatOf(QByteArrayView firstBytes) {
    return firstBytes.startsWith("PK\x03\x04") || firstBytes.startsWith("PK\x05\x06")
               ? SpreadsheetFormat::Xlsx
               : SpreadsheetFormat::Csv;
}

std::optional<QString> decodeCsvBytes(QByteArrayView bytes) {
    std::vector<QStringDecoder> candidates;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        candidates.emplace_back(QStringDecoder::Utf8);
    } else if (bytes.startsWith("\xFF\xFE")) {
        candidates.emplace_back(QStringDecoder::Utf16LE);
    } else if (bytes.startsWith("\xFE\xFF")) {
        candidates.emplace_back(QStringDecoder::Utf16BE);
    } else {
        candidates.emplace_back(QStringDecoder::Utf8);
        QStringDecoder gb18030("GB18030");
#ifdef Q_OS_WIN
        // Qt for Windows is built without ICU; Chinese Windows' own code page is GBK.
        if (!gb18030.isValid())
            gb18030 = QStringDecoder(QStringDecoder::System);
#endif
        candidates.push_back(std::move(gb18030));
    }
    for (QStringDecoder& decoder : candidates) {
        if (!decoder.isValid())
            continue;
        QString text = decoder.decode(bytes);
        // Qt's ICU converter for GB18030 replaces what it cannot read without saying so.
        const bool silentlyReplaced =
            qstricmp(decoder.name(), "GB18030") == 0 && text.contains(QChar::ReplacementCharacter);
        if (!decoder.hasError() && !silentlyReplaced) {
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            return text;
        }
    }
    return std::nullopt;
}

std::optional<Spreadsheet> readSpreadsheetBytes(const QByteArray& bytes, SpreadsheetFormat format,
                                                const QString& name, QString* error, int sheetIndex,
                                                const SpreadsheetLimits& limits) {
    QString reason;
    std::optional<Spreadsheet> sheet;
    if (bytes.size() > limits.maxFileBytes) {
        reason = Tr::tr("the file has %1 bytes, more than the %2 MiB Nianbao reads")
                     .arg(bytes.size())
                     .arg(limits.maxFileBytes / (1024 * 1024));
    } else if (format == SpreadsheetFormat::Xlsx) {
        sheet = readXlsx(bytes, sheetIndex, limits, &reason);
    } else if (sheetIndex != 0) {
        reason = Tr::tr("a CSV file has only one sheet");
    } else {
        sheet = readCsv(bytes, limits, &reason);
    }
    if (!sheet && error)
        *error = Tr::tr("%1: %2").arg(name, reason);
    return sheet;
}

std::optional<Spreadsheet> readTabSeparatedText(const QString& text, QString* error,
                                                const SpreadsheetLimits& limits) {
    if (text.size() > limits.maxFileBytes) {
        *error = Tr::tr("the text has %1 characters, more than Nianbao reads").arg(text.size());
        return std::nullopt;
    }
    return readSeparated(text, u'\t', limits, error);
}

std::optional<Spreadsheet> readSpreadsheet(const QString& path, QString* error, int sheetIndex,
                                           const SpreadsheetLimits& limits) {
    const QFileInfo info(path);
    const QString name = info.fileName();
    const auto refuse = [&](const QString& reason) -> std::optional<Spreadsheet> {
        if (error)
            *error = Tr::tr("%1: %2").arg(name, reason);
        return std::nullopt;
    };
    if (!info.exists())
        return refuse(Tr::tr("there is no such file"));
    // A device (/dev/zero behind a link) reads without end, a named pipe blocks whoever opens
    // it: only a regular file is opened, and never read past the limit.
    if (!info.isFile())
        return refuse(Tr::tr("not a regular file (a folder, device, pipe or socket)"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(Tr::tr("cannot be opened (%1)").arg(file.errorString()));
    if (file.size() > limits.maxFileBytes) {
        return refuse(Tr::tr("the file has %1 bytes, more than the %2 MiB Nianbao reads")
                          .arg(file.size())
                          .arg(limits.maxFileBytes / (1024 * 1024)));
    }
    const QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (bytes.size() > limits.maxFileBytes) {
        return refuse(Tr::tr("the file has more than the %1 MiB Nianbao reads")
                          .arg(limits.maxFileBytes / (1024 * 1024)));
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return refuse(Tr::tr("this is an old Excel 97–2003 (.xls) file; open it in Excel, WPS or "
                             "LibreOffice and save it as .xlsx"));
    const SpreadsheetFormat format = spreadsheetFormatOf(bytes);
    if (format == SpreadsheetFormat::Csv &&
        info.suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0)
        return refuse(
            Tr::tr("the file is damaged or not an .xlsx workbook (it is not a zip archive)"));
    return readSpreadsheetBytes(bytes, format, name, error, sheetIndex, limits);
}

} // namespace nianbao
