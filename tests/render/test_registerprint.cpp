// The printed register (登记表, issue 18 item 5): A4 landscape through the report's renderer,
// the header repeated on every page, rows never split, personal data only when asked for and
// then masked if asked.
#include "model/render/pdfexport.h"
#include "model/render/registerprint.h"
#include "model/render/textmeasure.h"

#include "tests/support/testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

const QString kAgency = u"某县交通运输局"_s;

// The printed register as the text of each page of its PDF.
QStringList printedPages(const std::vector<RegisterEntry>& entries, PersonalData personalData,
                         size_t* pageCount = nullptr) {
    RegisterPrintOptions options;
    options.agency = kAgency;
    options.year = 2025;
    options.personalData = personalData;
    const auto pages = layoutRegister(entries, options, nullptr);
    if (pageCount)
        *pageCount = pages.size();
    QString error;
    const auto pdf =
        ReportExport::pagesPdfBytes(pages, {registerPrintTitle(options), kAgency}, &error);
    EXPECT_TRUE(pdf.has_value()) << error.toStdString();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"register.pdf"_s);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf.value_or(QByteArray()));
    file.close();
    return test::pdfPageTexts(path);
}

TEST(RegisterPrint, LandscapePagesWithTheHeaderOnEveryOneAndRowsNeverSplit) {
    const auto entries = test::sampleRegister(kAgency, 60);
    RegisterPrintOptions options;
    options.agency = kAgency;
    const auto pages = layoutRegister(entries, options, nullptr);
    ASSERT_GT(pages.size(), 2u);
    for (const LaidOutPage& page : pages) {
        EXPECT_TRUE(page.isLandscape());
        EXPECT_NEAR(page.size.width(), 297 * PageGeometry::kMm, 0.01);
    }
    size_t count = 0;
    const QStringList texts = printedPages(entries, PersonalData::LeftOut, &count);
    ASSERT_EQ(static_cast<size_t>(texts.size()), count);
    EXPECT_TRUE(texts[0].contains(u"某县交通运输局2025年政府信息公开申请登记表"_s));
    int rowsSeen = 0;
    for (int p = 0; p < texts.size(); ++p) {
        const QString& text = texts[p];
        for (const QString& header : {u"编号"_s, u"收到日期"_s, u"申请人类型"_s, u"办理结果"_s})
            EXPECT_TRUE(text.contains(header))
                << "page " << p + 1 << " lacks " << header.toStdString();
        // pdftotext leaves out the spaces of 「第 1 页 共 3 页」.
        EXPECT_TRUE(
            QString(text).remove(u' ').contains(u"第%1页共%2页"_s.arg(p + 1).arg(texts.size())))
            << "page " << p + 1;
        // A row is never split: each number on the page has its own subject on that page.
        static const QRegularExpression number(u"2025-(\\d{3})"_s);
        for (auto it = number.globalMatch(text); it.hasNext();) {
            const int n = it.next().captured(1).toInt();
            if (n < 1 || n > 60)
                continue; // a date such as 2025-012…, not a number
            if (text.contains(u"申请内容%1"_s.arg(n)))
                ++rowsSeen;
        }
    }
    EXPECT_GE(rowsSeen, 60);
}

TEST(RegisterPrint, PersonalDataOnlyWhenAskedAndMaskedWhenAsked) {
    const auto entries = test::sampleRegister(kAgency, 3);
    const QString without = printedPages(entries, PersonalData::LeftOut).join(u'\n');
    EXPECT_FALSE(without.contains(u"申请人\n"_s));
    EXPECT_FALSE(without.contains(u"张"_s));
    EXPECT_FALSE(without.contains(u"13812340001"_s));
    EXPECT_FALSE(without.contains(u"联系方式"_s));
    const QString shown = printedPages(entries, PersonalData::Shown).join(u'\n');
    EXPECT_TRUE(shown.contains(u"张三"_s));
    EXPECT_TRUE(shown.contains(u"13812340001"_s));
    const QString masked = printedPages(entries, PersonalData::Masked).join(u'\n');
    EXPECT_TRUE(masked.contains(u"张**"_s));
    EXPECT_TRUE(masked.contains(u"138****0001"_s));
    EXPECT_FALSE(masked.contains(u"张三"_s));
    EXPECT_FALSE(masked.contains(u"13812340001"_s));
    EXPECT_FALSE(masked.contains(u"申请人2"_s));
}

// The painter breaks lines at spaces only: a text without any (an e-mail address) is broken
// where the layout measured it, every line inside its cell, never cut off at the cell's edge.
TEST(RegisterPrint, TextWithoutSpacesIsBrokenInsideItsCell) {
    auto entries = test::sampleRegister(kAgency, 1);
    const QString address = u"wangxiaoming.applicant@example.com"_s;
    entries[0].applicantContact = address;
    RegisterPrintOptions options;
    options.agency = kAgency;
    options.personalData = PersonalData::Shown;
    bool found = false;
    for (const LaidOutPage& page : layoutRegister(entries, options, nullptr)) {
        for (const PageItem& item : page.items) {
            // Headers and the page number are CJK text, which the painter breaks anywhere.
            if (item.kind != PageItem::Kind::Text ||
                registerColumnHeaders(PersonalData::Shown).contains(item.text) ||
                item.text.contains(u"页"_s))
                continue;
            const QStringList lines = item.text.split(QChar(QChar::LineSeparator));
            for (const QString& line : lines)
                EXPECT_LE(textWidth(line, item.font), item.rect.width() + 0.5)
                    << line.toStdString();
            if (lines.join(QString()) == address) {
                found = true;
                EXPECT_GT(lines.size(), 1);
            }
        }
    }
    EXPECT_TRUE(found);
}

TEST(RegisterPrint, AnEmptyRegisterIsOnePageWithItsHeader) {
    const QStringList texts = printedPages({}, PersonalData::LeftOut);
    ASSERT_EQ(texts.size(), 1);
    EXPECT_TRUE(texts[0].contains(u"收到日期"_s));
    EXPECT_TRUE(QString(texts[0]).remove(u' ').contains(u"第1页共1页"_s));
}

} // namespace
} // namespace nianbao
