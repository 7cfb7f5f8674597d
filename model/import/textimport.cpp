#include "model/import/textimport.h"

#include "model/import/agencyname.h"
#include "model/import/printedtext.h"
#include "model/import/reportfile.h"

#include "model/core/cellinput.h"
#include "model/core/publishedformat.h"
#include "model/core/textnormalizer.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace nianbao {

using namespace printedtext;

namespace {

class TextImporter {
public:
    TextImporter(QStringView text, const std::shared_ptr<const FormDefinition>& form)
        : m_doc(text)
        , m_form(form)
        , m_result{Report(form), true, false, {}, false} {}

    std::optional<ImportedReport> run(QString* error) {
        readTitle();
        findParts();
        findYear();
        findAgency();
        if (m_doc.traditionalCharacters() >= 5) {
            note(u"文字为繁体字：表格的标签按简体对照读取，文字部分保留原文"_s);
        }
        const bool anyPart = std::any_of(m_partStart.begin(), m_partStart.end(),
                                         [](qsizetype at) { return at >= 0; });
        if (m_titleEnd <= 0 && !anyPart) {
            if (error)
                *error = u"未找到年报标题或任何一部分的标题（如「一、总体情况」），"
                         u"不是政府信息公开工作年度报告"_s;
            return std::nullopt;
        }
        readTablesByTheirFormat();
        readTexts();
        return std::move(m_result);
    }

private:
    void note(const QString& message) { m_result.notes.append(message); }
    void missing(const QString& message) {
        note(message);
        m_result.complete = false;
    }

    void readTitle() {
        // The title is the last one before the report's first part: a portal's menus may list
        // other years' reports above it. A garbled title (「2023年政府信息公开 工作告年度报」)
        // still gives the year, and one without a year (「湘桥区教育局政府信息公开工作年度报告」)
        // still gives the agency.
        static const QRegularExpression titles[] = {
            QRegularExpression(uR"(([^。：:，,；;]*?)(\d{4})年度?政府信息公开工作年度报告)"_s),
            QRegularExpression(
                uR"(([^。：:，,；;]*?)(\d{4})年度?政府信息公开(?:工作)?[^。]{0,6}?报)"_s),
            QRegularExpression(uR"(([^。：:，,；;\d]*?)()政府信息公开工作年度报告)"_s),
        };
        const qsizetype overview = m_doc.compact().indexOf(u"总体情况");
        const QString head =
            m_doc.compact().left(overview >= 0 ? std::min<qsizetype>(overview, 4000) : 400);
        QRegularExpressionMatch match;
        for (const QRegularExpression& title : titles) {
            for (auto it = title.globalMatch(head); it.hasNext();)
                match = it.next();
            if (match.hasMatch())
                break;
        }
        if (!match.hasMatch()) {
            // Web pages often print the title only in the page's header, which is not copied.
            missing(u"未找到标题「……年政府信息公开工作年度报告」"_s);
            return;
        }
        // The agency is printed on the line of the title; what precedes it on earlier lines is
        // the portal's navigation or a date. A title printed without it may have it on the
        // line above (「洪泽区人民政府」 over 「2023 年政府信息公开工作年度报告」).
        const qsizetype agencyEnd =
            match.capturedStart(2) >= 0 ? match.capturedStart(2) : match.capturedEnd(1);
        const qsizetype titleLine = m_doc.textPosition(agencyEnd);
        const qsizetype lineStart = m_doc.text().lastIndexOf(u'\n', titleLine - 1) + 1;
        const qsizetype agencyStart =
            std::max(match.capturedStart(1), m_doc.compactIndex(lineStart));
        const QString onTitleLine =
            m_doc.compactOriginal().mid(agencyStart, agencyEnd - agencyStart);
        if (!onTitleLine.isEmpty()) {
            m_agencyClues.push_back({onTitleLine, u"标题"_s});
        } else if (lineStart > 0) {
            const qsizetype above = m_doc.original().lastIndexOf(u'\n', lineStart - 2) + 1;
            const QString line = m_doc.original().mid(above, lineStart - 1 - above).trimmed();
            if (!line.isEmpty() && line.size() <= 30)
                m_agencyClues.push_back({line, u"标题上一行"_s});
        }
        m_titleEnd = match.capturedEnd(0);
        const int year = match.captured(2).toInt();
        if (year >= 2008 && year <= 2100)
            m_yearClues.push_back({year, u"标题"_s});
    }

    // The year from anywhere the page says it, the title first; when sources disagree the
    // first is taken and a note says so.
    void findYear() {
        const QString& compact = m_doc.compact();
        auto clue = [&](const QRegularExpression& pattern, const QString& source,
                        qsizetype from = 0, qsizetype to = -1) {
            const QStringView range =
                QStringView(compact).mid(from, to < 0 ? compact.size() - from : to - from);
            const QRegularExpressionMatch m = pattern.match(range);
            if (m.hasMatch())
                m_yearClues.push_back({m.captured(1).toInt(), source});
        };
        static const QRegularExpression period(
            uR"((\d{4})年1月1日(?:起)?(?:至|到|-)(?:\1)年12月31日)"_s);
        clue(period, u"统计期限"_s);
        static const QRegularExpression hereby(
            uR"(现将[^。]{0,30}?(\d{4})年度?[^。]{0,8}?政府信息公开)"_s);
        clue(hereby, u"「现将……报告如下」一句"_s);
        static const QRegularExpression pageTitle(
            uR"((\d{4})(?:年度?政府信息公开(?:工作)?)?年度?报)"_s);
        clue(pageTitle, u"页面标题"_s, 0,
             m_headingStart.empty() ? std::min<qsizetype>(400, compact.size())
                                    : m_headingStart.front());
        // A date line after the signature, in January to March: the report of the year before.
        static const QRegularExpression dateLine(
            uR"(^\s*(\d{4})\s*年\s*([1-9]|1[0-2])\s*月\s*\d{1,2}\s*日\s*$)"_s,
            QRegularExpression::MultilineOption);
        const QString& text = m_doc.text();
        const qsizetype tail = std::max<qsizetype>(0, text.size() - 400);
        QRegularExpressionMatch lastDate;
        for (auto it = dateLine.globalMatch(QStringView(text).mid(tail)); it.hasNext();)
            lastDate = it.next();
        if (lastDate.hasMatch() && lastDate.captured(2).toInt() <= 3)
            m_yearClues.push_back({lastDate.captured(1).toInt() - 1, u"落款日期"_s});
        static const QRegularExpression asOf(uR"(截[至止](\d{4})年12月31日)"_s);
        clue(asOf, u"「截至……12月31日」"_s);
        if (m_yearClues.empty() && !m_partStart.empty() && m_partStart[0] >= 0) {
            // 「2023年，我局……」 opening a paragraph of the overview: the weakest sign, taken
            // only when the page says it nowhere else (the overview may recall last year).
            static const QRegularExpression opening(uR"((?:^|[。])(\d{4})年[，,])"_s);
            clue(opening, u"总体情况"_s, m_partStart[0], m_partEnd[0]);
        }
        std::erase_if(m_yearClues,
                      [](const YearClue& c) { return c.year < 2008 || c.year > 2100; });
        if (m_yearClues.empty()) {
            missing(u"年份不明：标题、统计期限、落款日期等处都没有写明"_s);
            return;
        }
        const YearClue& chosen = m_yearClues.front();
        m_result.report.year = chosen.year;
        QStringList disagreeing;
        for (const YearClue& c : m_yearClues) {
            if (c.year != chosen.year)
                disagreeing.append(u"%1为%2年"_s.arg(c.source).arg(c.year));
        }
        if (!disagreeing.isEmpty()) {
            note(u"年份说法不一：%1为%2年，%3；按%1读取"_s.arg(chosen.source)
                     .arg(chosen.year)
                     .arg(disagreeing.join(u'，')));
        } else if (chosen.source != u"标题") {
            note(u"年份按%1读取：%2年"_s.arg(chosen.source).arg(chosen.year));
        }
    }

    // The agency from the title, else the line above it, 「本报告由……编制」 or the signature
    // above the date line; cleaned, and left empty rather than stored as garbage.
    void findAgency() {
        static const QRegularExpression compiledBy(
            uR"(本报告由([^，。；：]{2,30}?)(?:根据|依据|按照|编制|制作))"_s);
        if (const auto m = compiledBy.match(QStringView(m_doc.compactOriginal())); m.hasMatch())
            m_agencyClues.push_back({m.captured(1), u"「本报告由……编制」"_s});
        static const QRegularExpression signature(
            uR"(\n\s*([^\s\n。，]{2,30})\s*\n\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$)"_s);
        const qsizetype tail = std::max<qsizetype>(0, m_doc.original().size() - 400);
        const QString end = m_doc.original().mid(tail).trimmed();
        if (const auto m = signature.match(end); m.hasMatch())
            m_agencyClues.push_back({m.captured(1), u"落款"_s});
        QStringList refused;
        for (const AgencyClue& clue : m_agencyClues) {
            QString why;
            if (const auto name = cleanAgencyName(clue.printed, &why)) {
                m_result.report.agency = *name;
                if (clue.source != u"标题")
                    note(u"机关名称按%1读取：%2"_s.arg(clue.source, *name));
                break;
            }
            refused.append(why);
        }
        if (m_result.report.agency.isEmpty()) {
            missing(refused.isEmpty() ? u"机关名称不明：页面上没有写明"_s
                                      : u"机关名称不明：%1"_s.arg(refused.join(u'；')));
            return;
        }
        const InferredLevel level = inferAgencyLevel(m_result.report.agency);
        if (level.level != AgencyLevel::Unknown) {
            m_result.report.level = level.level;
            note(u"机关级别按%1推断为%2"_s.arg(level.how, agencyLevelName(level.level)));
        }
    }

    void findParts() {
        const auto& parts = m_form->parts();
        m_partStart.assign(parts.size(), -1);
        m_partEnd.assign(parts.size(), -1);
        qsizetype from = m_titleEnd;
        for (size_t i = 0; i < parts.size(); ++i) {
            qsizetype at = m_doc.find(parts[i].heading, from, m_doc.compactSize());
            qsizetype length = parts[i].heading.size();
            if (at < 0) {
                const QString bare = withoutOrdinal(parts[i].heading);
                at = m_doc.find(bare, from, m_doc.compactSize());
                length = bare.size();
            }
            if (at < 0) {
                missing(u"未找到第%1部分「%2」"_s.arg(parts[i].number).arg(parts[i].heading));
                continue;
            }
            m_partStart[i] = at + length;
            m_headingStart.push_back(at);
            from = at + length;
        }
        for (size_t i = 0; i < parts.size(); ++i) {
            if (m_partStart[i] < 0)
                continue;
            m_partEnd[i] = m_doc.compactSize();
            for (const qsizetype heading : m_headingStart) {
                if (heading >= m_partStart[i]) {
                    m_partEnd[i] = heading;
                    break;
                }
            }
        }
    }

    // Each table is read by its own headers: a page may put a 2021-format part 三 under a
    // 2019-format part 二, or the reverse. Part 二 of the 2019 format has other columns and is
    // not read; its part 三 differs from 2021's only in （六）其他处理, printed as one row
    // (readGroupAsOneRow()). Without a sign of either format, a part follows part 二.
    void readTablesByTheirFormat() {
        static const QStringView markers2019[] = {u"本年新制作数量", u"本年新公开数量",
                                                  u"对外公开总数量", u"上一年项目数量",
                                                  u"本年增/减",      u"其他对外管理服务事项"};
        static const QStringView markers2021[] = {u"逾期不补正", u"逾期未按收费通知",
                                                  u"不再处理其政府信息公开申请"};
        auto firstMarker = [&](const auto& markers, qsizetype from, qsizetype to) {
            for (QStringView m : markers) {
                if (m_doc.find(m.toString(), from, to) >= 0)
                    return m;
            }
            return QStringView();
        };
        const auto& parts = m_form->parts();
        const QStringView anywhere = firstMarker(markers2019, 0, m_doc.compactSize());
        std::vector<int> format(parts.size(), 0); // 2019, 2021 or 0 (no sign)
        QStringList oldParts;
        for (size_t part = 0; part < parts.size(); ++part) {
            if (parts[part].table < 0 || m_partStart[part] < 0)
                continue;
            const QStringView old = firstMarker(markers2019, m_partStart[part], m_partEnd[part]);
            if (!old.isEmpty()) {
                format[part] = 2019;
                oldParts.append(u"第%1部分「%2」（有「%3」）"_s.arg(parts[part].number)
                                    .arg(withoutOrdinal(parts[part].heading), old));
            } else if (!firstMarker(markers2021, m_partStart[part], m_partEnd[part]).isEmpty()) {
                format[part] = 2021;
            }
        }
        const bool anyOld = !anywhere.isEmpty();
        const bool any2021 = std::find(format.begin(), format.end(), 2021) != format.end();
        if (anyOld && !any2021) {
            note(u"这是2019年版格式（有「%1」），与2021年版表格不同，表格未导入"_s.arg(anywhere));
            m_result.complete = false;
            m_result.format2019 = true;
            markPublishedIn2019Format(m_result.report);
            return;
        }
        for (size_t part = 0; part < parts.size(); ++part) {
            const int table = parts[part].table;
            if (table < 0 || format[part] == 2019)
                continue;
            readTable(part, m_form->tables()[table]);
        }
        if (!oldParts.isEmpty()) {
            missing(u"2019年版与2021年版格式混用：%1是2019年版格式，这一部分的表格未导入；"
                    u"其余表格按2021年版读取"_s.arg(oldParts.join(u'、')));
        } else if (m_otherHandlingAsOneRow) {
            note(u"「（六）其他处理」印为一行，是2019年版表格的格式"_s);
        }
        if (!oldParts.isEmpty() || m_otherHandlingAsOneRow) {
            m_result.mixedFormats = true;
            markPublishedIn2019Format(m_result.report);
        }
    }

    void readTable(size_t part, const TableDefinition& table) {
        qsizetype from = m_partStart[part];
        qsizetype to = m_partEnd[part];
        bool headingMissing = false;
        if (from < 0) {
            // findParts() has said so. A text that begins inside this table (one page of a
            // flipbook) still has its last rows, before the first heading found.
            const bool earlierPartFound =
                std::any_of(m_partStart.begin(), m_partStart.begin() + qsizetype(part),
                            [](qsizetype at) { return at >= 0; });
            if (earlierPartFound || m_headingStart.empty())
                return;
            from = m_titleEnd;
            to = m_headingStart.front();
            headingMissing = true;
        }
        QStringList notFound;
        const qsizetype tableStart = from;
        qsizetype firstRowAt = -1;
        m_twoYearsNoted = false;
        const std::vector<PrintedRow> rows = printedRows(table);
        for (size_t r = 0; r < rows.size(); ++r) {
            const PrintedRow& row = rows[r];
            // The next row's label as printed, ordinal included (「（七）总计」, not 「总计」,
            // which a group label like 「（六）其他处理」 may also contain).
            const QString nextLabel = r + 1 < rows.size() ? rows[r + 1].label : QString();
            const QString rowName = row.label.isEmpty() ? table.title : row.label;
            qsizetype pos = 0;
            if (row.label.isEmpty()) {
                pos = firstFullRowAt(from, to, int(row.cells.size()));
            } else {
                const QString key = rowKey(row.label);
                qsizetype matched = key.size();
                qsizetype at = m_doc.find(key, from, to);
                // In a PDF's physical layout a long label wraps around its cells
                // (「2.其他法律行政法规 0 0 … 禁止公开」): its longest leading part is found.
                while (at < 0 && matched > 4) {
                    --matched;
                    at = m_doc.find(key.left(matched), from, to);
                }
                if (at < 0) {
                    if (const int grouped = readGroupAsOneRow(table, rows, r, from, to);
                        grouped > 0) {
                        r += size_t(grouped) - 1;
                        continue;
                    }
                    notFound.push_back(row.label);
                    continue;
                }
                pos = m_doc.textPosition(at + matched - 1) + 1;
                if (matched == key.size())
                    pos = skipLabelRest(pos, row.label, key);
                // What is left of the label, and a group label's characters interleaved with
                // it, may stand before the cells.
                pos = skipToCells(pos, int(key.size() - matched) + 12, nextLabel);
            }
            if (pos < 0) {
                missing(u"%1：未找到数值"_s.arg(table.title));
                continue;
            }
            const qsizetype rowStart = pos;
            auto pipeCells =
                readPipeCells(m_doc.original(), m_doc.text(), pos, int(row.cells.size()));
            if (!pipeCells) {
                pos = rowStart;
                pipeCells =
                    readCellPerLine(m_doc.original(), m_doc.text(), pos, int(row.cells.size()));
            }
            if (!pipeCells)
                pos = rowStart;
            const std::vector<Token> tokens =
                pipeCells ? std::move(*pipeCells)
                          : readCells(m_doc.text(), pos, int(row.cells.size()));
            if (firstRowAt < 0)
                firstRowAt = m_doc.compactIndex(rowStart);
            std::vector<Token> chosen = tokens;
            if (!pipeCells && tokens.size() == row.cells.size()) {
                // Two years side by side: the line goes on with as many cells again.
                const qsizetype lineEnd = m_doc.text().indexOf(u'\n', pos);
                const QString rest =
                    m_doc.text().mid(pos, (lineEnd < 0 ? m_doc.text().size() : lineEnd) - pos);
                qsizetype restPos = 0;
                const std::vector<Token> second = readCells(rest, restPos, int(row.cells.size()));
                if (second.size() == row.cells.size() &&
                    QStringView(rest).mid(restPos).trimmed().isEmpty()) {
                    pos += restPos;
                    std::vector<Token> both = tokens;
                    both.insert(both.end(), second.begin(), second.end());
                    const auto picked = pickYear(table, both, tableStart, firstRowAt, rowName);
                    if (!picked) {
                        from = std::max(from, m_doc.compactIndex(pos));
                        continue;
                    }
                    chosen = *picked;
                }
            }
            from = std::max(from, m_doc.compactIndex(pos));
            if (pipeCells && chosen.size() < row.cells.size()) {
                // Each cell closed by its separator: the ones read keep their places.
                for (size_t i = 0; i < chosen.size(); ++i)
                    setCell(row.cells[i], chosen[i]);
                missing(
                    u"%1「%2」：这一行只印出前%3个单元格，其余%4个留空"_s.arg(table.title, rowName)
                        .arg(chosen.size())
                        .arg(row.cells.size() - chosen.size()));
                continue;
            }
            if (chosen.size() != row.cells.size()) {
                missing(tokens.empty() ? u"%1「%2」：没有数值"_s.arg(table.title, rowName)
                                       : u"%1「%2」：只读到%3个数值，应有%4个，这一行未导入"_s
                                             .arg(table.title, rowName)
                                             .arg(tokens.size())
                                             .arg(row.cells.size()));
                continue;
            }
            for (size_t i = 0; i < row.cells.size(); ++i)
                setCell(row.cells[i], chosen[i]);
        }
        if (headingMissing)
            return;
        // A page cut off inside the table loses every row after some point: one note for them.
        if (notFound.size() > 2 && notFound.back() == rows.back().label) {
            missing(u"%1：从「%2」起的%3行未找到（文字在此之前中断）"_s
                        .arg(table.title, notFound.front())
                        .arg(notFound.size()));
        } else {
            for (const QString& label : notFound)
                missing(u"%1：未找到「%2」一行"_s.arg(table.title, label));
        }
    }

    // After the key of a label comes the rest of it: a parenthesised explanation, printed
    // over several lines and not always word for word (「部分公开（区分处理的，…）」).
    qsizetype skipLabelRest(qsizetype pos, const QString& label, const QString& key) {
        const QString rest = withoutOrdinal(label).mid(key.size());
        if (rest.isEmpty())
            return pos;
        const qsizetype compactFrom = m_doc.compactIndex(pos);
        // As printed, up to where the cells interrupt it (a wrapped label in a PDF's layout).
        qsizetype same = 0;
        while (same < rest.size() && compactFrom + same < m_doc.compactSize() &&
               m_doc.compact()[compactFrom + same] == rest[same])
            ++same;
        if (same > 1)
            return m_doc.textPosition(compactFrom + same - 1) + 1;
        // Reworded: a parenthesised explanation without cells inside is skipped whole.
        if (compactFrom >= m_doc.compactSize() || m_doc.compact()[compactFrom] != u'（')
            return pos;
        const qsizetype close = m_doc.compact().indexOf(u'）', compactFrom);
        if (close < 0 || close - compactFrom > 2 * label.size())
            return pos;
        for (qsizetype i = compactFrom; i < close; ++i) {
            if (isDigit(m_doc.compact()[i]))
                return pos;
        }
        return m_doc.textPosition(close) + 1;
    }

    // Characters of a group label can stand between a row's label and its cells in a PDF's
    // layout (「2.没有现成信息需要 无法提 2 0 0 …」, 「3.要求提供公开出版 （五） 0 0 …」):
    // skipped when cells follow them, but never past the next row's label, so that an empty
    // row takes no one else's cells.
    qsizetype skipToCells(qsizetype pos, int maxSkipped, const QString& nextLabel) const {
        QString nextStart;
        for (const QChar c : nextLabel.left(6))
            nextStart += labelForm(c);
        nextStart.truncate(4);
        const QString& text = m_doc.text();
        qsizetype at = pos;
        int skipped = 0;
        while (at < text.size()) {
            const QChar c = text[at];
            if (c.isSpace()) {
                ++at;
                continue;
            }
            if (isDigit(c) || c == u'/' || isDashLike(c))
                return skipped > 0 ? at : pos;
            if (++skipped > maxSkipped)
                return pos;
            if (!nextStart.isEmpty() &&
                m_doc.compact().mid(m_doc.compactIndex(at), nextStart.size()) == nextStart)
                return pos;
            ++at;
        }
        return pos;
    }

    // A table without row labels (t4): its cells are the first ones after the header.
    qsizetype firstCellAt(qsizetype from, qsizetype to) const {
        for (qsizetype i = from; i < to; ++i) {
            const QChar c = m_doc.compact()[i];
            if (isDigit(c) || c == u'/')
                return m_doc.textPosition(i);
        }
        return -1;
    }

    // A group of rows printed as one row (「（六）其他处理 0 0 0 0 0 0 0」 where the form has its
    // three rows): all zeros means each of its rows is zero (counts are never negative); any
    // other figure cannot be split, and the rows stay empty with a note. Returns how many rows
    // of the form the printed row stood for, 0 when the group is not printed that way.
    int readGroupAsOneRow(const TableDefinition& table, const std::vector<PrintedRow>& rows,
                          size_t first, qsizetype& from, qsizetype to) {
        const QString group = rows[first].group;
        if (group.isEmpty() || (first > 0 && rows[first - 1].group == group))
            return 0;
        size_t count = 0;
        while (first + count < rows.size() && rows[first + count].group == group)
            ++count;
        if (count < 2)
            return 0;
        const QString key = withoutOrdinal(group);
        const qsizetype at = m_doc.find(key, from, to);
        if (at < 0)
            return 0;
        qsizetype pos = m_doc.textPosition(at + key.size() - 1) + 1;
        const int wanted = int(rows[first].cells.size());
        auto cells = readPipeCells(m_doc.original(), m_doc.text(), pos, wanted);
        if (!cells) {
            pos = m_doc.textPosition(at + key.size() - 1) + 1;
            cells = readCells(m_doc.text(), pos, wanted);
        }
        if (int(cells->size()) != wanted)
            return 0;
        from = std::max(from, m_doc.compactIndex(pos));
        m_otherHandlingAsOneRow = m_otherHandlingAsOneRow || group.contains(u"其他处理");
        const bool allZero = std::all_of(cells->begin(), cells->end(),
                                         [](const Token& t) { return t.text == u"0"; });
        if (allZero) {
            for (size_t r = first; r < first + count; ++r) {
                for (CellRef cell : rows[r].cells)
                    setCell(cell, Token{u"0"_s, false});
            }
            note(u"%1「%2」印为一行，全为0：其%3个子项均按0读取"_s.arg(table.title, group)
                     .arg(count));
        } else {
            missing(u"%1「%2」印为一行（未分子项），无法分到%3个子项，这几行未导入"_s
                        .arg(table.title, group)
                        .arg(count));
        }
        return int(count);
    }

    // A row printed with two sets of cells: this year's and another year's, as the table's
    // header says (「2022年 2023年」 once: one block per year; repeated: alternating columns).
    // The report's year decides; when it cannot, the row is left empty and named.
    std::optional<std::vector<Token>> pickYear(const TableDefinition& table,
                                               const std::vector<Token>& both, qsizetype tableStart,
                                               qsizetype firstRowAt, const QString& rowName) {
        const size_t wanted = both.size() / 2;
        static const QRegularExpression yearPattern(uR"((20\d\d)年)"_s);
        const qsizetype headerEnd = firstRowAt >= 0 ? firstRowAt : m_doc.compactSize();
        std::vector<int> years;
        for (auto it = yearPattern.globalMatch(
                 QStringView(m_doc.compact()).mid(tableStart, headerEnd - tableStart));
             it.hasNext();)
            years.push_back(it.next().captured(1).toInt());
        const int year = m_result.report.year;
        std::vector<int> distinct;
        for (int y : years) {
            if (std::find(distinct.begin(), distinct.end(), y) == distinct.end())
                distinct.push_back(y);
        }
        const auto at = std::find(distinct.begin(), distinct.end(), year);
        if (distinct.size() != 2 || at == distinct.end()) {
            missing(u"%1「%2」：印有两组数值（可能并列了两年），无法确定哪组属于本年度，"
                    u"这一行未导入"_s.arg(table.title, rowName));
            return std::nullopt;
        }
        const size_t which = size_t(at - distinct.begin());
        const bool alternating = years.size() >= 4 && years[0] == years[2] && years[1] == years[3];
        std::vector<Token> chosen;
        for (size_t i = 0; i < wanted; ++i)
            chosen.push_back(alternating ? both[2 * i + which] : both[which * wanted + i]);
        if (!m_twoYearsNoted) {
            m_twoYearsNoted = true;
            note(u"%1并列印了%2年和%3年的数值，按%4年读取"_s.arg(table.title)
                     .arg(distinct[0])
                     .arg(distinct[1])
                     .arg(year));
        }
        return chosen;
    }

    // A row without a label (t4's one row) starts at the first line that holds all its cells;
    // a narrative sentence between the heading and the table (「2020 年，我单位……」) is passed
    // over. When no line holds them all, the first number, so the note can say what was read.
    qsizetype firstFullRowAt(qsizetype from, qsizetype to, int wanted) const {
        const qsizetype first = firstCellAt(from, to);
        for (qsizetype at = first; at >= 0;) {
            qsizetype pos = at;
            const auto pipeCells = readPipeCells(m_doc.original(), m_doc.text(), pos, wanted);
            pos = at;
            if ((pipeCells && int(pipeCells->size()) == wanted) ||
                int(readCells(m_doc.text(), pos, wanted).size()) == wanted)
                return at;
            const qsizetype lineEnd = m_doc.text().indexOf(u'\n', at);
            if (lineEnd < 0)
                break;
            at = firstCellAt(m_doc.compactIndex(lineEnd), to);
        }
        return first;
    }

    void setCell(CellRef ref, const Token& token) {
        const CellDefinition& cell = m_form->cell(ref);
        if (token.text.isEmpty())
            return; // printed empty: not filled, never 0
        if (token.text == u"-") {
            m_result.report.setValue(ref, CellValue::dash());
            return;
        }
        if (token.text == u"/") {
            m_result.report.setValue(ref, CellValue::notApplicable());
            return;
        }
        if (token.hasUnit) {
            m_result.report.setValue(ref, CellValue::unreadable(token.text));
            note(u"%1：「%2」带单位，未换算"_s.arg(m_form->cellLabel(ref), token.text));
            return;
        }
        const CellInput input = CellInput::parse(token.text, cell);
        if (input.value) {
            m_result.report.setValue(ref, *input.value);
        } else {
            m_result.report.setValue(ref, CellValue::unreadable(token.text));
            note(u"%1：「%2」无法读取"_s.arg(m_form->cellLabel(ref), token.text));
        }
    }

    // A narrative label as printed: in full, without its ordinal, or by its last words
    // (「（四）平台建设方面」 for 「（四）政府信息公开平台建设」).
    std::pair<qsizetype, qsizetype> findLabel(const QString& label, qsizetype from,
                                              qsizetype to) const {
        if (const qsizetype at = m_doc.find(label, from, to); at >= 0)
            return {at, label.size()};
        const QString bare = withoutOrdinal(label);
        for (qsizetype length = bare.size(); length >= 4; --length) {
            const QString suffix = bare.right(length);
            if (const qsizetype at = m_doc.find(suffix, from, to); at >= 0) {
                // Take the ordinal printed before it, if any, as part of the label.
                const qsizetype ordinal = label.size() - bare.size();
                const bool hasOrdinal =
                    ordinal > 0 && at >= ordinal &&
                    m_doc.compact().mid(at - ordinal, ordinal) == label.left(ordinal);
                return {hasOrdinal ? at - ordinal : at, hasOrdinal ? ordinal + length : length};
            }
        }
        return {-1, 0};
    }

    void readTexts() {
        const auto& parts = m_form->parts();
        for (size_t part = 0; part < parts.size(); ++part) {
            if (parts[part].texts.empty() || m_partStart[part] < 0)
                continue;
            const qsizetype from = m_partStart[part];
            const qsizetype to = m_partEnd[part];
            // Each text begins at its label (「（一）主动公开」); an unlabelled first text (the
            // introduction) runs up to the first label.
            std::vector<std::pair<int, qsizetype>> starts; // text index, compact start
            std::vector<qsizetype> labelStarts;
            qsizetype search = from;
            for (const int textIndex : parts[part].texts) {
                const TextDefinition& definition = m_form->texts()[size_t(textIndex)];
                if (parts[part].texts.size() == 1) {
                    starts.emplace_back(textIndex, from);
                    labelStarts.push_back(from);
                    continue;
                }
                if (definition.optional && labelStarts.empty()) {
                    starts.emplace_back(textIndex, from);
                    labelStarts.push_back(from);
                    continue;
                }
                auto [at, length] = findLabel(definition.label, search, to);
                if (at < 0) {
                    if (!definition.optional)
                        missing(u"未找到「%1」"_s.arg(definition.label));
                    continue;
                }
                starts.emplace_back(textIndex, at + length);
                labelStarts.push_back(at);
                search = at + length;
            }
            for (size_t i = 0; i < starts.size(); ++i) {
                const qsizetype end = i + 1 < labelStarts.size() ? labelStarts[i + 1] : to;
                QString text = paragraphs(starts[i].second, end);
                if (text.isEmpty() && i == 0 && part == 0 && starts[i].second == from)
                    text = introductionBeforeFirstPart();
                if (!text.isEmpty())
                    m_result.report.setText(starts[i].first, text);
            }
        }
    }

    // Many reports print their introduction between the title and 「一、总体情况」. Between
    // them a web page also has its date, source and font-size links: only sentences are kept.
    QString introductionBeforeFirstPart() const {
        if (m_headingStart.empty() || m_partStart[0] < 0 || m_titleEnd <= 0 ||
            m_headingStart.front() <= m_titleEnd)
            return {};
        QStringList sentences;
        for (const QString& paragraph :
             paragraphs(m_titleEnd, m_headingStart.front()).split(u'\n')) {
            if (paragraph.endsWith(u'。'))
                sentences.append(paragraph);
        }
        return sentences.join(u'\n');
    }

    // The text between two compact positions, with the line breaks of the PDF's layout
    // removed and its paragraphs (blank lines) kept; 「方面。」 after a label dropped.
    QString paragraphs(qsizetype compactFrom, qsizetype compactTo) const {
        if (compactFrom >= compactTo)
            return {};
        const qsizetype begin = m_doc.textPosition(compactFrom);
        const qsizetype end = m_doc.textPosition(compactTo - 1) + 1;
        const QStringList lines = m_doc.original().mid(begin, end - begin).split(u'\n');
        QStringList result;
        QString paragraph;
        for (const QString& raw : lines) {
            const QString line = raw.trimmed();
            if (line.isEmpty()) {
                if (!paragraph.isEmpty())
                    result.append(std::exchange(paragraph, {}));
                continue;
            }
            if (!paragraph.isEmpty() && paragraph.back().unicode() < 0x2E80 &&
                line.front().unicode() < 0x2E80)
                paragraph += u' ';
            paragraph += line;
        }
        if (!paragraph.isEmpty())
            result.append(paragraph);
        QString text = result.join(u'\n');
        // What is left of a longer heading: 「（一）主动公开信息情况。」 after 「（一）主动公开」.
        static const QRegularExpression lead(
            uR"(^(?:[^\s。：:，,；;]{1,6}(?:方面|情况)[。：:，]|(?:方面|情况)?[。：:，]?))"_s);
        return text.remove(lead).trimmed();
    }

    struct YearClue {
        int year = 0;
        QString source;
    };
    struct AgencyClue {
        QString printed;
        QString source;
    };

    Document m_doc;
    std::vector<YearClue> m_yearClues;
    std::vector<AgencyClue> m_agencyClues;
    std::shared_ptr<const FormDefinition> m_form;
    ImportedReport m_result;
    qsizetype m_titleEnd = 0;
    bool m_twoYearsNoted = false;
    bool m_otherHandlingAsOneRow = false; // the 2019 format's row
    std::vector<qsizetype> m_partStart;
    std::vector<qsizetype> m_partEnd;
    std::vector<qsizetype> m_headingStart;
};

} // namespace

namespace {

// The column of the header a row's group label stands in (-1 when it has none yet).
int groupColumn(const PrintedRow& row, const TableSection& section) {
    for (const GridCell& cell : section.grid) {
        if (cell.kind == GridCell::Kind::RowHeader && cell.text == row.group)
            return cell.column;
    }
    return -1;
}

} // namespace

std::vector<PrintedRow> printedRows(const TableDefinition& table) {
    std::vector<PrintedRow> rows;
    for (const TableSection& section : table.sections) {
        std::vector<PrintedRow> sectionRows(size_t(section.rowCount));
        std::vector<int> labelColumn(size_t(section.rowCount), -1);
        for (const GridCell& cell : section.grid) {
            if (cell.row < 0 || cell.row >= section.rowCount)
                continue;
            auto& row = sectionRows[size_t(cell.row)];
            if (cell.kind == GridCell::Kind::RowHeader &&
                cell.column > labelColumn[size_t(cell.row)]) {
                labelColumn[size_t(cell.row)] = cell.column;
                row.label = cell.text;
            }
        }
        // A row's group: the row header just outside its own label that spans it.
        for (const GridCell& cell : section.grid) {
            if (cell.kind != GridCell::Kind::RowHeader || cell.rowSpan < 2)
                continue;
            for (int r = cell.row; r < cell.row + cell.rowSpan && r < section.rowCount; ++r) {
                if (cell.column < labelColumn[size_t(r)] &&
                    cell.column > groupColumn(sectionRows[size_t(r)], section))
                    sectionRows[size_t(r)].group = cell.text;
            }
        }
        for (int r = 0; r < section.rowCount; ++r) {
            std::vector<std::pair<int, CellRef>> cells;
            for (const GridCell& cell : section.grid) {
                if (cell.kind == GridCell::Kind::Value && cell.row == r)
                    cells.emplace_back(cell.column, cell.cell);
            }
            std::sort(cells.begin(), cells.end());
            for (const auto& [column, ref] : cells)
                sectionRows[size_t(r)].cells.push_back(ref);
            if (!sectionRows[size_t(r)].cells.empty())
                rows.push_back(std::move(sectionRows[size_t(r)]));
        }
    }
    return rows;
}

std::optional<ImportedReport> importReportText(QStringView text,
                                               const std::shared_ptr<const FormDefinition>& form,
                                               QString* error) {
    return TextImporter(text, form).run(error);
}

std::optional<ImportedReport>
importReportTextFile(const QString& path, const std::shared_ptr<const FormDefinition>& form,
                     QString* error) {
    const QString name = QFileInfo(path).fileName();
    const std::optional<QByteArray> bytes = readReportFile(path, u"年报文本"_s, error);
    if (!bytes)
        return std::nullopt;
    QString reason;
    const std::optional<QString> text = decodeReportBytes(*bytes, {}, &reason);
    if (!text) {
        *error = u"%1：%2"_s.arg(name, reason);
        return std::nullopt;
    }
    if (text->contains(QChar(0))) {
        *error = u"%1：是二进制文件，不是文本"_s.arg(name);
        return std::nullopt;
    }
    auto imported = importReportText(*text, form, &reason);
    if (!imported)
        *error = u"%1：%2"_s.arg(name, reason);
    return imported;
}

} // namespace nianbao
