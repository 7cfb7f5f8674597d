#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

// What a narrative sentence states about the report's figures.
enum class Topic : quint8 {
    Received,        // 收到/受理…申请 N 件
    ReceivedNatural, // 其中自然人申请 N 件
    CarriedIn,       // 上年结转 N 件
    Concluded,       // 办结 N 件
    CarriedOver,     // 结转下年度 N 件
    Granted,         // 予以公开 N 件
    Partial,         // 部分公开
    Denied,          // 不予公开
    Unable,          // 无法提供
    Rejected,        // 不予处理
    OtherHandling,   // 其他处理
    NormativeIssued, // 制发行政规范性文件 N 件
    Licensing,       // 行政许可 N 件
    Penalty,         // 行政处罚 N 件
    Review,          // 行政复议 N 件
    Litigation,      // 行政诉讼 N 件
    NoApplications,  // 未收到…申请 (no value)
    AllUpheld,       // 均予维持 (no value); scope says review, litigation or both
};

enum class CaseScope : quint8 { Both, Review, Litigation };

struct NarrativeStatement {
    Topic topic = Topic::Received;
    qint64 value = 0;
    CaseScope scope = CaseScope::Both;
    int start = 0; // the clause that says it
    int length = 0;
};

// Reads the figures a narrative states, the ways real reports write them: Arabic digits
// (full-width too, with thousands separators) and Chinese numerals (三件, 十二件). A clause
// that is vague, compares with another period or talks about another year yields nothing:
// a missed figure is better than a false alarm.
std::vector<NarrativeStatement> extractStatements(QStringView text, int reportYear);

// 三 → 3, 十二 → 12, 两百零五 → 205; nullopt if the text is not a Chinese numeral.
std::optional<qint64> parseChineseNumeral(QStringView text);

// Years written as 「2024年」 (also 「2024 年」) in the text, with their positions.
struct YearMention {
    int year = 0;
    int start = 0;
    int length = 0;
};
std::vector<YearMention> findYears(QStringView text);

// Splits at sentence ends (。！？；; and line breaks); ranges are [start, start + length).
struct TextRange {
    int start = 0;
    int length = 0;
};
std::vector<TextRange> splitSentences(QStringView text);

} // namespace nianbao
