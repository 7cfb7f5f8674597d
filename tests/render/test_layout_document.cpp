// The printed report as an official document (shared/spec/print-layout.md, GB/T 9704): how
// the title breaks, the 落款 at the end, the QR code kept with text, the names of 定稿 on the
// approval page. Checked on the laid-out pages' items.
#include "model/render/reportlayout.h"
#include "tests/support/testsupport.h"

#include <QFontMetricsF>
#include <QImage>

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

using G = PageGeometry;

Report busy() {
    return test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
}

const QString kFingerprint = u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;

// The title's lines: the first items of page 1, in the title's font.
QStringList titleLines(const std::vector<LaidOutPage>& pages) {
    QStringList lines;
    const double titleSize = PrintFonts::standard().title.pointSizeF();
    for (const PageItem& item : pages.front().items) {
        if (item.kind != PageItem::Kind::Text || item.font.pointSizeF() != titleSize)
            break;
        lines << item.text;
    }
    return lines;
}

double widthAt72Dpi(const QString& text, const QFont& font) {
    QImage device(4, 4, QImage::Format_ARGB32);
    device.setDotsPerMeterX(qRound(72 / 0.0254));
    device.setDotsPerMeterY(qRound(72 / 0.0254));
    return QFontMetricsF(font, &device).horizontalAdvance(text);
}

TEST(OfficialDocument, TheTitleBreaksWhereAPersonWould) {
    const QString suffix = u"政府信息公开工作年度报告"_s;
    const QStringList agencies = {
        u"某局"_s,
        u"某县市场监督管理局"_s,
        u"某某市某某区人民政府办公室"_s,
        u"某某省某某市某某县某某镇人民政府"_s,
        u"某某省某某市某某区某某街道办事处社区服务中心"_s,
        u"中华人民共和国某某部某某司某某局某某处某某科某某组某某室"_s,
    };
    const QFont font = PrintFonts::standard().title;
    for (const QString& agency : agencies) {
        Report report = busy();
        report.agency = agency;
        const QString title = report.form().reportTitle(agency, report.year);
        const QStringList lines = titleLines(ReportLayout::layout(report, {}));
        const std::string context = lines.join(u" / "_s).toStdString();
        if (qEnvironmentVariableIsSet("NIANBAO_SHOW_TITLES"))
            std::cout << context << '\n';
        ASSERT_FALSE(lines.isEmpty());
        EXPECT_EQ(lines.join(QString()), title) << context;
        for (const QString& line : lines) {
            EXPECT_GT(line.trimmed().size(), 2) << "a line of one or two characters: " << context;
            EXPECT_LE(widthAt72Dpi(line, font), G::kTypeWidth + 0.5) << context;
        }
        if (widthAt72Dpi(title, font) <= G::kTypeWidth) {
            EXPECT_EQ(lines.size(), 1) << context;
            continue;
        }
        // Broken after the agency or before the title's fixed words, which stay whole.
        EXPECT_TRUE(lines.back() == suffix || lines.contains(agency) ||
                    lines.back().endsWith(suffix))
            << context;
        if (lines.size() == 2) {
            EXPECT_TRUE(lines[0] == agency || lines[1] == suffix) << context;
            // Balanced: neither line more than twice the other.
            const double a = widthAt72Dpi(lines[0], font);
            const double b = widthAt72Dpi(lines[1], font);
            EXPECT_LT(std::max(a, b), 2 * std::min(a, b)) << context;
        }
    }
}

struct Closing {
    int page = -1;
    const PageItem* agency = nullptr;
    const PageItem* date = nullptr;
};

Closing findClosing(const std::vector<LaidOutPage>& pages, const QString& agency,
                    const QString& date) {
    Closing c;
    for (const LaidOutPage& page : pages) {
        for (const PageItem& item : page.items) {
            if (item.kind != PageItem::Kind::Text)
                continue;
            if (item.text == date) {
                c.date = &item;
                c.page = page.number;
            }
            if (item.text == agency && item.rect.left() > G::kLeft + 1)
                c.agency = &item;
        }
    }
    return c;
}

TEST(OfficialDocument, TheReportEndsWithTheAgencyAndTheDate) {
    const Report report = busy();
    RenderOptions finalized;
    finalized.watermark = false;
    finalized.finalizedOn = QDate(2025, 1, 20);
    const auto pages = ReportLayout::layout(report, finalized);
    const Closing c = findClosing(pages, report.agency, u"2025年1月20日"_s);
    ASSERT_TRUE(c.date) << "no 落款 date";
    ASSERT_TRUE(c.agency) << "no 落款 agency";
    EXPECT_EQ(c.page, static_cast<int>(pages.size()));
    // The date four characters from the right margin, the agency centred over it, under it
    // the date, both after the last line of part 六.
    const double fourCharacters = PrintFonts::standard().body.pointSizeF() * 4;
    EXPECT_NEAR(c.date->rect.right(), G::kLeft + G::kTypeWidth - fourCharacters, 1.0);
    EXPECT_TRUE(c.date->flags & Qt::AlignRight);
    EXPECT_NEAR(c.agency->rect.center().x(), c.date->rect.center().x(), 2.0);
    EXPECT_GT(c.date->rect.top(), c.agency->rect.top());
    const QString lastText =
        report.text(static_cast<int>(report.form().texts().size()) - 1).trimmed().right(4);
    const LaidOutPage& last = pages.back();
    double lastTextBottom = 0;
    for (const PageItem& item : last.items) {
        if (item.kind == PageItem::Kind::Text && item.text.endsWith(lastText))
            lastTextBottom = item.rect.bottom();
    }
    EXPECT_GT(lastTextBottom, 0) << "the last words of the report are on the 落款's page";
    EXPECT_GE(c.agency->rect.top(), lastTextBottom + 10) << "an empty line before the 落款";

    // A draft is dated today.
    const QDate today = QDate::currentDate();
    const Closing draft =
        findClosing(ReportLayout::layout(report, {}), report.agency,
                    u"%1年%2月%3日"_s.arg(today.year()).arg(today.month()).arg(today.day()));
    EXPECT_TRUE(draft.date);
}

// However long the last part, the page with the QR code and the hash also holds lines of the
// report's text, not only the 落款 and the code.
TEST(OfficialDocument, TheQrCodeIsNeverAloneOnTheLastPage) {
    const double body = PrintFonts::standard().body.pointSizeF();
    int overflows = 0;
    for (int extra = 0; extra < 30; ++extra) {
        Report report = busy();
        const int last = static_cast<int>(report.form().texts().size()) - 1;
        QString text = report.text(last);
        for (int i = 0; i < extra; ++i)
            text += u"\n第%1段补充说明。"_s.arg(i + 1);
        report.setText(last, text);
        RenderOptions options;
        options.watermark = false;
        options.fingerprint = kFingerprint;
        options.finalizedOn = QDate(2025, 1, 20);
        const auto pages = ReportLayout::layout(report, options);
        int qrPage = -1;
        for (const LaidOutPage& page : pages) {
            for (const PageItem& item : page.items) {
                if (item.kind == PageItem::Kind::Block)
                    qrPage = page.number;
            }
        }
        ASSERT_GT(qrPage, 0);
        const LaidOutPage& page = pages[static_cast<size_t>(qrPage) - 1];
        int reportLines = 0;
        bool topIsText = false;
        for (const PageItem& item : page.items) {
            if (item.kind != PageItem::Kind::Text || item.font.pointSizeF() != body)
                continue;
            if (item.text == report.agency || item.text == u"2025年1月20日"_s)
                continue;
            ++reportLines;
            if (std::abs(item.rect.top() - G::kTop) < 1)
                topIsText = true;
        }
        EXPECT_GE(reportLines, 1) << extra << " more paragraphs: the QR code's page, " << qrPage
                                  << ", holds no line of the report";
        if (qrPage > 1 && topIsText)
            ++overflows;
        const Closing c = findClosing(pages, report.agency, u"2025年1月20日"_s);
        EXPECT_EQ(c.page, qrPage) << "the 落款 and the code on one page";
    }
    EXPECT_GT(overflows, 0) << "no case where the end needed a new page: the test proves nothing";
}

TEST(OfficialDocument, TheNamesOfTheFinalizationAreOnTheApprovalPage) {
    RenderOptions options;
    options.approvalPage = true;
    options.preparer = u"赵六"_s;
    options.reviewer = u"钱七"_s;
    options.approver = u"孙杰"_s;
    options.date = u"2025年1月20日"_s;
    const auto pages = ReportLayout::layout(busy(), options);
    const LaidOutPage& approval = pages.back();
    auto find = [&](const QString& text) -> const PageItem* {
        for (const PageItem& item : approval.items) {
            if (item.kind == PageItem::Kind::Text && item.text == text)
                return &item;
        }
        return nullptr;
    };
    ASSERT_TRUE(find(u"政府信息公开工作年度报告签批页"_s));
    for (const auto& [label, name] :
         {std::pair{u"填报人："_s, u"赵六"_s}, std::pair{u"审核人："_s, u"钱七"_s},
          std::pair{u"负责人（签批）："_s, u"孙杰"_s}}) {
        const PageItem* l = find(label);
        const PageItem* n = find(name);
        ASSERT_TRUE(l && n) << label.toStdString();
        EXPECT_NEAR(n->rect.top(), l->rect.top(), 0.5) << "on the line of " << label.toStdString();
        EXPECT_GT(n->rect.left(), l->rect.left());
    }
    int dates = 0;
    for (const PageItem& item : approval.items)
        dates += item.text == u"2025年1月20日"_s;
    EXPECT_EQ(dates, 3);
}

} // namespace
