#pragma once

#include "model/core/report.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace nianbao {

// One 行政复议 or 行政诉讼 case brought over the agency's handling of information requests:
// what table four (政府信息公开行政复议、行政诉讼情况) counts.
struct ReviewCase {
    qint64 id = 0; // in the store; 0 before it is stored
    QString agency;
    QString number; // the case's own reference (复议决定书、判决书文号), optional
    // t4's groups: "review" 行政复议; "suit_direct" 未经复议直接起诉; "suit_after_review"
    // 复议后起诉.
    QString group;
    int yearFiled = 0; // the year the 复议 was applied for or the suit filed
    // t4's columns: "upheld" 结果维持, "corrected" 结果纠正, "other" 其他结果, "pending" 尚未审结.
    QString result = QStringLiteral("pending");
    // The day the result was given; a result given after the year it is counted for counts
    // as 尚未审结 in that year's table.
    QDate decided;
    QString notes;

    bool operator==(const ReviewCase&) const = default;
};

// t4's three groups and four result columns, in the form's order.
const std::array<QString, 3>& reviewCaseGroups();
const std::array<QString, 4>& reviewCaseResults();
// The group of a case from its kind (复议 or 诉讼, as `review`/`suit` or the Chinese) and, for a
// suit, whether it followed a 复议 (复议后起诉) or not (未经复议直接起诉, `direct`/`after_review`).
// nullopt when they do not name one.
std::optional<QString> reviewCaseGroup(const QString& kind, const QString& route);
// 「行政复议」「行政诉讼·未经复议直接起诉」「行政诉讼·复议后起诉」 and 结果维持…尚未审结.
QString reviewCaseGroupName(const QString& group);
QString reviewCaseResultName(const QString& result);

// Table four of one year, counted from the cases: those filed in the year, each under its
// result if given by 31 December, else 尚未审结. 总计 is the sum by construction.
struct CaseTable4 {
    int year = 0;
    std::map<QString, std::array<qint64, 5>> counts; // group → results then total
    qint64 count(const QString& group, const QString& column) const;
    // Puts every cell of table four into the report (totals included).
    void applyTo(Report& report) const;
};

class ReviewCases {
public:
    // What is wrong with a case, one message each in the user's language; empty if none.
    static QStringList problems(const ReviewCase& c);
    // Cases with problems are left out (the store refuses them).
    static CaseTable4 table4(const std::vector<ReviewCase>& cases, int year);
};

} // namespace nianbao
