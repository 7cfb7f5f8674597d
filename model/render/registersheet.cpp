#include "model/render/registersheet.h"

#include "model/core/registertable.h"

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

XlsxCell dateCell(QDate date) {
    return date.isValid() ? XlsxCell::ofDate(date) : XlsxCell{};
}

XlsxCell textCell(const QString& text) {
    return text.isEmpty() ? XlsxCell{} : XlsxCell::ofText(text);
}

} // namespace

XlsxSheet registerSheet(const std::vector<RegisterEntry>& entries, bool withPersonalData) {
    XlsxSheet sheet;
    sheet.name = u"依申请公开登记"_s;
    const PersonalData personalData =
        withPersonalData ? PersonalData::Shown : PersonalData::LeftOut;
    for (const QString& header : registerColumnHeaders(personalData))
        sheet.columns.append({header, 0});
    const auto calendar = WorkCalendar::official();
    for (const RegisterEntry& e : entries) {
        QList<XlsxCell> row = {XlsxCell::ofText(e.number), dateCell(e.received),
                               XlsxCell::ofText(requestChannelName(e.channel)),
                               XlsxCell::ofText(table3Label(e.applicantType))};
        if (withPersonalData)
            row << textCell(e.applicantName) << textCell(e.applicantContact);
        row << textCell(e.subject)
            << textCell(registerSpanText(e.correctionAsked, e.correctionReceived, u" 补正，"_s))
            << textCell(registerSpanText(e.consultationStart, e.consultationEnd, u" 至 "_s))
            << dateCell(e.extendedOn) << dateCell(e.replied)
            << (e.outcome.isEmpty() ? XlsxCell{} : XlsxCell::ofText(table3Label(e.outcome)));
        row << dateCell(registerDueDate(e, *calendar))
            << (e.fee.isZero() ? XlsxCell{} : XlsxCell::ofNumber(e.fee.toString().toDouble()))
            << textCell(e.notes);
        sheet.rows.append(row);
    }
    return sheet;
}

} // namespace nianbao
