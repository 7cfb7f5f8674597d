#include "model/import/agencyname.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// Words of the link text spam mirrors inject before a page's title.
constexpr std::array kSpamWords = {u"娱乐", u"官网", u"入口", u"彩票", u"棋牌", u"博彩",
                                   u"赌场", u"真人", u"下载", u"注册", u"网址", u"登录",
                                   u"平台", u"体育", u"电竞", u"开户", u"官方"};

// The last character of an agency's name.
bool endsLikeAnAgency(QStringView name) {
    static const QStringView endings =
        u"局委会办府镇乡处道心院厅部署所队站馆社旗县区市省室司团盟州";
    return !name.isEmpty() && endings.contains(name.back());
}

} // namespace

std::optional<QString> cleanAgencyName(QStringView printed, QString* why) {
    auto refuse = [&](const QString& reason) -> std::optional<QString> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    QString name = printed.toString().simplified().remove(u' ');
    // Control and formatting characters (a NUL in a damaged page, U+202E) are no part of a name
    // and a stored name may not hold them (agencyNameProblem).
    name.removeIf([](QChar c) {
        const auto category = c.category();
        return category == QChar::Other_Control || category == QChar::Other_Format ||
               category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned;
    });
    // Page furniture: 「Page3-」, 「P.9」, 「第3页」, and what precedes a 「-」 or 「_」 joining
    // a page's name to a title.
    static const QRegularExpression furniture(
        uR"(^(?:(?:Page|P\.?)\d+[-_—:：]?|第\d+页[-_—:：]?))"_s,
        QRegularExpression::CaseInsensitiveOption);
    name.remove(furniture);
    // Injected link text: everything up to the last spam word.
    qsizetype after = 0;
    for (const char16_t* word : kSpamWords) {
        const QStringView w(word);
        const qsizetype at = name.lastIndexOf(w);
        if (at >= 0)
            after = std::max(after, at + w.size());
    }
    name.remove(0, after);
    // Latin letters, digits and marks left in front of a Chinese name.
    qsizetype first = 0;
    while (first < name.size() && name[first].unicode() < 0x2E80)
        ++first;
    name.remove(0, first);
    // Lead-in words of the sentence the title stands in.
    static const QRegularExpression leadIn(
        uR"(^(?:现予公布|现公布|现将|特此公布|关于印发|关于|公布|发布|印发)+)"_s);
    name.remove(leadIn);
    if (name.isEmpty())
        return refuse(u"「%1」中没有机关名称"_s.arg(printed.trimmed()));
    static const QRegularExpression sentence(uR"([，,。；;：:！!？?、“”"《》（）()])"_s);
    if (name.contains(sentence) || name.size() > 30)
        return refuse(u"「%1」是一句话，不是机关名称"_s.arg(printed.trimmed().left(40)));
    static const QRegularExpression notAName(uR"(^(?:我|本|该|年度|全年|上年|下一|今年))"_s);
    if (name.contains(notAName) || name.contains(u"本单位") || name.contains(u"我局") ||
        name.contains(u"年度") || name.contains(u"报告") || name.size() < 2 ||
        !endsLikeAnAgency(name))
        return refuse(u"「%1」不是机关名称"_s.arg(printed.trimmed().left(40)));
    return name;
}

InferredLevel inferAgencyLevel(QStringView agency) {
    // Each place word with what it is not when followed or preceded by certain characters
    // (市场, 城乡, 乡村, 社区, 园区, 城镇…). The last place word in the name is the agency's own.
    struct Place {
        QStringView word;
        AgencyLevel government;
        AgencyLevel department;
    };
    static const Place places[] = {
        {u"自治区", AgencyLevel::Province, AgencyLevel::ProvinceDepartment},
        {u"省", AgencyLevel::Province, AgencyLevel::ProvinceDepartment},
        {u"市", AgencyLevel::City, AgencyLevel::CityDepartment},
        {u"州", AgencyLevel::City, AgencyLevel::CityDepartment},
        {u"盟", AgencyLevel::City, AgencyLevel::CityDepartment},
        {u"县", AgencyLevel::County, AgencyLevel::CountyDepartment},
        {u"旗", AgencyLevel::County, AgencyLevel::CountyDepartment},
        {u"区", AgencyLevel::County, AgencyLevel::CountyDepartment},
        {u"镇", AgencyLevel::Township, AgencyLevel::Township},
        {u"乡", AgencyLevel::Township, AgencyLevel::Township},
        {u"街道", AgencyLevel::Street, AgencyLevel::Street},
    };
    auto isPlaceWord = [&](qsizetype at, QStringView word) {
        const QChar before = at > 0 ? agency[at - 1] : QChar();
        const QChar next = at + word.size() < agency.size() ? agency[at + word.size()] : QChar();
        if (word == u"市")
            return next != u'场' && next != u'政' && next != u'容' && next != u'民';
        if (word == u"区")
            return before != u'社' && before != u'园' && before != u'景' && before != u'校' &&
                   before != u'治' && before != u'片' && before != u'辖' && before != u'城';
        if (word == u"乡")
            return before != u'城' && next != u'村' && next != u'镇';
        if (word == u"镇")
            return before != u'城' && before != u'乡';
        if (word == u"州")
            return next != u'市'; // 广州市: the 市 decides
        return true;
    };
    const Place* last = nullptr;
    qsizetype lastAt = -1;
    for (const Place& place : places) {
        for (qsizetype at = agency.indexOf(place.word); at >= 0;
             at = agency.indexOf(place.word, at + 1)) {
            if (at > lastAt && isPlaceWord(at, place.word)) {
                last = &place;
                lastAt = at;
            }
        }
    }
    if (!last)
        return {};
    const QStringView rest = agency.mid(lastAt + last->word.size());
    const bool government = rest.isEmpty() || rest == u"人民政府" || rest == u"政府" ||
                            rest == u"办事处" || rest == u"街道办事处";
    AgencyLevel level = government ? last->government : last->department;
    // The four municipalities are provinces.
    const QStringView place = agency.left(lastAt + last->word.size());
    if (last->word == u"市" &&
        (place == u"北京市" || place == u"上海市" || place == u"天津市" || place == u"重庆市"))
        level = government ? AgencyLevel::Province : AgencyLevel::ProvinceDepartment;
    return {level, u"名称中的“%1”"_s.arg(place)};
}

} // namespace nianbao
