#pragma once

#include "model/core/requestregister.h"
#include "model/import/spreadsheet.h"

#include <QHash>
#include <QSet>
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

    int recognisedCount() const;
    int refusedCount() const { return static_cast<int>(rows.size()) - recognisedCount(); }
    // The entries of the recognised rows, in the sheet's order: what an import stores.
    std::vector<RegisterEntry> recognisedEntries() const;
};

// The columns of a register sheet as the clerk confirms them: the header row and the field
// each column holds.
struct RegisterColumns {
    int headerRow = 0;   // 1-based
    QStringList headers; // the header row's text, one per column of the sheet
    QStringList fields;  // one per column: a field of registerImportFields() ("ignore": none)

    // The header row's text: what a remembered choice of fields is keyed by.
    QString key() const;
    // What stops an import with these columns: a field chosen for two columns. Empty if none.
    QStringList problems() const;
};

// A field's name for the clerk: 「收到日期」 for received, 「（不导入）」 for ignore.
QString registerImportFieldName(const QString& field);

// The fields recognised from the text of row `headerRow` (1-based) of the sheet, with
// `columnMap` (header text → field) overriding the recognised names. A header recognised
// twice keeps its first column; the others, and the unknown headers, are "ignore".
RegisterColumns recogniseRegisterColumns(const Spreadsheet& sheet, int headerRow,
                                         const QHash<QString, QString>& columnMap);

// The first row with at least three headers recognised, or holding every header named in
// `columnMap`. nullopt with the reason when there is none.
std::optional<RegisterColumns> findRegisterColumns(const Spreadsheet& sheet,
                                                   const QHash<QString, QString>& columnMap,
                                                   QString* error);

// What identifies a request besides its number: the day received, the applicant (type and
// name) and the subject; and the numbers and those keys of a register's entries (read with the
// applicants' names), for `numbersTaken` below.
QString registerEntryKey(const RegisterEntry& entry);
QSet<QString> registerKeysOf(const std::vector<RegisterEntry>& entries);

// Reads every row under the header with the chosen columns: each recognised (its entry as it
// will be stored) or refused with every reason, a number already in `numbersTaken` or twice
// in the sheet included, and a request already there (registerKeysOf) or twice in the sheet.
// Empty rows are passed over.
RegisterImport importRegisterRows(const Spreadsheet& sheet, const QString& agency,
                                  const RegisterColumns& columns,
                                  const QSet<QString>& numbersTaken = {});

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
