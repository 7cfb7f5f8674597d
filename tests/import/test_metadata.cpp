// The year, the agency and its level, read from wherever a published page states them.
#include "model/import/agencyname.h"
#include "model/import/textimport.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

ImportedReport importFixture(const QString& name) {
    const auto form = FormDefinition::builtIn(FormDefinition::defaultFormId());
    QString error;
    auto imported = importReportText(
        QString::fromUtf8(test::readFile(test::dataPath(u"import/metadata/"_s + name))), form,
        &error);
    EXPECT_TRUE(imported.has_value()) << error.toStdString();
    return imported ? std::move(*imported) : ImportedReport{Report(form), false, false, {}, false};
}

QString notesOf(const ImportedReport& imported) {
    return imported.notes.join(u'\n');
}

TEST(ImportMetadata, TheYearFromTheStatisticsPeriod) {
    const ImportedReport imported = importFixture(u"period.txt"_s);
    EXPECT_EQ(imported.report.year, 2023);
    EXPECT_TRUE(notesOf(imported).contains(u"年份按统计期限读取：2023年"));
}

TEST(ImportMetadata, TheYearFromTheSentenceThatIntroducesTheReport) {
    const ImportedReport imported = importFixture(u"hereby.txt"_s);
    EXPECT_EQ(imported.report.year, 2024);
    EXPECT_EQ(imported.report.agency, QString()); // 「我局」 is not a name
    EXPECT_TRUE(notesOf(imported).contains(u"机关名称不明")) << notesOf(imported).toStdString();
}

TEST(ImportMetadata, ADateLineInJanuaryGivesTheYearBeforeAndTheSignatureTheAgency) {
    const ImportedReport imported = importFixture(u"date-line.txt"_s);
    EXPECT_EQ(imported.report.year, 2024);
    EXPECT_EQ(imported.report.agency, u"某县商务局");
    EXPECT_EQ(imported.report.level, AgencyLevel::CountyDepartment);
    EXPECT_TRUE(notesOf(imported).contains(u"年份按落款日期读取：2024年"));
}

TEST(ImportMetadata, WhenSourcesDisagreeTheTitleWinsAndANoteSaysSo) {
    const ImportedReport imported = importFixture(u"disagreeing.txt"_s);
    EXPECT_EQ(imported.report.year, 2023);
    EXPECT_TRUE(
        notesOf(imported).contains(u"年份说法不一：标题为2023年，统计期限为2022年；按标题读取"))
        << notesOf(imported).toStdString();
}

TEST(ImportMetadata, APageTitleGivesTheYear) {
    EXPECT_EQ(importFixture(u"page-title.txt"_s).report.year, 2021);
}

TEST(ImportMetadata, APlanForNextYearIsNoYear) {
    const ImportedReport imported = importFixture(u"no-year.txt"_s);
    EXPECT_EQ(imported.report.year, 0);
    EXPECT_FALSE(imported.complete);
    EXPECT_TRUE(notesOf(imported).contains(u"年份不明"));
}

TEST(ImportMetadata, TheAgencyIsCleanOfInjectedTextAndPageFurniture) {
    const ImportedReport spam = importFixture(u"spam-before-title.txt"_s);
    EXPECT_EQ(spam.report.agency, u"某市住房和城乡建设局");
    EXPECT_EQ(spam.report.level, AgencyLevel::CityDepartment);
    EXPECT_EQ(spam.report.year, 2023);
    EXPECT_EQ(importFixture(u"page-furniture.txt"_s).report.agency, u"某县医疗保障局");
    const ImportedReport sentence = importFixture(u"sentence-title.txt"_s);
    EXPECT_EQ(sentence.report.agency, QString());
    EXPECT_EQ(sentence.report.year, 2023);
    EXPECT_TRUE(notesOf(sentence).contains(u"机关名称不明：「为进一步做好政务公开工作年度本单位」"))
        << notesOf(sentence).toStdString();
}

TEST(AgencyName, GarbageIsRefusedAndFurnitureStripped) {
    EXPECT_EQ(cleanAgencyName(u"现公布县商务局"), u"县商务局");
    EXPECT_EQ(cleanAgencyName(u"Page3-某县医保局"), u"某县医保局");
    EXPECT_EQ(cleanAgencyName(u"XX娱乐官网入口住房和城乡建设局"), u"住房和城乡建设局");
    EXPECT_EQ(cleanAgencyName(u"  某区 教育局 "), u"某区教育局");
    QString why;
    for (const char16_t* garbage :
         {u"年度本单位", u"现将我局", u"我局", u"", u"2023年", u"根据条例规定，结合本局实际",
          u"本报告由区政府办公室编制，数据截至12月31日"}) {
        EXPECT_FALSE(cleanAgencyName(garbage, &why)) << QString::fromUtf16(garbage).toStdString();
        EXPECT_FALSE(why.isEmpty());
    }
}

TEST(AgencyName, TheLevelIsInferredFromTheName) {
    const struct {
        const char16_t* name;
        AgencyLevel level;
    } cases[] = {
        {u"昌图县七家子镇", AgencyLevel::Township},
        {u"某县某某乡人民政府", AgencyLevel::Township},
        {u"某区某某街道办事处", AgencyLevel::Street},
        {u"湘桥区教育局", AgencyLevel::CountyDepartment},
        {u"正蓝旗卫生健康委员会", AgencyLevel::CountyDepartment},
        {u"洪泽区人民政府", AgencyLevel::County},
        {u"某县住房和城乡建设局", AgencyLevel::CountyDepartment}, // 城乡 is no township
        {u"某县市场监督管理局", AgencyLevel::CountyDepartment},   // 市场 is no city
        {u"某县乡村振兴局", AgencyLevel::CountyDepartment},
        {u"广州市天河区教育局", AgencyLevel::CountyDepartment},
        {u"广州市教育局", AgencyLevel::CityDepartment},
        {u"某市人民政府", AgencyLevel::City},
        {u"贵州省教育厅", AgencyLevel::ProvinceDepartment},
        {u"广西壮族自治区人民政府", AgencyLevel::Province},
        {u"北京市生态环境局", AgencyLevel::ProvinceDepartment},
        {u"重庆市人民政府", AgencyLevel::Province},
        {u"国家统计局", AgencyLevel::Unknown},
    };
    for (const auto& c : cases) {
        const InferredLevel inferred = inferAgencyLevel(c.name);
        EXPECT_EQ(inferred.level, c.level) << QString::fromUtf16(c.name).toStdString();
        if (c.level != AgencyLevel::Unknown) {
            EXPECT_FALSE(inferred.how.isEmpty());
        }
    }
}

} // namespace
