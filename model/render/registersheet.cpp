#include "model/render/registersheet.h"

#include "model/core/formdefinition.h"

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

QString shortLabel(const std::vector<Dimension>& dimensions, const QString& key) {
    for (const Dimension& d : dimensions) {
        if (d.key == key)
            return d.shortLabel;
    }
    return key;
}

XlsxCell dateCell(QDate date) {
    return date.isValid() ? XlsxCell::ofDate(date) : XlsxCell{};
}

XlsxCell textCell(const QString& text) {
    return text.isEmpty() ? XlsxCell{} : XlsxCell::ofText(text);
}

// Two dates of one step in one cell: 「2025-03-05 至 2025-03-12」.
XlsxCell spanCell(QDate from, QDate to, const QString& separator) {
    if (!from.isValid() && !to.isValid())
        return {};
    return XlsxCell::ofText(from.toString(Qt::ISODate) + separator +
                            (to.isValid() ? to.toString(Qt::ISODate) : u"—"_s));
}

} // namespace

XlsxSheet registerSheet(const std::vector<RegisterEntry>& entries, bool withPersonalData) {
    const auto form = FormDefinition::builtIn(FormDefinition::defaultFormId());
    const TableDefinition& t3 = form->tables()[form->findTable(u"t3")];
    XlsxSheet sheet;
    sheet.name = u"依申请公开登记"_s;
    QStringList headers = {u"编号"_s, u"收到日期"_s, u"申请方式"_s, u"申请人类型"_s};
    if (withPersonalData)
        headers << u"申请人"_s << u"联系方式"_s;
    headers << u"申请内容"_s << u"补正"_s << u"征求意见"_s << u"延期"_s << u"答复日期"_s
            << u"办理结果"_s << u"截止日期"_s << u"费用（万元）"_s << u"备注"_s;
    for (const QString& header : headers)
        sheet.columns.append({header, 0});
    const auto calendar = WorkCalendar::official();
    for (const RegisterEntry& e : entries) {
        QList<XlsxCell> row = {XlsxCell::ofText(e.number), dateCell(e.received),
                               XlsxCell::ofText(requestChannelName(e.channel)),
                               XlsxCell::ofText(shortLabel(t3.columns, e.applicantType))};
        if (withPersonalData)
            row << textCell(e.applicantName) << textCell(e.applicantContact);
        row << textCell(e.subject)
            << spanCell(e.correctionAsked, e.correctionReceived, u" 补正，"_s)
            << spanCell(e.consultationStart, e.consultationEnd, u" 至 "_s) << dateCell(e.extendedOn)
            << dateCell(e.replied)
            << (e.outcome.isEmpty() ? XlsxCell{}
                                    : XlsxCell::ofText(shortLabel(t3.rows, e.outcome)));
        // The deadline of an open request; an answered one has none to show.
        QDate due;
        if (!e.replied.isValid()) {
            QString ignored;
            const auto deadline = RequestRegister::deadline(e, *calendar, e.received, &ignored);
            if (deadline && deadline->state == RequestDeadline::State::Running)
                due = deadline->due;
        }
        row << dateCell(due)
            << (e.fee.isZero() ? XlsxCell{} : XlsxCell::ofNumber(e.fee.toString().toDouble()))
            << textCell(e.notes);
        sheet.rows.append(row);
    }
    return sheet;
}

} // namespace nianbao
