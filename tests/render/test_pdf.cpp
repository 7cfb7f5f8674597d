// The printed report as PDF and PNG, read back with poppler's tools as a user's PDF viewer
// or the portal's search would read it.
#include "model/core/reportjson.h"
#include "model/import/publishedreport.h"
#include "model/render/pdfexport.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(p.exitCode(), 0) << program.toStdString() << " "
                               << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

Report busy() {
    return test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
}

class Pdf : public ::testing::Test {
protected:
    QString write(const Report& report, const RenderOptions& options = {}) {
        const QString path = m_dir.filePath(u"年报 导出.pdf"_s);
        QString error;
        EXPECT_TRUE(ReportExport::writePdf(report, path, options, &error)) << error.toStdString();
        return path;
    }
    QTemporaryDir m_dir;
};

TEST_F(Pdf, TextReadsBackInOrderWithEveryHeadingLabelAndValue) {
    const QString path = write(busy());
    // Content-stream order: a wrapped label's lines stay together.
    const QString text = run(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s});
    const QString flat = QString(text).remove(QRegularExpression(u"\\s"_s));
    for (const PartDefinition& part : busy().form().parts())
        EXPECT_TRUE(flat.contains(part.heading)) << part.heading.toStdString();
    for (const TableDefinition& table : busy().form().tables()) {
        for (const TableSection& section : table.sections) {
            for (const GridCell& g : section.grid) {
                if (g.kind == GridCell::Kind::Value)
                    continue;
                EXPECT_TRUE(flat.contains(QString(g.text).remove(QRegularExpression(u"\\s"_s))))
                    << g.text.toStdString();
            }
        }
    }
    // Rows read left to right, one after the other.
    const QString layout = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    EXPECT_TRUE(layout.contains(QRegularExpression(
        u"一、本年新收政府信息公开申请数量\\s+38\\s+9\\s+1\\s+0\\s+3\\s+2\\s+53"_s)));
    EXPECT_TRUE(
        layout.contains(QRegularExpression(u"（七）总计\\s+38\\s+9\\s+1\\s+0\\s+3\\s+1\\s+52"_s)));
    EXPECT_TRUE(layout.contains(QRegularExpression(u"行政事业性收费\\s+12\\.3456"_s)));
    const qsizetype first = flat.indexOf(u"一、本年新收"_s);
    const qsizetype later = flat.indexOf(u"四、结转下年度继续办理"_s);
    EXPECT_TRUE(first >= 0 && later > first);
}

// What Nianbao prints, a portal publishes and `nianbao import` reads back: every cell the same.
TEST_F(Pdf, ThePrintedReportImportsBackCellForCell) {
    const Report expected = busy();
    const QString path = write(expected);
    QString error;
    const auto imported = importPublishedReport(path, expected.formPtr(), &error);
    ASSERT_TRUE(imported) << error.toStdString();
    EXPECT_TRUE(imported->complete) << imported->notes.join(u'\n').toStdString();
    EXPECT_EQ(imported->report.agency, expected.agency);
    EXPECT_EQ(imported->report.year, expected.year);
    int same = 0;
    for (const CellDefinition& cell : expected.form().cells()) {
        const bool equal = imported->report.value(cell.ref).displayText() ==
                           expected.value(cell.ref).displayText();
        same += equal;
        EXPECT_TRUE(equal) << cell.id.toStdString() << ": "
                           << imported->report.value(cell.ref).displayText().toStdString();
    }
    EXPECT_EQ(same, 200);
}

// A real published PDF (when ../shared exists): every value read equals the hand-read one.
// Its （六）其他处理 is printed as one row of zeros, which is each of its three rows.
TEST(PublishedPdf, HongzeReadsEveryPrintedValueAsReadByHand) {
    const auto pdf = test::sharedPath(u"samples/published/hongze-2023.pdf"_s);
    const auto byHand = test::sharedPath(u"samples/published/hongze-2023.nianbao.json"_s);
    if (!pdf || !byHand)
        GTEST_SKIP() << "../shared is absent";
    const Report expected = test::loadReport(*byHand);
    QString error;
    const auto imported = importPublishedReport(*pdf, expected.formPtr(), &error);
    ASSERT_TRUE(imported) << error.toStdString();
    int read = 0;
    for (const CellDefinition& cell : expected.form().cells()) {
        const CellValue& value = imported->report.value(cell.ref);
        if (value.isEmpty())
            continue;
        ++read;
        EXPECT_EQ(value.displayText(), expected.value(cell.ref).displayText())
            << cell.id.toStdString();
    }
    EXPECT_EQ(read, 200);
    EXPECT_TRUE(imported->notes.join(u'\n').contains(u"（六）其他处理」印为一行，全为0"))
        << imported->notes.join(u'\n').toStdString();
    EXPECT_EQ(imported->report.year, expected.year);
}

TEST_F(Pdf, APdfThatIsNotOneIsRefusedWithItsName) {
    const QString path = m_dir.filePath(u"scan.pdf"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 truncated");
    file.close();
    QString error;
    EXPECT_FALSE(importPublishedReport(path, busy().formPtr(), &error));
    EXPECT_TRUE(error.contains(u"scan.pdf")) << error.toStdString();
}

TEST_F(Pdf, IsA4WithEmbeddedFontsMetadataAndThePredictedPageCount) {
    const Report report = busy();
    const QString path = write(report);
    const QString info = run(u"pdfinfo"_s, {path});
    EXPECT_TRUE(info.contains(
        QRegularExpression(u"Page size:\\s+595(\\.\\d+)? x 842(\\.\\d+)? pts \\(A4\\)"_s)))
        << info.toStdString();
    const auto pages = ReportLayout::layout(report, {});
    EXPECT_TRUE(info.contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(pages.size()))))
        << info.toStdString();
    EXPECT_TRUE(info.contains(
        QRegularExpression(u"Title:\\s+某县市场监督管理局2024年政府信息公开工作年度报告\\n"_s)));
    EXPECT_TRUE(info.contains(QRegularExpression(u"Author:\\s+某县市场监督管理局\\n"_s)));
    const QStringList fonts = run(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(fonts.isEmpty());
    for (const QString& line : fonts) {
        const QStringList columns = line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 7);
        EXPECT_EQ(columns[columns.size() - 5], u"yes"_s) << "not embedded: " << line.toStdString();
        EXPECT_EQ(columns[columns.size() - 4], u"yes"_s) << "not a subset: " << line.toStdString();
        EXPECT_EQ(columns[columns.size() - 3], u"yes"_s) << "no text map: " << line.toStdString();
    }
    EXPECT_LT(QFileInfo(path).size(), 1024 * 1024);
    // No local paths inside.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(m_dir.path().toUtf8()));
}

TEST_F(Pdf, DraftsCarryTheWatermarkFinalizedReportsDoNot) {
    const QString draft = run(u"pdftotext"_s, {write(busy()), u"-"_s});
    EXPECT_TRUE(QString(draft).remove(u'\n').contains(u"草稿"_s) ||
                (draft.contains(u"草"_s) && draft.contains(u"稿"_s)));
    RenderOptions finalOptions;
    finalOptions.watermark = false;
    const QString final = run(u"pdftotext"_s, {write(busy(), finalOptions), u"-"_s});
    EXPECT_FALSE(final.contains(u"稿"_s));
}

TEST_F(Pdf, ATableAcrossAPageRepeatsItsHeader) {
    Report report = busy();
    // Long enough narrative that table three starts low on a page and must break.
    report.setText(report.form().findText(u"overview.oversight"),
                   QString(u"加强监督检查，落实工作责任。"_s).repeated(30));
    const auto pages = ReportLayout::layout(report, {});
    int pagesWithHeader = 0;
    for (const LaidOutPage& page : pages) {
        pagesWithHeader += std::any_of(page.items.begin(), page.items.end(),
                                       [](const PageItem& i) { return i.text == u"申请人情况"; });
    }
    EXPECT_GE(pagesWithHeader, 2);
    const QString text = run(u"pdftotext"_s, {write(report), u"-"_s});
    EXPECT_GE(text.count(u"申请人情况"_s), 2);
}

// The known trap: with Noto CJK, Qt 6.4 maps ~270 common characters to radicals (and some to
// variants such as 戶 for 户). Every character must come back exactly.
TEST_F(Pdf, EveryCommonCharacterExtractsAsItself) {
    QString chars =
        QString::fromUtf8(test::readFile(test::dataPath(u"render/gb2312-level1.txt"_s)));
    chars = chars.mid(chars.indexOf(u'\n') + 1).trimmed();
    ASSERT_EQ(chars.size(), 3755);
    Report report = busy();
    QStringList paragraphs;
    for (qsizetype i = 0; i < chars.size(); i += 50)
        paragraphs << chars.mid(i, 50);
    report.setText(report.form().findText(u"other_matters"), paragraphs.join(u'\n'));
    const QString text = run(u"pdftotext"_s, {write(report), u"-"_s});
    // Without the page furniture a paragraph may be broken by (「— 7 —」 at a page break).
    const QString flat =
        QString(text).remove(QRegularExpression(u"\\s"_s)).remove(QRegularExpression(u"—\\d+—"_s));
    QString lost;
    for (QChar c : chars) {
        if (!flat.contains(c))
            lost += c;
    }
    EXPECT_TRUE(lost.isEmpty()) << "not extracted: " << lost.toStdString();
    for (QChar c : flat)
        EXPECT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FD5)
            << "radical U+" << std::hex << static_cast<unsigned>(c.unicode());
    // In order, paragraph by paragraph.
    for (const QString& p : paragraphs)
        EXPECT_TRUE(flat.contains(p)) << p.toStdString();
}

TEST(PdfCMap, RadicalsInCharsAndRangesBecomeIdeographs) {
    const QByteArray cmap = "begincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                            "2 beginbfchar\n<0001> <2F00>\n<0002> <4E8C>\nendbfchar\n"
                            "1 beginbfrange\n<0003> <0004> [<2F08> <5DE5>]\nendbfrange\n"
                            "endcmap\nCMapName currentdict /CMap defineresource pop\n";
    const QByteArray fixed = ReportExport::fixToUnicodeCMap(
        cmap, [](char32_t c) { return ReportExport::equivalentIdeograph(c); });
    EXPECT_TRUE(fixed.contains("<0001> <4E00>")) << fixed.toStdString(); // ⼀ → 一
    EXPECT_TRUE(fixed.contains("<0003> <4EBA>")) << fixed.toStdString(); // ⼈ → 人
    EXPECT_TRUE(fixed.contains("<0004> <5DE5>"));
    EXPECT_TRUE(fixed.startsWith("begincmap\n1 begincodespacerange"));
    EXPECT_TRUE(fixed.contains("endcmap"));
    EXPECT_EQ(ReportExport::fixToUnicodeCMap("<0001> <4E00>", [](char32_t c) { return c; }),
              QByteArray("<0001> <4E00>"));
}

TEST_F(Pdf, PngPagesOnePerPage) {
    const QString folder = m_dir.filePath(u"页面"_s);
    QString error;
    ASSERT_TRUE(ReportExport::writePng(busy(), folder, {}, 100, &error)) << error.toStdString();
    const QStringList files = QDir(folder).entryList({u"*.png"_s}, QDir::Files, QDir::Name);
    EXPECT_EQ(files.size(), static_cast<qsizetype>(ReportLayout::layout(busy(), {}).size()));
    const QImage first(QDir(folder).filePath(files.front()));
    EXPECT_EQ(first.width(), qRound(210 / 25.4 * 100));
    EXPECT_EQ(first.height(), qRound(297 / 25.4 * 100));
}

TEST_F(Pdf, BadPathsGiveAMessageAndLeaveNoFile) {
    QString error;
    const QString nowhere = m_dir.filePath(u"no/such/folder/r.pdf"_s);
    EXPECT_FALSE(ReportExport::writePdf(busy(), nowhere, {}, &error));
    EXPECT_TRUE(error.contains(u"cannot write"_s)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(nowhere));
    // An existing file is replaced whole, never half-written.
    const QString path = m_dir.filePath(u"r.pdf"_s);
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    ASSERT_TRUE(ReportExport::writePdf(busy(), path, {}, &error));
    QFile now(path);
    ASSERT_TRUE(now.open(QIODevice::ReadOnly));
    EXPECT_TRUE(now.readAll().startsWith("%PDF-"));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).filter(u".pdf"_s).size(), 1);
}

} // namespace

namespace {

QString flatText(const QString& pdf) {
    QProcess p;
    p.start(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(u"\\s"_s));
}

// Latin runs in a CJK font took glyphs without text: digits vanished from 「SHA-256」.
TEST(PdfText, LatinRunsAndEveryPrintableAsciiCharacterExtract) {
    QString ascii;
    for (char16_t c = 0x21; c < 0x7F; ++c)
        ascii += QChar(c);
    Report report = busy();
    report.setText(
        report.form().findText(u"other_matters"),
        u"网址：http://www.beiguan.gov.cn/2024/zwgk/index.html；摘要 SHA-256：feb14ccafb340782。\n"_s +
            ascii);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.pdf"_s);
    QString error;
    ASSERT_TRUE(ReportExport::writePdf(report, path, {}, &error)) << error.toStdString();
    const QString flat = flatText(path);
    EXPECT_TRUE(flat.contains(u"http://www.beiguan.gov.cn/2024/zwgk/index.html"_s))
        << flat.toStdString();
    EXPECT_TRUE(flat.contains(u"SHA-256：feb14ccafb340782"_s));
    EXPECT_TRUE(flat.contains(ascii)) << flat.toStdString();
}

TEST(PdfText, FingerprintInEveryFooterAndInFullOnTheLastPage) {
    const Report report = busy();
    RenderOptions options;
    options.watermark = false;
    options.fingerprint = ReportJson::contentHash(report);
    options.approvalPage = true;
    options.preparer = u"李四"_s;
    options.approver = u"赵六"_s;
    options.date = u"2025年1月20日"_s;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.pdf"_s);
    QString error;
    ASSERT_TRUE(ReportExport::writePdf(report, path, options, &error)) << error.toStdString();
    const auto pages = ReportLayout::layout(report, options);
    const QString flat = flatText(path);
    EXPECT_EQ(flat.count(u"校验码"_s + options.fingerprint.left(16)),
              static_cast<qsizetype>(pages.size()));
    EXPECT_TRUE(flat.contains(options.fingerprint.left(32)));
    EXPECT_TRUE(flat.contains(options.fingerprint.mid(32)));
    // The QR code: dark modules at the end of the report.
    const auto& last = pages[pages.size() - 2].items; // the page before the approval page
    EXPECT_GT(std::count_if(last.begin(), last.end(),
                            [](const PageItem& i) { return i.kind == PageItem::Kind::Block; }),
              100);
    EXPECT_TRUE(flat.contains(u"政府信息公开工作年度报告签批页"_s));
    EXPECT_TRUE(flat.contains(u"填报人：李四"_s));
    EXPECT_TRUE(flat.contains(u"负责人（签批）：赵六"_s));
    EXPECT_TRUE(flat.contains(u"（单位盖章）"_s));
}

TEST(PdfText, PdfAOneB) {
    RenderOptions options;
    options.watermark = false;
    options.pdfA = true;
    QString error;
    const auto bytes = ReportExport::pdfBytes(busy(), options, &error);
    ASSERT_TRUE(bytes) << error.toStdString();
    EXPECT_TRUE(bytes->contains("pdfaid:part") || bytes->contains("pdfaid"));
    EXPECT_TRUE(bytes->contains("/OutputIntents"));
}

} // namespace

namespace {

// A table's part heading never stays behind at the foot of a page (the Beiguan report's 三、
// heading did, with its table starting overleaf).
TEST(PdfLayout, TableHeadingsStayWithTheirTables) {
    Report report = busy();
    for (int lines = 0; lines < 40; lines += 3) {
        report.setText(
            report.form().findText(u"overview.oversight"),
            QString(u"加强监督检查，落实工作责任，确保各项工作落到实处。"_s).repeated(lines));
        const auto pages = ReportLayout::layout(report, {});
        for (const PartDefinition& part : report.form().parts()) {
            if (part.table < 0)
                continue;
            const TableDefinition& table = report.form().tables()[static_cast<size_t>(part.table)];
            const GridCell& firstHeader = table.sections.front().grid.front();
            int headingPage = -1;
            int headerPage = -1;
            for (size_t p = 0; p < pages.size(); ++p) {
                for (const PageItem& item : pages[p].items) {
                    if (headingPage < 0 && item.text == part.heading)
                        headingPage = static_cast<int>(p);
                    if (headingPage >= 0 && headerPage < 0 && item.text == firstHeader.text)
                        headerPage = static_cast<int>(p);
                }
            }
            EXPECT_EQ(headingPage, headerPage) << part.heading.toStdString() << " with " << lines;
        }
    }
}

} // namespace
