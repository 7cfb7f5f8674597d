#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace nianbao {

// Which day an Excel serial number 0 or 1 means: workbooks count from 1900 unless they say
// date1904 (old Mac Excel).
enum class ExcelDateSystem { From1900, From1904 };

// The day an Excel serial number names (its time of day, the fraction, is dropped). The 1900
// system keeps Lotus 1-2-3's bug that Excel copied: serial 60 is 29 February 1900, a day that
// never was, so serials from 61 on are one day later than a plain count from 31 December 1899.
// nullopt for serial 60 in that system, for negative serials and for those past 9999-12-31.
std::optional<QDate> dateFromExcelSerial(double serial, ExcelDateSystem system);

// The serial number Excel stores for `date` (the inverse of dateFromExcelSerial).
double excelSerialFromDate(QDate date, ExcelDateSystem system);

// A date written the ways Chinese registers write them, after the project's one text
// normalisation (full-width digits and separators become ordinary ones):
//   2025-03-04, 2025/3/4, 2025.3.4, 2025年3月4日 (or 4号), 20250304,
//   an Excel serial number of five digits (45720, also with a time fraction 45720.5),
// each optionally followed by a time of day (「2025/3/4 9:30」, as Excel's CSV writes it),
// which is dropped. nullopt with the reason in the user's language for anything else,
// including days that do not exist (2025-02-30).
std::optional<QDate> parseChineseDate(QStringView text, QString* error,
                                      ExcelDateSystem system = ExcelDateSystem::From1900);

} // namespace nianbao
