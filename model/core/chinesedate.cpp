#include "model/core/chinesedate.h"

#include "model/core/textnormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ChineseDate)
};

// The last serial Excel itself accepts: 9999-12-31.
constexpr double lastExcelSerial = 2958465.0;

} // namespace

std::optional<QDate> dateFromExcelSerial(double serial, ExcelDateSystem system) {
    if (!std::isfinite(serial) || serial < 0 || serial >= lastExcelSerial + 1)
        return std::nullopt;
    const auto day = static_cast<qint64>(std::floor(serial));
    if (system == ExcelDateSystem::From1904)
        return QDate(1904, 1, 1).addDays(day);
    if (day == 0 || day == 60)
        return std::nullopt; // 「1900-01-00」 and the 29 February 1900 that never was
    if (day < 60)
        return QDate(1899, 12, 31).addDays(day);
    return QDate(1899, 12, 30).addDays(day);
}

double excelSerialFromDate(QDate date, ExcelDateSystem system) {
    if (system == ExcelDateSystem::From1904)
        return static_cast<double>(QDate(1904, 1, 1).daysTo(date));
    if (date < QDate(1900, 3, 1))
        return static_cast<double>(QDate(1899, 12, 31).daysTo(date));
    return static_cast<double>(QDate(1899, 12, 30).daysTo(date));
}

std::optional<QDate> parseChineseDate(QStringView text, QString* error, ExcelDateSystem system) {
    const QString normal = normalizedText(text).trimmed();
    const auto refuse = [&](const QString& reason) -> std::optional<QDate> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (normal.isEmpty())
        return refuse(Tr::tr("no date given"));
    // A time of day after the date (Excel's CSV writes 「2025/3/4 0:00」) says nothing about the
    // day.
    static const QRegularExpression timeOfDay(
        u"^(.*?)\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)$"_s);
    QString datePart = normal;
    if (const auto match = timeOfDay.match(normal); match.hasMatch())
        datePart = match.captured(1);

    static const QRegularExpression separated(
        u"^(\\d{4})\\s*(?:([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?)$"_s);
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    static const QRegularExpression serialNumber(u"^(\\d{5})(?:\\.\\d+)?$"_s);

    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto match = separated.match(datePart); match.hasMatch()) {
        year = match.captured(1).toInt();
        const bool withSeparator = match.capturedLength(2) > 0;
        month = match.captured(withSeparator ? 3 : 5).toInt();
        day = match.captured(withSeparator ? 4 : 6).toInt();
    } else if (const auto digits = compact.match(datePart); digits.hasMatch()) {
        year = digits.captured(1).toInt();
        month = digits.captured(2).toInt();
        day = digits.captured(3).toInt();
    } else if (serialNumber.match(datePart).hasMatch()) {
        const auto date = dateFromExcelSerial(datePart.toDouble(), system);
        if (!date)
            return refuse(Tr::tr("%1 is not an Excel date serial number").arg(datePart));
        return date;
    } else {
        return refuse(Tr::tr("「%1」 is not a date (write it as 2025-03-04, 2025/3/4, 2025.3.4, "
                             "2025年3月4日 or 20250304)")
                          .arg(text.toString()));
    }
    if (year < 1900)
        return refuse(Tr::tr("「%1」: the year %2 is before 1900").arg(text.toString()).arg(year));
    if (month < 1 || month > 12)
        return refuse(Tr::tr("「%1」: there is no month %2").arg(text.toString()).arg(month));
    const QDate date(year, month, day);
    if (!date.isValid()) {
        return refuse(Tr::tr("「%1」: %2-%3 has no day %4")
                          .arg(text.toString())
                          .arg(year)
                          .arg(month, 2, 10, QLatin1Char('0'))
                          .arg(day));
    }
    return date;
}

} // namespace nianbao
