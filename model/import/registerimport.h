#pragma once

#include "model/core/requestregister.h"
#include "model/import/spreadsheet.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao {

// The fields of a register entry a column can hold, by the names `--map` takes.
// number, received, channel, type, name, contact, subject, correction, consultation,
// extended, replied, outcome, fee, notes; "ignore" leaves a column out.
const QStringList& registerImportFields();

// One row of the sheet under the header: recognised (entry) or refused (problems).
struct RegisterImportRow {
    int sheetRow = 0; // as the clerk sees it: row 17 of the sheet
    RegisterEntry entry;
    QStringList problems; // 「第 17 行：收到日期“2025-02-30”不是有效日期」, one per problem
    bool recognised() const { return problems.isEmpty(); }
};

struct RegisterImport {
    int headerRow = 0;                 // 1-based, as the clerk sees it
    QHash<int, QString> fieldOfColumn; // 0-based column → field
    QStringList unrecognisedHeaders;   // named, so that the clerk can map them with --map
    std::vector<RegisterImportRow> rows;
};

// Reads a clerk's register sheet (台账) for `agency`: the header row is the first with at least
// three headers recognised (序号/编号, 收到日期/申请日期/受理日期, 申请人, 申请人类型, 申请方式,
// 申请内容, 答复日期/办结日期, 处理结果/答复结果/办理结果, 备注 and close variants), or any
// named in `columnMap` (header text → field, which overrides the recognised names). Dates in
// the usual Chinese forms; outcomes by their official wording or an unambiguous variant.
// Empty rows are passed over. nullopt with the reason when no header row is found or the map
// names an unknown field.
std::optional<RegisterImport> readRegisterSheet(const Spreadsheet& sheet, const QString& agency,
                                                const QHash<QString, QString>& columnMap,
                                                QString* error);

// The rows of `sheet` from `firstRow` (0-based) on, read with the columns given (0-based column
// → field, and the header text each is named by in messages): for rows without a header row
// of their own, such as a paste.
std::vector<RegisterImportRow> readRegisterRows(const Spreadsheet& sheet, int firstRow,
                                                const QString& agency,
                                                const QHash<int, QString>& fieldOfColumn,
                                                const QHash<int, QString>& headers);

// `--map` text 「收件日期=received,经办结果=outcome」 as header → field; nullopt with the
// reason when malformed.
std::optional<QHash<QString, QString>> parseRegisterColumnMap(const QString& text, QString* error);

} // namespace nianbao
