#include "model/core/narrativerules.h"

#include "model/core/narrativefigures.h"

#include <QHash>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// The spec's narrative ids; the parts the S rules are about.
constexpr QStringView kProblemsText = u"problems";
constexpr QStringView kOtherMattersText = u"other_matters";

struct TopicInfo {
    Topic topic;
    const char16_t* rule;
    const char16_t* said;  // how the text says it
    const char16_t* table; // where the table holds it
    Fact fact;
};

constexpr TopicInfo kTopics[] = {
    {Topic::Received, u"N1", u"收到申请", u"表三本年新收政府信息公开申请数量（总计）",
     Fact::RequestsNew},
    {Topic::ReceivedNatural, u"N1", u"自然人申请", u"表三本年新收政府信息公开申请数量（自然人）",
     Fact::RequestsNewNatural},
    {Topic::CarriedIn, u"N2", u"上年结转", u"表三上年结转政府信息公开申请数量（总计）",
     Fact::RequestsCarriedIn},
    {Topic::Concluded, u"N2", u"办结", u"表三本年度办理结果总计", Fact::RequestsConcluded},
    {Topic::CarriedOver, u"N2", u"结转下年度", u"表三结转下年度继续办理（总计）",
     Fact::RequestsCarriedOver},
    {Topic::Granted, u"N3", u"予以公开", u"表三予以公开（总计）", Fact::OutcomeGranted},
    {Topic::Partial, u"N3", u"部分公开", u"表三部分公开（总计）", Fact::OutcomePartial},
    {Topic::Denied, u"N3", u"不予公开", u"表三不予公开各项之和", Fact::OutcomeDenied},
    {Topic::Unable, u"N3", u"无法提供", u"表三无法提供各项之和", Fact::OutcomeUnable},
    {Topic::Rejected, u"N3", u"不予处理", u"表三不予处理各项之和", Fact::OutcomeRejected},
    {Topic::OtherHandling, u"N3", u"其他处理", u"表三其他处理各项之和", Fact::OutcomeOther},
    {Topic::NormativeIssued, u"N4", u"制发行政规范性文件", u"表二行政规范性文件本年制发件数",
     Fact::NormativeIssued},
    {Topic::Licensing, u"N4", u"行政许可", u"表二行政许可本年处理决定数量",
     Fact::LicensingDecisions},
    {Topic::Penalty, u"N4", u"行政处罚", u"表二行政处罚本年处理决定数量", Fact::PenaltyDecisions},
    {Topic::Review, u"N5", u"行政复议", u"表四行政复议总计", Fact::ReviewTotal},
    {Topic::Litigation, u"N5", u"行政诉讼", u"表四行政诉讼总计（未经复议直接起诉与复议后起诉之和）",
     Fact::LitigationTotal},
};

const TopicInfo* infoFor(Topic topic) {
    for (const auto& info : kTopics) {
        if (info.topic == topic)
            return &info;
    }
    return nullptr;
}

std::optional<Decimal> factValue(const Report& report, Fact fact) {
    if (report.form().fact(fact).empty())
        return std::nullopt;
    Decimal sum;
    for (CellRef ref : report.form().fact(fact)) {
        const CellValue& v = report.value(ref);
        if (!v.isNumber())
            return std::nullopt;
        sum += v.number;
    }
    return sum;
}

// A sentence of the narrative between “”, shortened; quotation marks inside it become the
// inner ones (‘’), as Chinese nests them, so that the message reads cleanly.
QString quotedSentence(QStringView sentence) {
    QString q = sentence.trimmed().toString();
    if (q.size() > 40)
        q = q.left(40) + u"……"_s;
    q.replace(u'“', u'‘').replace(u'”', u'’').replace(u'"', u'\'');
    return u"“"_s + q + u"”"_s;
}

QString quoted(QStringView text, const NarrativeStatement& s) {
    return quotedSentence(text.mid(s.start, s.length));
}

Finding textFinding(const QString& rule, Severity severity, std::vector<CellRef> cells, int text,
                    int start, int length, QString message) {
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.cells = std::move(cells);
    f.text = text;
    f.textStart = start;
    f.textLength = length;
    f.message = std::move(message);
    return f;
}

// The first statement of each topic, to compare later ones with (N7).
struct Stated {
    qint64 value = 0;
    int text = 0;
    NarrativeStatement statement;
};

void checkFigures(const Report& report, int textIndex, const QString& label,
                  const std::vector<NarrativeStatement>& statements, QHash<int, Stated>& stated,
                  std::vector<Finding>& out) {
    const QString& text = report.text(textIndex);
    const FormDefinition& form = report.form();
    for (const NarrativeStatement& s : statements) {
        if (s.topic == Topic::NoApplications) {
            const auto received = factValue(report, Fact::RequestsNew);
            if (received && !received->isZero()) {
                out.push_back(textFinding(
                    u"N6"_s, Severity::Warning, form.fact(Fact::RequestsNew), textIndex, s.start,
                    s.length,
                    u"%1：正文%2说本年未收到申请，但表三本年新收政府信息公开申请数量为 %3"_s.arg(
                        label, quoted(text, s), received->toString())));
            }
            continue;
        }
        if (s.topic == Topic::AllUpheld) {
            std::vector<CellRef> cells;
            if (s.scope != CaseScope::Litigation)
                cells = form.fact(Fact::ReviewNotUpheld);
            if (s.scope != CaseScope::Review) {
                const auto& more = form.fact(Fact::LitigationNotUpheld);
                cells.insert(cells.end(), more.begin(), more.end());
            }
            Decimal notUpheld;
            std::vector<CellRef> nonZero;
            for (CellRef ref : cells) {
                const CellValue& v = report.value(ref);
                if (v.isNumber() && !v.number.isZero()) {
                    notUpheld += v.number;
                    nonZero.push_back(ref);
                }
            }
            if (!nonZero.empty()) {
                out.push_back(textFinding(
                    u"N5"_s, Severity::Warning, nonZero, textIndex, s.start, s.length,
                    u"%1：正文%2说结果均予维持，但表四有 %3 件结果纠正、其他结果或尚未审结"_s.arg(
                        label, quoted(text, s), notUpheld.toString())));
            }
            continue;
        }
        const TopicInfo* info = infoFor(s.topic);
        if (!info)
            continue;
        const int key = static_cast<int>(s.topic);
        if (auto it = stated.constFind(key); it != stated.constEnd()) {
            if (it->value != s.value) {
                out.push_back(textFinding(
                    u"N7"_s, Severity::Warning, form.fact(info->fact), textIndex, s.start, s.length,
                    u"%1：正文两处说的%2件数不同：%3 与 %4"_s.arg(
                        label, QString::fromUtf16(info->said),
                        quoted(report.text(it->text), it->statement), quoted(text, s))));
            }
        } else {
            stated.insert(key, {s.value, textIndex, s});
        }
        const auto expected = factValue(report, info->fact);
        if (!expected)
            continue;
        const Decimal said = Decimal::fromInteger(s.value);
        if (said == *expected)
            continue;
        QString alsoAccepted;
        if (s.topic == Topic::Received) {
            // Some agencies count new plus carried-in applications as "received".
            if (const auto carried = factValue(report, Fact::RequestsCarriedIn)) {
                if (said == *expected + *carried)
                    continue;
                if (!carried->isZero())
                    alsoAccepted = u"（加上年结转为 %1）"_s.arg((*expected + *carried).toString());
            }
        }
        const Decimal difference = said > *expected ? said - *expected : *expected - said;
        out.push_back(textFinding(QString::fromUtf16(info->rule), Severity::Warning,
                                  form.fact(info->fact), textIndex, s.start, s.length,
                                  u"%1：正文%2写%3 %4 件，但%5为 %6%7，相差 %8"_s.arg(
                                      label, quoted(text, s), QString::fromUtf16(info->said),
                                      QString::number(s.value), QString::fromUtf16(info->table),
                                      expected->toString(), alsoAccepted, difference.toString())));
    }
}

// A sentence about what will be done (「2025年，我局将……」, 「下一步」, 「明年」).
bool isAPlan(QStringView sentence) {
    for (QStringView word :
         {u"将", u"下一步", u"明年", u"计划", u"拟", u"今后", u"力争", u"下一年"}) {
        if (sentence.contains(word))
            return true;
    }
    return false;
}

void checkPeriod(const Report& report, int textIndex, const QString& label, QStringView text,
                 std::vector<Finding>& out) {
    if (report.year == 0)
        return; // the year is unknown (年份不明): nothing to compare with
    // Parts 5 and 6 say what is planned: a later year there is the plan's, not the report's.
    const QString& textId = report.form().texts()[size_t(textIndex)].id;
    const bool plansPart = textId == kProblemsText || textId == kOtherMattersText;
    const auto sentences = splitSentences(text);
    for (size_t i = 0; i < sentences.size(); ++i) {
        const QStringView sentence = text.mid(sentences[i].start, sentences[i].length);
        const auto years = findYears(sentence);
        if (years.empty())
            continue;
        const bool statisticsPeriod =
            sentence.contains(u"统计期限") || sentence.contains(u"统计时限") ||
            sentence.contains(u"统计期间") || sentence.contains(u"统计时间");
        // A part that opens with 「2023年……」 in a 2024 report was copied from last year's.
        const bool opensPart =
            i < 2 &&
            sentence.trimmed().startsWith(sentence.mid(years.front().start, years.front().length));
        for (const auto& y : years) {
            if (y.year == report.year)
                continue;
            if (y.year > report.year && (plansPart || isAPlan(sentence)))
                continue;
            // 「2023年度问题整改情况」 in a 2024 report: last year's problems, rightly dated.
            if (y.year == report.year - 1 &&
                (sentence.contains(u"问题") || sentence.contains(u"整改") ||
                 sentence.contains(u"不足")))
                continue;
            if (!statisticsPeriod && !(opensPart && &y == &years.front()))
                continue;
            out.push_back(textFinding(u"Y1"_s, Severity::Warning, {}, textIndex, sentences[i].start,
                                      sentences[i].length,
                                      u"%1：%2写的是 %3 年，本报告是 %4 年度的报告"_s.arg(
                                          label, quotedSentence(sentence), QString::number(y.year),
                                          QString::number(report.year))));
            break;
        }
    }
}

// Part 5 says how last year's problems were remedied: 「整改」 anywhere (also printed with
// spaces or line breaks inside, 「整 改」), or last year's problems named, by 「上年」 or by
// the year itself (「2023年度问题」 in a 2024 report).
bool mentionsRemediation(QStringView printed, int reportYear) {
    QString text = printed.toString();
    text.removeIf([](QChar c) { return c.isSpace(); });
    if (text.contains(u"整改"))
        return true;
    QStringList past = {u"上年"_s, u"上一年"_s, u"去年"_s, u"以往"_s, u"前期"_s, u"上年度"_s};
    if (reportYear > 0)
        past.append(QString::number(reportYear - 1) + u'年');
    for (const QString& word : std::as_const(past)) {
        qsizetype at = text.indexOf(word);
        while (at >= 0) {
            const QStringView after = QStringView(text).mid(at, 40);
            if (after.contains(u"问题") || after.contains(u"不足") || after.contains(u"改进"))
                return true;
            at = text.indexOf(word, at + 1);
        }
    }
    return false;
}

} // namespace

double NarrativeRules::similarity(QStringView a, QStringView b) {
    auto pairs = [](QStringView s) {
        std::vector<quint32> out;
        out.reserve(s.size());
        char16_t previous = 0;
        for (QChar c : s) {
            if (c.isSpace() || c.isPunct())
                continue;
            if (previous)
                out.push_back(quint32(previous) << 16 | c.unicode());
            previous = c.unicode();
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    const auto pa = pairs(a);
    const auto pb = pairs(b);
    if (pa.empty() || pb.empty())
        return 0.0;
    size_t i = 0;
    size_t j = 0;
    size_t common = 0;
    while (i < pa.size() && j < pb.size()) {
        if (pa[i] == pb[j]) {
            ++common;
            ++i;
            ++j;
        } else if (pa[i] < pb[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * static_cast<double>(common) / static_cast<double>(pa.size() + pb.size());
}

namespace {

// What the narrative rules read from one text that does not depend on the tables: its
// figures, its period findings and its likeness to last year's text. Kept per thread for
// the texts last seen, so that a keystroke in a cell does not re-read unchanged texts.
// A held copy of the QString pins its buffer: the same data pointer means the same text.
struct TextAnalysis {
    QString text;
    int year = 0;
    int index = 0;
    std::vector<NarrativeStatement> statements;
    std::vector<Finding> period;
    QString previous;
    double alike = -1.0;
    TextRange copied; // the first sentence that stands (nearly) as it was last year
};

constexpr size_t kCachedTexts = 32;
thread_local std::vector<std::unique_ptr<TextAnalysis>> t_analyses;

bool sameText(const QString& a, const QString& b) {
    return a.constData() == b.constData() && a.size() == b.size();
}

TextAnalysis& analyse(const Report& report, int index, const QString& label) {
    const QString& text = report.text(index);
    for (auto& a : t_analyses) {
        if (a->index == index && a->year == report.year && sameText(a->text, text))
            return *a;
    }
    auto a = std::make_unique<TextAnalysis>();
    a->text = text;
    a->year = report.year;
    a->index = index;
    a->statements = extractStatements(text, report.year);
    checkPeriod(report, index, label, text, a->period);
    if (t_analyses.size() >= kCachedTexts)
        t_analyses.erase(t_analyses.begin());
    t_analyses.push_back(std::move(a));
    return *t_analyses.back();
}

} // namespace

void NarrativeRules::clearCache() {
    t_analyses.clear();
}

void NarrativeRules::check(const Report& report, const Report* previousYear,
                           std::vector<Finding>& out) {
    const FormDefinition& form = report.form();
    QHash<int, Stated> stated;
    for (size_t i = 0; i < form.texts().size(); ++i) {
        const int index = static_cast<int>(i);
        const QString& text = report.text(index);
        if (text.isEmpty())
            continue;
        const QString& label = form.texts()[i].label;
        TextAnalysis& analysis = analyse(report, index, label);
        checkFigures(report, index, label, analysis.statements, stated, out);
        out.insert(out.end(), analysis.period.begin(), analysis.period.end());
        if (previousYear) {
            const QString& last = previousYear->text(index);
            constexpr int kMinimumLength = 40; // stock one-liners may repeat every year
            if (text.size() >= kMinimumLength && last.size() >= kMinimumLength) {
                if (analysis.alike < 0 || !sameText(analysis.previous, last)) {
                    analysis.previous = last;
                    analysis.alike = similarity(text, last);
                    analysis.copied = {0, static_cast<int>(text.size())};
                    if (analysis.alike >= 0.8) {
                        const auto lastSentences = splitSentences(last);
                        bool found = false;
                        for (const TextRange& r : splitSentences(text)) {
                            const QStringView sentence = QStringView(text).mid(r.start, r.length);
                            for (const TextRange& l : lastSentences) {
                                if (similarity(sentence,
                                               QStringView(last).mid(l.start, l.length)) >= 0.9) {
                                    analysis.copied = r;
                                    found = true;
                                    break;
                                }
                            }
                            if (found)
                                break;
                        }
                    }
                }
                if (analysis.alike >= 0.8) {
                    out.push_back(textFinding(
                        u"X3"_s, Severity::Warning, {}, index, analysis.copied.start,
                        analysis.copied.length,
                        u"%1：与上年报告的同一部分 %2% 相同（内容雷同），请按本年情况重写"_s.arg(
                            label, QString::number(static_cast<int>(analysis.alike * 100)))));
                }
            }
        }
    }

    const int problems = form.findText(kProblemsText);
    if (problems >= 0) {
        const QString& text = report.text(problems);
        if (text.trimmed().isEmpty()) {
            out.push_back(
                textFinding(u"S5"_s, Severity::Warning, {}, problems, -1, 0,
                            u"第五部分“存在的主要问题及改进情况”没有填写；说明的原因不会印入报告，"
                            u"印出的这一部分将是空白"_s));
        } else if (!mentionsRemediation(text, report.year)) {
            out.push_back(textFinding(
                u"S5"_s, Severity::Warning, {}, problems, 0, static_cast<int>(text.size()),
                u"第五部分没有说明上年度存在问题的整改情况（评议要求写明上年问题如何整改）"_s));
        }
    }
    const int other = form.findText(kOtherMattersText);
    if (other >= 0) {
        const QString& text = report.text(other);
        if (text.trimmed().isEmpty()) {
            out.push_back(textFinding(
                u"S6"_s, Severity::Warning, {}, other, -1, 0,
                u"第六部分“其他需要报告的事项”没有填写（至少应说明是否收取信息处理费）；"
                u"说明的原因不会印入报告，印出的这一部分将是空白"_s));
        } else if (const auto unpaid = factValue(report, Fact::FeesUnpaid);
                   unpaid && !unpaid->isZero() && !text.contains(u"处理费")) {
            out.push_back(textFinding(
                u"S6"_s, Severity::Warning, form.fact(Fact::FeesUnpaid), other, 0,
                static_cast<int>(text.size()),
                u"表三有 %1 件申请因逾期未缴纳费用不再处理，但第六部分没有说明信息处理费的收取情况"_s
                    .arg(unpaid->toString())));
        }
    }
}

} // namespace nianbao
