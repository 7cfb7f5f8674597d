#include "model/core/cellinput.h"
#include "model/core/textnormalizer.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

TEST(TextNormalizer, FullWidthFormsBecomeOrdinary) {
    EXPECT_EQ(normalizedText(u"１２３４５６７８９０"), u"1234567890");
    EXPECT_EQ(normalizedText(u"（一）Ａ，ｂ：；／．｜"), u"(一)A,b:;/.|");
    EXPECT_EQ(normalizedText(u"总计。、“”"), u"总计。、“”"); // no half-width form: kept
}

TEST(TextNormalizer, EveryDashIsOneDash) {
    for (const char16_t* dash : {u"-", u"－", u"—", u"–", u"‐", u"‑", u"‒", u"―", u"−", u"─"})
        EXPECT_EQ(normalizedText(dash), u"-") << QString::fromUtf16(dash).toStdString();
}

TEST(TextNormalizer, EverySpaceIsOneSpace) {
    EXPECT_EQ(normalizedText(u"a\u3000b\u00A0c\u2009d"), u"a b c d");
}

TEST(TextNormalizer, InvisibleFormattingIsDropped) {
    EXPECT_EQ(normalizedText(u"1\u200B2\u00AD3\uFEFF4\u200D5\u2060"), u"12345");
    EXPECT_TRUE(isInvisibleFormatting(QChar(0x200B)));
    EXPECT_FALSE(isInvisibleFormatting(QChar(u' ')));
}

TEST(TextNormalizer, RadicalsPrintedForIdeographsBecomeTheIdeograph) {
    EXPECT_EQ(normalizedText(u"\u2F00\u2F08"), u"一人"); // ⼀⼈
}

// Typed input goes through the same normal form: each spelling of a dash is refused the
// same way (a negative number), and invisible characters do not make a number unreadable.
TEST(TextNormalizer, TypedInputUsesIt) {
    const auto form = FormDefinition::builtIn(FormDefinition::defaultFormId());
    const CellDefinition& count = form->cell(test::cell(u"t3.new.natural"));
    for (const char16_t* dashed : {u"-3", u"－3", u"—3", u"–3", u"−3"}) {
        const CellInput input = CellInput::parse(QStringView(dashed), count);
        EXPECT_FALSE(input.value) << QString::fromUtf16(dashed).toStdString();
        EXPECT_TRUE(input.error.contains(u"negative")) << input.error.toStdString();
    }
    EXPECT_EQ(CellInput::parse(u"1\u200B2", count).value, CellValue::of(12));
    EXPECT_EQ(CellInput::parse(u"１\u00AD２\u3000", count).value, CellValue::of(12));
}

} // namespace
