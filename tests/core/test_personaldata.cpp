// Masking the applicant's name and contact for the printed register (issue 18, item 6).
#include "model/core/personaldata.h"

#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

TEST(PersonalData, NamesKeepTheirFirstCharacterOnly) {
    EXPECT_EQ(maskedName(u"张三"_s), u"张**"_s);
    EXPECT_EQ(maskedName(u"张三丰"_s), u"张**"_s);
    EXPECT_EQ(maskedName(u" 欧阳娜娜 "_s), u"欧**"_s);
    EXPECT_EQ(maskedName(u"北京某某律师事务所"_s), u"北**"_s);
    EXPECT_EQ(maskedName(u"𠮷野家"_s), u"𠮷**"_s); // outside the BMP: not half a character
    EXPECT_EQ(maskedName(QString()), QString());
}

TEST(PersonalData, ContactsKeepTheirEndsOnly) {
    EXPECT_EQ(maskedContact(u"13812341234"_s), u"138****1234"_s);
    EXPECT_EQ(maskedContact(u"138 1234 1234"_s), u"138****1234"_s);
    EXPECT_EQ(maskedContact(u"010-65001234"_s), u"010****1234"_s);
    EXPECT_EQ(maskedContact(u"zhangsan@example.com"_s), u"z***@example.com"_s);
    EXPECT_EQ(maskedContact(u"654321"_s), u"****21"_s);
    EXPECT_EQ(maskedContact(u"12"_s), u"**"_s);
    EXPECT_EQ(maskedContact(QString()), QString());
    EXPECT_FALSE(maskedContact(u"13987654321"_s).contains(u"8765"_s));
}

} // namespace
} // namespace nianbao
