#include "model/import/registerpaste.h"

#include "model/import/spreadsheet.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::RegisterPaste)
};

struct PastedColumn {
    QString header;
    QString field;
    bool personal = false;
};

// The register export's columns (model/render/registersheet.cpp), in its order.
const std::vector<PastedColumn>& exportColumns() {
    static const std::vector<PastedColumn> columns = {
        {u"编号"_s, u"number"_s},           {u"收到日期"_s, u"received"_s},
        {u"申请方式"_s, u"channel"_s},      {u"申请人类型"_s, u"type"_s},
        {u"申请人"_s, u"name"_s, true},     {u"联系方式"_s, u"contact"_s, true},
        {u"申请内容"_s, u"subject"_s},      {u"补正"_s, u"correction"_s},
        {u"征求意见"_s, u"consultation"_s}, {u"延期"_s, u"extended"_s},
        {u"答复日期"_s, u"replied"_s},      {u"办理结果"_s, u"outcome"_s},
        {u"截止日期"_s, u"ignore"_s}, // computed from the dates, never read back
        {u"费用（万元）"_s, u"fee"_s},      {u"备注"_s, u"notes"_s},
    };
    return columns;
}

// Rows at least this wide hold the personal columns.
constexpr int kExportColumnsWithPersonalData = 15;

int widestRow(const Spreadsheet& sheet) {
    int widest = 0;
    for (const auto& row : sheet.rows)
        widest = std::max(widest, int(row.size()));
    return widest;
}

} // namespace

QStringList pastedRegisterHeaders(bool withPersonalData) {
    QStringList headers;
    for (const PastedColumn& column : exportColumns()) {
        if (withPersonalData || !column.personal)
            headers << column.header;
    }
    return headers;
}

std::optional<RegisterImport> readPastedRegister(const QString& text, const QString& agency,
                                                 QString* error) {
    if (text.trimmed().isEmpty()) {
        *error = Tr::tr("the clipboard holds no rows to paste");
        return std::nullopt;
    }
    QString reason;
    const auto sheet = readTabSeparatedText(text, &reason);
    if (!sheet) {
        *error = Tr::tr("the pasted text cannot be read as rows of cells: %1").arg(reason);
        return std::nullopt;
    }
    // A header row of the block's own: its names choose the columns.
    QString noHeader;
    if (auto withHeader = readRegisterSheet(*sheet, agency, {}, &noHeader);
        withHeader && withHeader->headerRow == 1)
        return withHeader;
    const bool personal = widestRow(*sheet) >= kExportColumnsWithPersonalData;
    RegisterImport result;
    QHash<int, QString> headers;
    int column = 0;
    for (const PastedColumn& c : exportColumns()) {
        if (c.personal && !personal)
            continue;
        headers.insert(column, c.header);
        if (c.field != u"ignore")
            result.fieldOfColumn.insert(column, c.field);
        ++column;
    }
    result.rows = readRegisterRows(*sheet, 0, agency, result.fieldOfColumn, headers);
    return result;
}

} // namespace nianbao
