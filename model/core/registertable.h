#pragma once

#include "model/core/requestregister.h"

#include <QStringList>

namespace nianbao {

// How the applicant's name and contact appear where the register is shown or printed.
enum class PersonalData : quint8 {
    LeftOut, // no columns for them (the default: issue 18, item 6)
    Shown,
    Masked, // 张** / 138****1234
};

// The register's columns as clerks head them: 编号, 收到日期, 申请方式, 申请人类型, [申请人,
// 联系方式], 申请内容, 补正, 征求意见, 延期, 答复日期, 办理结果, 截止日期, 费用（万元）, 备注.
// The exported sheet, the printed register (登记表) and the import preview share them.
QStringList registerColumnHeaders(PersonalData personalData);

// One entry's texts under those headers: dates as 2025-03-04, 补正 as 「2025-03-05 补正，
// 2025-03-10」, 征求意见 as 「2025-03-12 至 2025-03-20」, the outcome by its row of table
// three (「不予公开·属于国家秘密」), the due date of an open request (empty when it cannot be
// counted: `calendar` null, or a year without its calendar).
QStringList registerEntryTexts(const RegisterEntry& entry, PersonalData personalData,
                               const WorkCalendar* calendar);

// The due date of an open request whose deadline runs; invalid otherwise.
QDate registerDueDate(const RegisterEntry& entry, const WorkCalendar& calendar);

// A span of two dates of one step: 「2025-03-05 至 2025-03-12」, 「—」 for a missing end.
QString registerSpanText(QDate from, QDate to, const QString& separator);

// The short label of table three's row or column `key` (「自然人」, 「不予公开·属于国家秘密」).
QString table3Label(const QString& key);

} // namespace nianbao
