#include "model/core/cellinput.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

const CellDefinition& def(const char16_t* id) {
    return FormDefinition::builtIn(FormDefinition::defaultFormId())->cell(test::cell(id));
}

std::optional<CellValue> parse(const char16_t* typed, const char16_t* cell) {
    return CellInput::parse(QStringView(typed), def(cell)).value;
}

TEST(CellInput, AcceptsCountsNormalizingFullWidthAndSeparators) {
    EXPECT_EQ(parse(u"12", u"t3.new.natural"), CellValue::of(12));
    EXPECT_EQ(parse(u"１２３", u"t3.new.natural"), CellValue::of(123));
    EXPECT_EQ(parse(u" 1,234 ", u"t3.new.natural"), CellValue::of(1234));
    EXPECT_EQ(parse(u"1，234，567", u"t3.new.natural"), CellValue::of(1234567));
    EXPECT_EQ(parse(u"", u"t3.new.natural"), CellValue::empty());
    EXPECT_EQ(parse(u"0", u"t4.review.upheld"), CellValue::of(0));
}

TEST(CellInput, RefusesWhatIsNotAWholeNumberWithAReason) {
    for (const char16_t* bad : {u"1.5", u"-1", u"abc", u"三", u"1,23", u"12a", u"/"}) {
        const CellInput input = CellInput::parse(QStringView(bad), def(u"t3.new.natural"));
        EXPECT_FALSE(input.value) << QString::fromUtf16(bad).toStdString();
        EXPECT_FALSE(input.error.isEmpty());
    }
    EXPECT_TRUE(CellInput::parse(u"/", def(u"t3.new.natural")).error.contains(u"规章"_s));
}

TEST(CellInput, SlashOnlyInTheRegulationsRow) {
    EXPECT_EQ(parse(u"/", u"t2.regulations.issued"), CellValue::notApplicable());
    EXPECT_EQ(parse(u"／", u"t2.regulations.in_force"), CellValue::notApplicable());
    EXPECT_FALSE(parse(u"/", u"t2.normative.issued"));
}

TEST(CellInput, AmountsHaveAtMostFourDecimals) {
    const auto v = parse(u"12.3456", u"t2.fees.amount");
    ASSERT_TRUE(v);
    EXPECT_EQ(v->number.toString(), u"12.3456"_s);
    EXPECT_EQ(parse(u"１２．５", u"t2.fees.amount")->number.toString(), u"12.5"_s);
    EXPECT_EQ(parse(u"1,000.25", u"t2.fees.amount")->number.toString(), u"1000.25"_s);
    EXPECT_FALSE(parse(u"1.23456", u"t2.fees.amount"));
    EXPECT_FALSE(parse(u"1.", u"t2.fees.amount"));
    EXPECT_FALSE(parse(u"12万", u"t2.fees.amount"));
}

} // namespace
