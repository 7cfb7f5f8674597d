#include "model/core/reviewcases.h"

#include "model/core/formdefinition.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReviewCases)
};

constexpr int kTotal = 4;

template <size_t N>
int indexIn(const std::array<QString, N>& keys, const QString& key) {
    const auto it = std::find(keys.begin(), keys.end(), key);
    return it == keys.end() ? -1 : static_cast<int>(it - keys.begin());
}

} // namespace

const std::array<QString, 3>& reviewCaseGroups() {
    static const std::array<QString, 3> groups = {u"review"_s, u"suit_direct"_s,
                                                  u"suit_after_review"_s};
    return groups;
}

const std::array<QString, 4>& reviewCaseResults() {
    static const std::array<QString, 4> results = {u"upheld"_s, u"corrected"_s, u"other"_s,
                                                   u"pending"_s};
    return results;
}

std::optional<QString> reviewCaseGroup(const QString& kind, const QString& route) {
    const QString k = kind.trimmed();
    const QString r = route.trimmed();
    if (k == u"review" || k == u"复议" || k == u"行政复议")
        return r.isEmpty() ? std::optional<QString>(u"review"_s) : std::nullopt;
    if (k != u"suit" && k != u"诉讼" && k != u"行政诉讼")
        return std::nullopt;
    if (r == u"direct" || r == u"未经复议直接起诉" || r == u"直接起诉")
        return u"suit_direct"_s;
    if (r == u"after_review" || r == u"复议后起诉")
        return u"suit_after_review"_s;
    return std::nullopt;
}

QString reviewCaseGroupName(const QString& group) {
    if (group == u"review")
        return u"行政复议"_s;
    if (group == u"suit_direct")
        return u"行政诉讼·未经复议直接起诉"_s;
    if (group == u"suit_after_review")
        return u"行政诉讼·复议后起诉"_s;
    return group;
}

QString reviewCaseResultName(const QString& result) {
    static const std::array<QString, 4> names = {u"结果维持"_s, u"结果纠正"_s, u"其他结果"_s,
                                                 u"尚未审结"_s};
    const int i = indexIn(reviewCaseResults(), result);
    return i < 0 ? result : names[static_cast<size_t>(i)];
}

QStringList ReviewCases::problems(const ReviewCase& c) {
    QStringList p;
    if (c.agency.trimmed().isEmpty())
        p << Tr::tr("the case has no agency");
    if (indexIn(reviewCaseGroups(), c.group) < 0)
        p << Tr::tr("\"%1\" is not a column group of table four (review, suit_direct, "
                    "suit_after_review)")
                 .arg(c.group);
    if (c.yearFiled < 2008 || c.yearFiled > 2200)
        p << Tr::tr("the year filed %1 is not a year from 2008 (the regulations) to 2200")
                 .arg(c.yearFiled);
    if (indexIn(reviewCaseResults(), c.result) < 0)
        p << Tr::tr("\"%1\" is not a result of table four (upheld, corrected, other, pending)")
                 .arg(c.result);
    if (c.result == u"pending" && c.decided.isValid())
        p << Tr::tr("a pending case has no date of decision");
    if (c.decided.isValid() && c.decided.year() < c.yearFiled)
        p << Tr::tr("decided on %1, before the year it was filed (%2)")
                 .arg(c.decided.toString(Qt::ISODate))
                 .arg(c.yearFiled);
    return p;
}

CaseTable4 ReviewCases::table4(const std::vector<ReviewCase>& cases, int year) {
    CaseTable4 table;
    table.year = year;
    for (const QString& group : reviewCaseGroups())
        table.counts[group] = {};
    for (const ReviewCase& c : cases) {
        if (c.yearFiled != year || !problems(c).isEmpty())
            continue;
        const bool decidedLater = c.decided.isValid() && c.decided.year() > year;
        const QString result = decidedLater ? u"pending"_s : c.result;
        auto& row = table.counts[c.group];
        ++row[static_cast<size_t>(indexIn(reviewCaseResults(), result))];
        ++row[kTotal];
    }
    return table;
}

qint64 CaseTable4::count(const QString& group, const QString& column) const {
    const auto it = counts.find(group);
    if (it == counts.end())
        return 0;
    const int c = column == u"total" ? kTotal : indexIn(reviewCaseResults(), column);
    return c < 0 ? 0 : it->second[static_cast<size_t>(c)];
}

void CaseTable4::applyTo(Report& report) const {
    for (const QString& group : reviewCaseGroups()) {
        for (const QString& column :
             {u"upheld"_s, u"corrected"_s, u"other"_s, u"pending"_s, u"total"_s}) {
            if (const auto ref = report.form().findCell(u"t4."_s + group + u'.' + column))
                report.setValue(*ref, CellValue::of(count(group, column)));
        }
    }
}

} // namespace nianbao
