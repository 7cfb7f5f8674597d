#include "model/core/registertable.h"

#include "model/core/formdefinition.h"
#include "model/core/personaldata.h"

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

QString dateText(QDate date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString table3Label(const QString& key) {
    static const auto form = FormDefinition::builtIn(FormDefinition::defaultFormId());
    const TableDefinition& t3 = form->tables()[form->findTable(u"t3")];
    for (const auto* dimensions : {&t3.rows, &t3.columns}) {
        for (const Dimension& d : *dimensions) {
            if (d.key == key)
                return d.shortLabel;
        }
    }
    return key;
}

QStringList registerColumnHeaders(PersonalData personalData) {
    QStringList headers = {u"编号"_s, u"收到日期"_s, u"申请方式"_s, u"申请人类型"_s};
    if (personalData != PersonalData::LeftOut)
        headers << u"申请人"_s << u"联系方式"_s;
    headers << u"申请内容"_s << u"补正"_s << u"征求意见"_s << u"延期"_s << u"答复日期"_s
            << u"办理结果"_s << u"截止日期"_s << u"费用（万元）"_s << u"备注"_s;
    return headers;
}

QString registerSpanText(QDate from, QDate to, const QString& separator) {
    if (!from.isValid() && !to.isValid())
        return {};
    return dateText(from) + separator + (to.isValid() ? dateText(to) : u"—"_s);
}

QDate registerDueDate(const RegisterEntry& entry, const WorkCalendar& calendar) {
    if (entry.replied.isValid())
        return {};
    QString ignored;
    const auto deadline = RequestRegister::deadline(entry, calendar, entry.received, &ignored);
    if (deadline && deadline->state == RequestDeadline::State::Running)
        return deadline->due;
    return {};
}

QStringList registerEntryTexts(const RegisterEntry& e, PersonalData personalData,
                               const WorkCalendar* calendar) {
    QStringList texts = {e.number, dateText(e.received), requestChannelName(e.channel),
                         table3Label(e.applicantType)};
    if (personalData == PersonalData::Shown)
        texts << e.applicantName << e.applicantContact;
    else if (personalData == PersonalData::Masked)
        texts << maskedName(e.applicantName) << maskedContact(e.applicantContact);
    texts << e.subject << registerSpanText(e.correctionAsked, e.correctionReceived, u" 补正，"_s)
          << registerSpanText(e.consultationStart, e.consultationEnd, u" 至 "_s)
          << dateText(e.extendedOn) << dateText(e.replied)
          << (e.outcome.isEmpty() ? QString() : table3Label(e.outcome))
          << (calendar ? dateText(registerDueDate(e, *calendar)) : QString())
          << (e.fee.isZero() ? QString() : e.fee.toString()) << e.notes;
    return texts;
}

} // namespace nianbao
