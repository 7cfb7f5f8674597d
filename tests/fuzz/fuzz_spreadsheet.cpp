// libFuzzer target: the spreadsheet reader must read or refuse any bytes (an .xlsx when they
// start as a zip file, CSV otherwise) without crashing, hanging or reading without bound; a
// refusal says why, and what it reads keeps within the limits it was given. Bytes that start
// with 「<」 are a sheet's XML: they are packed into a workbook here, so that the fuzzer reaches
// the sheet reader without having to forge the zip file's checksums.
#include "model/import/spreadsheet.h"

#include <zip.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QByteArray workbookAround(const QByteArray& sheetXml) {
    static const QByteArray workbook =
        R"(<workbook xmlns:r="r"><sheets><sheet name="s" r:id="rId1"/></sheets></workbook>)";
    static const QByteArray rels =
        R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)";
    static const QByteArray strings =
        R"(<sst><si><t>申请人</t></si><si><r><t>a</t></r></si></sst>)";
    static const QByteArray styles =
        R"(<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>)"
        R"(<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>)";
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(out);
    zip_t* zip = zip_open_from_source(out, ZIP_TRUNCATE, &error);
    const auto add = [zip](const char* name, const QByteArray& bytes) {
        zip_file_add(zip, name, zip_source_buffer(zip, bytes.constData(), bytes.size(), 0), 0);
    };
    add("xl/workbook.xml", workbook);
    add("xl/_rels/workbook.xml.rels", rels);
    add("xl/sharedStrings.xml", strings);
    add("xl/styles.xml", styles);
    add("xl/worksheets/sheet1.xml", sheetXml);
    QByteArray packed;
    if (zip_close(zip) == 0 && zip_source_open(out) == 0) {
        char chunk[65536];
        for (zip_int64_t got; (got = zip_source_read(out, chunk, sizeof chunk)) > 0;)
            packed.append(chunk, static_cast<qsizetype>(got));
        zip_source_close(out);
    }
    zip_source_free(out);
    zip_error_fini(&error);
    if (packed.isEmpty())
        std::abort(); // the harness itself failed
    return packed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (bytes.startsWith('<'))
        bytes = workbookAround(bytes);
    // Smaller limits than the application's, so that each input takes milliseconds.
    nianbao::SpreadsheetLimits limits;
    limits.maxPartBytes = 4 * 1024 * 1024;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    limits.maxRows = 5000;
    limits.maxColumns = 200;
    limits.maxCells = 100000;
    QString error;
    const auto sheet = nianbao::readSpreadsheetBytes(bytes, nianbao::spreadsheetFormatOf(bytes),
                                                     QStringLiteral("fuzz"), &error, 0, limits);
    if (std::getenv("NIANBAO_FUZZ_VERBOSE")) // what each input did, when growing the corpus
        std::fprintf(stderr, "%s\n", sheet ? "read" : error.toLocal8Bit().constData());
    if (!sheet) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    if (sheet->rows.size() > limits.maxRows || sheet->sheetNames.isEmpty())
        std::abort();
    qint64 cells = 0;
    for (const auto& row : sheet->rows) {
        if (row.size() > limits.maxColumns)
            std::abort();
        cells += row.size();
        for (const auto& cell : row) {
            if (cell.kind == nianbao::SpreadsheetCell::Kind::Date && !cell.date.isValid())
                std::abort();
            if (cell.kind != nianbao::SpreadsheetCell::Kind::Empty && cell.text.isEmpty())
                std::abort();
        }
    }
    if (cells > limits.maxCells)
        std::abort();
    return 0;
}
