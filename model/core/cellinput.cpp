#include "model/core/cellinput.h"

#include "model/core/textnormalizer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::CellInput)
};

// The program's one normal form (full-width digits and punctuation to ASCII, every dash to
// 「-」, invisible formatting dropped), then what only a cell needs: spaces removed, 「。」
// typed for a decimal point, thousands separators dropped where they separate groups of three
// digits.
QString normalize(QStringView typed) {
    QString s = normalizedText(typed);
    s.removeIf([](QChar c) { return c.isSpace(); });
    s.replace(u'。', u'.');
    if (s.contains(u',')) {
        const qsizetype dot = s.indexOf(u'.');
        const QStringView whole = QStringView(s).left(dot < 0 ? s.size() : dot);
        const auto groups = whole.split(u',');
        bool grouped = !groups.front().isEmpty() && groups.front().size() <= 3;
        for (qsizetype i = 1; i < groups.size(); ++i)
            grouped = grouped && groups[i].size() == 3;
        if (grouped)
            s.remove(u',');
    }
    return s;
}

bool allDigits(QStringView s) {
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

CellInput CellInput::parse(QStringView typed, const CellDefinition& cell) {
    const QString s = normalize(typed);
    if (s.isEmpty())
        return {CellValue::empty(), {}};
    if (s == u"/") {
        if (cell.notApplicableAllowed)
            return {CellValue::notApplicable(), {}};
        return {std::nullopt,
                Tr::tr("「/」 (not applicable) is allowed only in the 规章 row; enter a "
                       "number, 0 if there were none")};
    }
    if (s.startsWith(u'-'))
        return {std::nullopt, Tr::tr("a negative number cannot be entered here")};
    if (cell.kind == CellKind::Count) {
        if (!allDigits(s))
            return {std::nullopt, Tr::tr("\"%1\" is not a whole number; a count is a whole number "
                                         "such as 0, 3 or 1234")
                                      .arg(typed.toString())};
        const auto d = Decimal::parse(s);
        if (!d)
            return {std::nullopt, Tr::tr("%1 is too large").arg(s)};
        return {CellValue::of(*d), {}};
    }
    const qsizetype dot = s.indexOf(u'.');
    const QStringView whole = QStringView(s).left(dot < 0 ? s.size() : dot);
    const QStringView fraction = dot < 0 ? QStringView() : QStringView(s).mid(dot + 1);
    if (!allDigits(whole) || (dot >= 0 && !allDigits(fraction)))
        return {
            std::nullopt,
            Tr::tr("\"%1\" is not an amount; enter 万元 such as 12.3456").arg(typed.toString())};
    if (fraction.size() > 4)
        return {std::nullopt, Tr::tr("an amount in 万元 has at most 4 decimals (1 yuan = 0.0001)")};
    const auto d = Decimal::parse(s);
    if (!d)
        return {std::nullopt, Tr::tr("%1 is too large").arg(s)};
    return {CellValue::of(*d), {}};
}

} // namespace nianbao
