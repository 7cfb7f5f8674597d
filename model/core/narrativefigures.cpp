#include "model/core/narrativefigures.h"

#include "model/core/textnormalizer.h"

#include <array>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

bool isSentenceEnd(QChar c) {
    const char16_t u = c.unicode();
    return u == u'。' || u == u'！' || u == u'？' || u == u'；' || u == u';' || u == u'\n' ||
           u == u'!' || u == u'?';
}

bool isClauseEnd(QChar c) {
    const char16_t u = c.unicode();
    return isSentenceEnd(c) || u == u'，' || u == u',' || u == u'、' || u == u'：' || u == u':' ||
           u == u'（' || u == u'）' || u == u'(' || u == u')';
}

// A digit in the program's normal form (full-width ones included).
int digitValue(QChar c) {
    const char16_t u = c.unicode() < 0x80 ? c.unicode() : normalizedChar(c).unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    return -1;
}

int chineseDigit(QChar c) {
    switch (c.unicode()) {
    case u'零':
    case u'〇':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

int chineseUnit(QChar c) {
    switch (c.unicode()) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    case u'万':
        return 10000;
    default:
        return 0;
    }
}

bool isChineseNumeralChar(QChar c) {
    return chineseDigit(c) >= 0 || chineseUnit(c) > 0;
}

// Clauses are a few dozen characters long: a plain scan beats QStringView::indexOf's
// set-up cost, which dominated the whole check when every clause was searched for dozens
// of phrases.
qsizetype findIn(QStringView text, QStringView word) {
    const qsizetype last = text.size() - word.size();
    const QChar first = word[0];
    for (qsizetype i = 0; i <= last; ++i) {
        if (text[i] == first && text.mid(i, word.size()) == word)
            return i;
    }
    return -1;
}

qsizetype findLastIn(QStringView text, QStringView word) {
    const QChar first = word[0];
    for (qsizetype i = text.size() - word.size(); i >= 0; --i) {
        if (text[i] == first && text.mid(i, word.size()) == word)
            return i;
    }
    return -1;
}

bool has(QStringView text, QStringView word) {
    return findIn(text, word) >= 0;
}

bool containsAny(QStringView text, std::initializer_list<QStringView> words) {
    for (QStringView w : words) {
        if (findIn(text, w) >= 0)
            return true;
    }
    return false;
}

// The position just after the last occurrence of any of the words, or -1.
qsizetype endOfLast(QStringView text, std::initializer_list<QStringView> words) {
    qsizetype best = -1;
    for (QStringView w : words) {
        const qsizetype at = findLastIn(text, w);
        if (at >= 0)
            best = std::max(best, at + w.size());
    }
    return best;
}

struct NumberToken {
    qint64 value = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    bool arabic = true;
};

// Reads a number starting at `pos`: Arabic digits (1,234 and full-width allowed) or a run
// of Chinese numerals. A decimal fraction makes it no count at all.
std::optional<NumberToken> readNumber(QStringView s, qsizetype pos) {
    NumberToken token;
    token.start = pos;
    if (digitValue(s[pos]) >= 0) {
        qint64 value = 0;
        qsizetype i = pos;
        int digits = 0;
        while (i < s.size()) {
            const int d = digitValue(s[i]);
            if (d >= 0) {
                if (++digits > 15)
                    return std::nullopt;
                value = value * 10 + d;
                ++i;
            } else if (s[i] == u',' && i + 3 < s.size() && digitValue(s[i + 1]) >= 0 &&
                       digitValue(s[i + 2]) >= 0 && digitValue(s[i + 3]) >= 0 &&
                       (i + 4 >= s.size() || digitValue(s[i + 4]) < 0)) {
                ++i; // thousands separator: exactly three digits follow
            } else {
                break;
            }
        }
        if (i < s.size() && (s[i] == u'.' || s[i] == u'．') && i + 1 < s.size() &&
            digitValue(s[i + 1]) >= 0)
            return std::nullopt;
        token.value = value;
        token.end = i;
        return token;
    }
    qsizetype i = pos;
    while (i < s.size() && isChineseNumeralChar(s[i]))
        ++i;
    const auto value = parseChineseNumeral(s.mid(pos, i - pos));
    if (!value)
        return std::nullopt;
    token.value = *value;
    token.end = i;
    token.arabic = false;
    return token;
}

constexpr std::array kUnits = {u'件', u'宗', u'起', u'个', u'份', u'项', u'次', u'例'};

// A count is only taken when a counting word follows it, or when the clause reads
// 「…数量为 0」.
bool isCountContext(QStringView clause, const NumberToken& n) {
    // 「第1件」 is an ordinal, 「百分之百」 and 「100%」 a share.
    const QStringView before = clause.left(n.start);
    if (before.endsWith(u'第') || before.endsWith(u"百分之"))
        return false;
    qsizetype after = n.end;
    while (after < clause.size() && clause[after].isSpace())
        ++after;
    if (after < clause.size()) {
        const QChar unit = clause[after];
        if (std::find(kUnits.begin(), kUnits.end(), unit.unicode()) != kUnits.end()) {
            const QStringView rest = clause.mid(after + 1);
            return !rest.startsWith(u"工作日") && !rest.startsWith(u"月") &&
                   !rest.startsWith(u"百分点") && !rest.startsWith(u"小时");
        }
        return false;
    }
    if (!n.arabic)
        return false;
    const QStringView lead = before.trimmed();
    return lead.endsWith(u'为') || lead.endsWith(u'是') || lead.endsWith(u"：");
}

std::optional<Topic> outcomeTopic(QStringView prefix) {
    struct Word {
        QStringView word;
        Topic topic;
    };
    // Longer, more specific phrases first: 不予公开 contains 予公开, 部分公开 contains 公开.
    static const Word words[] = {
        {u"部分公开", Topic::Partial},       {u"不予公开", Topic::Denied},
        {u"无法提供", Topic::Unable},        {u"不予处理", Topic::Rejected},
        {u"其他处理", Topic::OtherHandling}, {u"予以公开", Topic::Granted},
        {u"同意公开", Topic::Granted},       {u"全部公开", Topic::Granted},
    };
    for (const auto& w : words) {
        const qsizetype at = findLastIn(prefix, w.word);
        // The category must name the number: at most a few characters (的、为、共、数量) between.
        if (at >= 0 && prefix.size() - (at + w.word.size()) <= 4)
            return w.topic;
    }
    return std::nullopt;
}

// 「予以公开及部分公开57件」: two categories joined name their sum, neither alone.
bool namesASumOfOutcomes(QStringView prefix) {
    static const QStringView outcomes[] = {u"予以公开", u"同意公开", u"全部公开", u"部分公开",
                                           u"不予公开", u"无法提供", u"不予处理", u"其他处理"};
    static const QStringView joins[] = {u"及", u"和", u"与", u"以及", u"、", u"加", u"或"};
    const QStringView tail = prefix.right(16);
    for (QStringView first : outcomes) {
        const qsizetype at = findIn(tail, first);
        if (at < 0)
            continue;
        const QStringView rest = tail.mid(at + first.size());
        for (QStringView join : joins) {
            if (!rest.startsWith(join))
                continue;
            for (QStringView second : outcomes) {
                if (rest.mid(join.size()).startsWith(second))
                    return true;
            }
        }
    }
    return false;
}

// Decides what a clause's number counts, from the words before it.
std::optional<Topic> classify(QStringView prefix) {
    if (containsAny(prefix,
                    {u"同比", u"增加", u"减少", u"增长", u"下降", u"较上年",   u"比上年", u"环比",
                     u"累计", u"平均", u"占比", u"比例", u"去年", u"上年同期", u"投诉",   u"咨询",
                     u"留言", u"来电", u"热线", u"信访", u"建议", u"提案",     u"第"}))
        return std::nullopt;
    const bool review = has(prefix, u"复议");
    const bool litigation = containsAny(prefix, {u"诉讼", u"起诉", u"应诉"});
    if (review && litigation)
        return std::nullopt;
    if (review)
        return Topic::Review;
    if (litigation)
        return Topic::Litigation;

    const qsizetype carry = findIn(prefix, u"结转");
    if (carry >= 0) {
        const QStringView before = prefix.left(carry);
        const QStringView after = prefix.mid(carry);
        if (before.endsWith(u"上年") || before.endsWith(u"上年度") || before.endsWith(u"上一年") ||
            before.endsWith(u"上一年度") || before.endsWith(u"上年末"))
            return Topic::CarriedIn;
        if (containsAny(after, {u"下年", u"下一年", u"次年", u"明年"}))
            return Topic::CarriedOver;
        return std::nullopt; // a bare 结转: which way is not said
    }
    if (containsAny(prefix,
                    {u"转下一年", u"转入下一年", u"转入下年", u"转至下一年", u"转到下一年"}))
        return Topic::CarriedOver;
    if (namesASumOfOutcomes(prefix))
        return std::nullopt;
    if (auto outcome = outcomeTopic(prefix))
        return outcome;
    if (containsAny(prefix, {u"办结", u"办理完毕", u"办理完结", u"答复完毕"}))
        return Topic::Concluded;
    if (has(prefix, u"申请")) {
        // 「其中自然人申请13件」: the natural persons' column of the new requests.
        if (has(prefix, u"自然人") && !containsAny(prefix, {u"法人", u"其他组织", u"未收到"}))
            return Topic::ReceivedNatural;
        const qsizetype verb =
            endOfLast(prefix, {u"收到", u"受理", u"新收", u"接收", u"收悉", u"共收", u"接到"});
        if (verb >= 0 && !containsAny(prefix, {u"未收到", u"没有收到", u"未受理"}))
            return Topic::Received;
        return std::nullopt;
    }
    if (has(prefix, u"规范性文件")) {
        if (containsAny(prefix,
                        {u"制发", u"印发", u"出台", u"制定", u"发布", u"新制", u"主动公开"}) &&
            !containsAny(prefix, {u"废止", u"清理", u"修订", u"修改", u"现行", u"有效", u"备案",
                                  u"审查", u"审核", u"解读", u"宣传"}))
            return Topic::NormativeIssued;
        return std::nullopt;
    }
    const bool licensing = has(prefix, u"行政许可");
    const bool penalty = has(prefix, u"行政处罚");
    if (licensing == penalty)
        return std::nullopt;
    if (containsAny(prefix, {u"事项", u"目录", u"清单", u"权力", u"标准", u"流程"}))
        return std::nullopt;
    return licensing ? Topic::Licensing : Topic::Penalty;
}

// 「做到办结一件、满意一件」, 「确保件件有回应」, 「受理一件、办结一件」: a count word in a slogan
// is no count.
bool isSlogan(QStringView clause, QStringView sentence) {
    if (containsAny(sentence, {u"件件", u"事事"}))
        return true;
    const QStringView trimmed = clause.trimmed();
    if (trimmed.startsWith(u"确保") || trimmed.startsWith(u"做到") || trimmed.startsWith(u"力争") ||
        trimmed.startsWith(u"实现"))
        return true;
    const qsizetype first = findIn(sentence, u"一件");
    return first >= 0 && findIn(sentence.mid(first + 2), u"一件") >= 0;
}

bool statesNoApplications(QStringView clause) {
    const qsizetype negation =
        endOfLast(clause, {u"未收到", u"没有收到", u"未接到", u"未受理", u"无依申请", u"零申请"});
    if (negation < 0)
        return false;
    if (containsAny(clause, {u"复议", u"诉讼", u"投诉", u"咨询", u"举报"}))
        return false;
    return has(clause.mid(negation), u"申请") || has(clause, u"零申请") || has(clause, u"无依申请");
}

// 「均予维持」: the clause, or else its sentence, says which cases were upheld.
std::optional<CaseScope> statesAllUpheld(QStringView clause, QStringView sentence) {
    if (!containsAny(clause, {u"均予维持", u"均予以维持", u"均维持", u"全部维持", u"均被维持",
                              u"结果均为维持", u"全部予以维持"}))
        return std::nullopt;
    auto mentions = [](QStringView s, bool* review, bool* litigation) {
        *review = has(s, u"复议");
        *litigation = containsAny(s, {u"诉讼", u"起诉", u"判决", u"法院"});
    };
    bool review = false;
    bool litigation = false;
    mentions(clause, &review, &litigation);
    if (!review && !litigation)
        mentions(sentence, &review, &litigation);
    if (review && !litigation)
        return CaseScope::Review;
    if (litigation && !review)
        return CaseScope::Litigation;
    return CaseScope::Both;
}

} // namespace

std::optional<qint64> parseChineseNumeral(QStringView text) {
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;   // completed 万 groups
    qint64 section = 0; // below 万
    qint64 digit = -1;  // pending digit
    bool lastWasZero = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const int d = chineseDigit(c);
        if (d >= 0) {
            if (digit >= 0 && !lastWasZero)
                return std::nullopt; // 二三: not a numeral
            lastWasZero = d == 0;
            digit = d;
            continue;
        }
        const int unit = chineseUnit(c);
        if (unit == 0)
            return std::nullopt;
        lastWasZero = false;
        if (unit == 10000) {
            section += digit > 0 ? digit : 0;
            total = (total + (section == 0 ? 1 : section)) * 10000;
            section = 0;
        } else {
            // 十二 is 12: a leading 十 stands for 一十.
            section += (digit < 0 ? 1 : digit) * unit;
        }
        digit = -1;
    }
    if (digit > 0)
        section += digit;
    return total + section;
}

std::vector<YearMention> findYears(QStringView text) {
    std::vector<YearMention> years;
    for (qsizetype i = 0; i + 4 < text.size(); ++i) {
        if (digitValue(text[i]) < 0 || (i > 0 && digitValue(text[i - 1]) >= 0))
            continue;
        int value = 0;
        qsizetype j = i;
        while (j < text.size() && digitValue(text[j]) >= 0 && j - i < 5) {
            value = value * 10 + digitValue(text[j]);
            ++j;
        }
        if (j - i != 4 || value < 1990 || value > 2100)
            continue;
        qsizetype k = j;
        while (k < text.size() && text[k] == u' ')
            ++k;
        if (k < text.size() && text[k] == u'年') {
            years.push_back({value, static_cast<int>(i), static_cast<int>(k + 1 - i)});
            i = k;
        }
    }
    return years;
}

std::vector<TextRange> splitSentences(QStringView text) {
    std::vector<TextRange> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || isSentenceEnd(text[i])) {
            const qsizetype end = i < text.size() ? i + 1 : i;
            if (!text.mid(start, end - start).trimmed().isEmpty())
                out.push_back({static_cast<int>(start), static_cast<int>(end - start)});
            start = end;
        }
    }
    return out;
}

std::vector<NarrativeStatement> extractStatements(QStringView text, int reportYear) {
    std::vector<NarrativeStatement> out;
    for (const TextRange& sentenceRange : splitSentences(text)) {
        const QStringView sentence = text.mid(sentenceRange.start, sentenceRange.length);
        // A sentence about another year (2023年…, while the report is for 2024) states that
        // year's figures, not this report's.
        bool otherYear = false;
        bool thisYear = false;
        for (const auto& y : findYears(sentence)) {
            thisYear = thisYear || y.year == reportYear;
            otherYear = otherYear || y.year != reportYear;
        }
        if (otherYear && !thisYear)
            continue;
        qsizetype clauseStart = 0;
        QChar separator;
        bool previousClauseHadNumber = true;
        for (qsizetype i = 0; i <= sentence.size(); ++i) {
            if (i < sentence.size() && !isClauseEnd(sentence[i]))
                continue;
            // An ASCII comma before exactly three digits is a thousands separator (1,234).
            if (i < sentence.size() && sentence[i] == u',' && i > 0 &&
                digitValue(sentence[i - 1]) >= 0 && i + 3 < sentence.size() &&
                digitValue(sentence[i + 1]) >= 0 && digitValue(sentence[i + 2]) >= 0 &&
                digitValue(sentence[i + 3]) >= 0 &&
                (i + 4 >= sentence.size() || digitValue(sentence[i + 4]) < 0))
                continue;
            const QStringView clause = sentence.mid(clauseStart, i - clauseStart);
            const int absoluteStart = sentenceRange.start + static_cast<int>(clauseStart);
            auto emit = [&](Topic topic, qint64 value, CaseScope scope) {
                out.push_back(
                    {topic, value, scope, absoluteStart, static_cast<int>(clause.size())});
            };
            bool hadNumber = false;
            // One pass of one-character tests first: most clauses hold no number and no
            // negation, and the phrase searches are the costly part of the scan.
            bool negated = false;
            bool upheld = false;
            bool numeral = false;
            for (const QChar c : clause) {
                const char16_t u = c.unicode();
                negated = negated || u == u'未' || u == u'没' || u == u'无' || u == u'零';
                upheld = upheld || u == u'维';
                numeral = numeral || digitValue(c) >= 0 || chineseDigit(c) >= 0 || u == u'十';
            }
            if (negated && statesNoApplications(clause)) {
                emit(Topic::NoApplications, 0, CaseScope::Both);
            } else if (auto scope = upheld ? statesAllUpheld(clause, sentence) : std::nullopt) {
                emit(Topic::AllUpheld, 0, *scope);
            } else if (numeral) {
                for (qsizetype p = 0; p < clause.size(); ++p) {
                    if (digitValue(clause[p]) < 0 && chineseDigit(clause[p]) < 0 &&
                        clause[p] != u'十')
                        continue;
                    const auto number = readNumber(clause, p);
                    if (!number) {
                        while (p + 1 < clause.size() &&
                               (digitValue(clause[p + 1]) >= 0 ||
                                isChineseNumeralChar(clause[p + 1]) || clause[p + 1] == u'.'))
                            ++p;
                        continue;
                    }
                    p = number->end - 1;
                    if (!isCountContext(clause, *number))
                        continue;
                    if (!number->arabic && isSlogan(clause, sentence))
                        continue;
                    hadNumber = true;
                    // A list like 「予以公开、部分公开共 5 件」 sums categories: say nothing.
                    if (separator == u'、' && !previousClauseHadNumber)
                        break;
                    if (auto topic = classify(clause.left(number->start)))
                        emit(*topic, number->value, CaseScope::Both);
                    break;
                }
            }
            previousClauseHadNumber = hadNumber;
            separator = i < sentence.size() ? sentence[i] : QChar();
            clauseStart = i + 1;
        }
    }
    return out;
}

} // namespace nianbao
