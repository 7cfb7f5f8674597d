#include "model/core/narrativefigures.h"
#include "model/core/narrativerules.h"
#include "model/core/validator.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

struct Stated {
    Topic topic;
    qint64 value;
    bool operator==(const Stated&) const = default;
    friend void PrintTo(const Stated& s, std::ostream* os) {
        *os << "{topic " << static_cast<int>(s.topic) << ", " << s.value << "}";
    }
};

struct Sentence {
    const char16_t* text;
    std::vector<Stated> expected;
};

// Sentences the way real reports write them, and sentences whose numbers are about
// something else and must yield nothing.
const Sentence kSentences[] = {
    {u"收到申请3件、办结2件、结转下年度1件。",
     {{Topic::Received, 3}, {Topic::Concluded, 2}, {Topic::CarriedOver, 1}}},
    {u"收到申请3件、办结2件、结转1件。",
     {{Topic::Received, 3}, {Topic::Concluded, 2}}}, // bare 结转: which way?
    {u"全年共受理政府信息公开申请十二件。", {{Topic::Received, 12}}},
    {u"本年度共收到政府信息公开申请 1,234 件，上年结转 15 件，办结 1,200 件，结转下年度继续办理 49 "
     u"件。",
     {{Topic::Received, 1234},
      {Topic::CarriedIn, 15},
      {Topic::Concluded, 1200},
      {Topic::CarriedOver, 49}}},
    {u"上年度结转依申请公开数量为 0，2024年度办结数量为 0，转下一年办理数量为 0。",
     {{Topic::CarriedIn, 0}, {Topic::Concluded, 0}, {Topic::CarriedOver, 0}}},
    {u"本年度未收到政府信息公开申请。", {{Topic::NoApplications, 0}}},
    {u"2024年，我局没有收到依申请公开申请。", {{Topic::NoApplications, 0}}},
    {u"其中予以公开二十一件，部分公开3件，不予公开2件，无法提供５件，不予处理1件，其他处理两件。",
     {{Topic::Granted, 21},
      {Topic::Partial, 3},
      {Topic::Denied, 2},
      {Topic::Unable, 5},
      {Topic::Rejected, 1},
      {Topic::OtherHandling, 2}}},
    {u"全年制发行政规范性文件3件，废止规范性文件2件。", {{Topic::NormativeIssued, 3}}},
    {u"作出行政许可决定1250件、行政处罚决定386件。",
     {{Topic::Licensing, 1250}, {Topic::Penalty, 386}}},
    {u"本年度发生政府信息公开行政复议案件2件，行政诉讼案件1件，均予维持。",
     {{Topic::Review, 2}, {Topic::Litigation, 1}, {Topic::AllUpheld, 0}}},
    {u"被申请行政复议一百零三件。", {{Topic::Review, 103}}},
    // Numbers about something else: no statement.
    {u"截止2024年12月31日我局通过官方网站发布政务类信息34条，概况类信息150条。", {}},
    {u"本年度共处理群众留言92条，接听咨询电话300余次。", {}},
    {u"收到申请数量较上年增加5件，同比增长20%。", {}},
    {u"所有申请均在20个工作日内答复。", {}},
    {u"全年收取信息处理费0元。", {}},
    {u"组织政务公开培训3次，参训人员120人次。", {}},
    {u"依据《条例》第三十三条第二款规定办理。", {}},
    {u"梳理行政许可事项126项，公开行政许可目录清单。", {}},
    {u"2023年，本局共收到政府信息公开申请8件。", {}}, // another year's figure
    {u"予以公开、部分公开共5件。", {}},               // a sum of categories
    {u"进一步统一规范，一是加强培训，二是完善制度。", {}},
    {u"办结率100%。", {}},
    // Two categories joined: their sum, neither alone.
    {u"予以公开及部分公开57件。", {}},
    {u"其中予以公开和部分公开共12件，不予公开1件。", {{Topic::Denied, 1}}},
    // Slogans, shares and ordinals are no counts.
    {u"做到办结一件、满意一件。", {}},
    {u"确保件件有回应、一件一件抓落实。", {}},
    {u"办结率达到百分之百。", {}},
    {u"第1件申请已于3月办结。", {}},
    // More wording of the same facts.
    {u"主动公开行政规范性文件3件。", {{Topic::NormativeIssued, 3}}},
    {u"全年收到申请20件，其中自然人申请13件。",
     {{Topic::Received, 20}, {Topic::ReceivedNatural, 13}}},
};

TEST(NarrativeFigures, ReadsRealWorldSentences) {
    int index = 0;
    for (const Sentence& s : kSentences) {
        std::vector<Stated> got;
        for (const auto& st : extractStatements(QStringView(s.text), 2024))
            got.push_back({st.topic, st.value});
        EXPECT_EQ(got, s.expected)
            << "sentence " << index << ": " << QString::fromUtf16(s.text).toStdString();
        ++index;
    }
    EXPECT_GE(index, 20);
}

TEST(NarrativeFigures, ChineseNumerals) {
    EXPECT_EQ(parseChineseNumeral(u"三"), 3);
    EXPECT_EQ(parseChineseNumeral(u"十"), 10);
    EXPECT_EQ(parseChineseNumeral(u"十二"), 12);
    EXPECT_EQ(parseChineseNumeral(u"二十"), 20);
    EXPECT_EQ(parseChineseNumeral(u"一百零三"), 103);
    EXPECT_EQ(parseChineseNumeral(u"两百"), 200);
    EXPECT_EQ(parseChineseNumeral(u"一千二百三十四"), 1234);
    EXPECT_EQ(parseChineseNumeral(u"两万三千"), 23000);
    EXPECT_EQ(parseChineseNumeral(u"零"), 0);
    EXPECT_FALSE(parseChineseNumeral(u"二三"));
    EXPECT_FALSE(parseChineseNumeral(u"三安"));
}

TEST(NarrativeFigures, StatementPointsAtItsClause) {
    const QString text = u"本局持续推进公开。全年共受理政府信息公开申请十二件，均已办结。"_s;
    const auto statements = extractStatements(text, 2024);
    ASSERT_EQ(statements.size(), 1u);
    EXPECT_EQ(text.mid(statements[0].start, statements[0].length),
              u"全年共受理政府信息公开申请十二件"_s);
}

TEST(NarrativeRules, ContradictingFigureIsMarkedAtTheSentence) {
    Report r =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    const int requests = r.form().findText(u"overview.requests");
    r.setText(requests, u"本局依法办理申请。全年共收到政府信息公开申请三件。"_s);
    const auto findings = Validator::check(r);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, u"N1"_s);
    EXPECT_EQ(findings[0].text, requests);
    EXPECT_EQ(r.text(requests).mid(findings[0].textStart, findings[0].textLength),
              u"全年共收到政府信息公开申请三件"_s);
    EXPECT_TRUE(findings[0].message.contains(u"相差 50"_s));
}

TEST(NarrativeRules, VagueAndUnrelatedTextRaisesNothing) {
    Report r =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    QString all;
    for (const Sentence& s : kSentences) {
        if (s.expected.empty() && !QStringView(s.text).startsWith(u"2023"))
            all += QString::fromUtf16(s.text);
    }
    r.setText(r.form().findText(u"overview.platform"), all);
    EXPECT_TRUE(Validator::check(r).empty());
}

TEST(NarrativeRules, SimilarityMeasure) {
    EXPECT_DOUBLE_EQ(NarrativeRules::similarity(u"政府信息公开平台建设", u"政府信息公开平台建设"),
                     1.0);
    EXPECT_LT(NarrativeRules::similarity(u"加强培训提升能力", u"优化网站栏目设置"), 0.2);
    EXPECT_DOUBLE_EQ(NarrativeRules::similarity(u"", u"abc"), 0.0);
}

} // namespace

namespace {

// The per-text analyses are cached: a changed text must be read again, an unchanged one
// must give the same findings, and one thread's cache must not leak into another report.
TEST(NarrativeRules, CachedAnalysesFollowEveryChange) {
    Report r =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    const int requests = r.form().findText(u"overview.requests");
    EXPECT_TRUE(Validator::check(r).empty());
    QString text = r.text(requests);
    text.replace(u"53件"_s, u"50件"_s);
    r.setText(requests, text);
    auto findings = Validator::check(r);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, u"N1"_s);
    EXPECT_EQ(Validator::check(r), findings); // cached: same answer
    // Back to the original words in a new buffer: read again, nothing to report.
    text.replace(u"50件"_s, u"53件"_s);
    r.setText(requests, QString(text.constData(), text.size()));
    EXPECT_TRUE(Validator::check(r).empty());
    // The table changes, the text does not: the cached figures meet the new table.
    r.setValue(test::cell(u"t4.review.upheld"), CellValue::of(2));
    r.setValue(test::cell(u"t4.review.total"), CellValue::of(4));
    findings = Validator::check(r);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, u"N5"_s);
    EXPECT_TRUE(findings[0].message.contains(u"行政复议 5 件"_s));
    r.setValue(test::cell(u"t4.review.upheld"), CellValue::of(3));
    r.setValue(test::cell(u"t4.review.total"), CellValue::of(5));
    // Another report of another year with the same words is read for its own year.
    Report other = r;
    other.year = 2025;
    bool period = false;
    for (const auto& f : Validator::check(other))
        period = period || f.rule == u"Y1"_s;
    EXPECT_TRUE(period);
    NarrativeRules::clearCache();
    EXPECT_TRUE(Validator::check(r).empty());
}

} // namespace

namespace {

TEST(NarrativeRules, CopiedTextIsMarkedAtTheFirstCopiedSentence) {
    Report last =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/previous.nianbao.json"_s));
    Report now =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    const int part = now.form().findText(u"overview.management");
    const QString copied =
        u"严格执行信息发布审核制度，坚持先审后发，全年未发生泄密事件，保障了政府信息安全。"_s;
    const QString same =
        u"对现行有效的行政规范性文件进行了清理，清理结果向社会公开，接受社会监督。"_s;
    last.setText(part, copied + same);
    now.setText(part, u"今年新增了网站栏目。"_s + copied + same);
    const auto findings = Validator::check(now, &last);
    const Finding* x3 = nullptr;
    for (const Finding& f : findings) {
        if (f.rule == u"X3")
            x3 = &f;
    }
    ASSERT_TRUE(x3);
    EXPECT_EQ(now.text(part).mid(x3->textStart, x3->textLength), copied);
}

} // namespace

namespace {

Report busyReport() {
    return test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
}

std::vector<Finding> findingsOf(const Report& r, QStringView rule) {
    std::vector<Finding> out;
    for (const Finding& f : Validator::check(r)) {
        if (f.rule == rule)
            out.push_back(f);
    }
    return out;
}

// The natural persons' column and 「主动公开行政规范性文件」 are compared with the tables.
TEST(NarrativeRules, MoreWordingOfTheSameFactsIsCompared) {
    Report r = busyReport();
    const int requests = r.form().findText(u"overview.requests");
    const QString natural = r.value(test::cell(u"t3.new.natural")).displayText();
    r.setText(requests, u"其中自然人申请%1件。"_s.arg(natural));
    EXPECT_TRUE(findingsOf(r, u"N1").empty());
    r.setText(requests, u"其中自然人申请%1件。"_s.arg(natural.toInt() + 1));
    ASSERT_EQ(findingsOf(r, u"N1").size(), 1u);
    EXPECT_TRUE(findingsOf(r, u"N1")[0].message.contains(u"（自然人）"));
    const int active = r.form().findText(u"overview.active");
    const QString issued = r.value(test::cell(u"t2.normative.issued")).displayText();
    r.setText(active, u"主动公开行政规范性文件%1件。"_s.arg(issued.toInt() + 2));
    EXPECT_EQ(findingsOf(r, u"N4").size(), 1u);
}

// S5 knows the ways part 5 says last year's problems were remedied.
TEST(NarrativeRules, RemediationIsRecognisedInItsUsualWordings) {
    Report r = busyReport();
    const int problems = r.form().findText(u"problems");
    for (const QString& text :
         {u"（一）存在的问题\n培训不足。\n（二）%1年度问题的整改落实情况\n已全部完成。"_s.arg(
              r.year - 1),
          u"上年度问题整改情况：已完成栏目调整。"_s,
          u"针对上一年度发现的栏目更新不及时问题，已整 改到位。"_s,
          u"%1年度报告指出的问题，今年逐项解决。"_s.arg(r.year - 1),
          u"%1年度问题整改情况：已完成栏目调整。"_s.arg(r.year - 1)}) {
        r.setText(problems, text);
        EXPECT_TRUE(findingsOf(r, u"S5").empty()) << text.toStdString();
        EXPECT_TRUE(findingsOf(r, u"Y1").empty()) << text.toStdString();
    }
    r.setText(problems, u"存在培训不足的问题，下一步加强培训。"_s);
    EXPECT_EQ(findingsOf(r, u"S5").size(), 1u);
}

// A plan for next year is no sign of the report's year; a part opening with last year is.
TEST(NarrativeRules, APlanIsNotAnotherYear) {
    Report r = busyReport();
    const int problems = r.form().findText(u"problems");
    r.setText(problems, u"%1年，我局将继续加强培训，整改上年问题。"_s.arg(r.year + 1));
    EXPECT_TRUE(findingsOf(r, u"Y1").empty());
    const int active = r.form().findText(u"overview.active");
    r.setText(active, u"%1年，我局下一步计划完善目录。"_s.arg(r.year + 1));
    EXPECT_TRUE(findingsOf(r, u"Y1").empty());
    r.setText(active, u"%1年，我局主动公开信息85条。"_s.arg(r.year - 1));
    EXPECT_EQ(findingsOf(r, u"Y1").size(), 1u);
}

// An unknown year (年份不明) is compared with nothing: never 「本报告是 0 年度的报告」.
TEST(NarrativeRules, AnUnknownYearGivesNoYearFinding) {
    Report r = busyReport();
    r.year = 0;
    r.setText(r.form().findText(u"overview.active"), u"2023年，我局主动公开信息85条。"_s);
    for (const Finding& f : Validator::check(r)) {
        EXPECT_NE(f.rule, u"Y1");
        EXPECT_FALSE(f.message.contains(u" 0 年度")) << f.message.toStdString();
    }
}

// Messages read cleanly: a quoted sentence that holds quotes nests them (‘’ inside “”).
TEST(NarrativeRules, QuotesInsideAQuotedSentenceAreNested) {
    Report r = busyReport();
    r.setText(r.form().findText(u"overview.active"),
              u"%1年，我局围绕“三安全一稳定”公开信息。"_s.arg(r.year - 1));
    const auto y1 = findingsOf(r, u"Y1");
    ASSERT_EQ(y1.size(), 1u);
    EXPECT_TRUE(y1[0].message.contains(u"‘三安全一稳定’")) << y1[0].message.toStdString();
    EXPECT_EQ(y1[0].message.count(u'“'), 1) << y1[0].message.toStdString();
    EXPECT_EQ(y1[0].message.count(u'”'), 1) << y1[0].message.toStdString();
}

// T2c names the column and its figure without a stray space: 「规章行的现行有效件数为 6」.
TEST(NarrativeRules, TheRegulationsMessageReadsCleanly) {
    Report r = busyReport();
    r.level = AgencyLevel::Township;
    r.setValue(test::cell(u"t2.regulations.in_force"), CellValue::of(6));
    const auto t2c = findingsOf(r, u"T2c");
    ASSERT_EQ(t2c.size(), 1u);
    EXPECT_TRUE(t2c[0].message.contains(u"规章行的现行有效件数为 6；"))
        << t2c[0].message.toStdString();
    EXPECT_FALSE(t2c[0].message.contains(u"填写了 ")) << t2c[0].message.toStdString();
}

// An unreadable cell that holds quotes nests them; a long list ends with 「等」, no space.
TEST(NarrativeRules, CellMessagesReadCleanly) {
    Report r = busyReport();
    r.setValue(test::cell(u"t2.fees.amount"), CellValue::unreadable(u"“待定”"_s));
    for (const char16_t* id : {u"t3.new.natural", u"t3.new.business", u"t3.new.research",
                               u"t3.new.nonprofit", u"t3.new.legal", u"t3.new.other_org"})
        r.setValue(test::cell(id), CellValue::empty());
    bool unreadableSeen = false;
    bool listSeen = false;
    for (const Finding& f : Validator::check(r)) {
        if (f.rule != u"V3")
            continue;
        if (f.message.contains(u"无法识别")) {
            unreadableSeen = true;
            EXPECT_TRUE(f.message.endsWith(u"“‘待定’”")) << f.message.toStdString();
        } else if (f.message.contains(u"未填写")) {
            listSeen = true;
            EXPECT_TRUE(f.message.contains(u"等；")) << f.message.toStdString();
            EXPECT_FALSE(f.message.contains(u" 等")) << f.message.toStdString();
        }
    }
    EXPECT_TRUE(unreadableSeen);
    EXPECT_TRUE(listSeen);
}

} // namespace
