#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>
#include <optional>
#include <vector>

// Reading the text of a printed report as its PDF or web page gives it: characters in the form
// the form's labels use, labels broken over lines, and the cells printed after a row label in
// the three ways reports print them. Used by the text import (textimport.cpp).
namespace nianbao::printedtext {

// The program's normal form (model/core/textnormalizer.h), then the forms the form's labels
// use: Simplified characters (總 → 总) and full-width parentheses and punctuation. A 「|」
// between cells is a space here; readPipeCells() reads the original for it.
QChar labelForm(QChar c);

// Some portals annotate characters with pinyin (「規(guī)章」, 「规范性(xìng)文件」) and put
// invisible characters (zero-width spaces, soft hyphens) inside words: both are dropped
// before anything is matched or kept.
QString withoutInjectedCharacters(QStringView text);

bool isSpace(QChar c);

bool isDigit(QChar c);

// Every dash is 「-」 in normal form.
bool isDashLike(QChar c);

// 「一、」「（三）」「1.」「2、」 in front of a label.
QString withoutOrdinal(const QString& label);

// The part of a row label that every published variant keeps: without its ordinal and
// without a parenthesised explanation (「部分公开（区分处理的，…）」), and 「规范性文件」 for
// 「行政规范性文件」, which many reports shorten.
QString rowKey(const QString& label);

// The text with whitespace dropped, so that labels broken over lines still match, and a map
// from each of its characters back to the (normalized) original.
class Document {
public:
    explicit Document(QStringView text)
        : m_original(withoutInjectedCharacters(text)) {
        m_text.reserve(m_original.size());
        for (const QChar c : std::as_const(m_original))
            m_text.append(labelForm(c));
        m_compact.reserve(m_text.size());
        m_positions.reserve(m_text.size());
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (!isSpace(m_text[i])) {
                m_compact.append(m_text[i]);
                m_compactOriginal.append(m_original[i]);
                m_traditional += m_text[i] != m_original[i] && m_original[i].unicode() >= 0x4E00 &&
                                 m_original[i].unicode() <= 0x9FFF;
                m_positions.push_back(i);
            }
        }
    }

    const QString& text() const { return m_text; }
    const QString& original() const { return m_original; } // same positions as text()
    const QString& compact() const { return m_compact; }
    const QString& compactOriginal() const { return m_compactOriginal; } // same positions
    // How many characters were read in their Traditional form.
    int traditionalCharacters() const { return m_traditional; }
    qsizetype compactSize() const { return m_compact.size(); }
    // Position in text() of compact index `i` (the end of the text for i == compactSize()).
    qsizetype textPosition(qsizetype i) const {
        return i < qsizetype(m_positions.size()) ? m_positions[i] : m_text.size();
    }
    qsizetype compactIndex(qsizetype textPosition) const {
        return std::lower_bound(m_positions.begin(), m_positions.end(), textPosition) -
               m_positions.begin();
    }

    // Compact index of `key` within [from, to), or -1.
    qsizetype find(const QString& key, qsizetype from, qsizetype to) const {
        const qsizetype at = m_compact.indexOf(key, from);
        return at >= 0 && at + key.size() <= to ? at : -1;
    }

private:
    QString m_original;
    QString m_text;
    QString m_compact;
    QString m_compactOriginal;
    int m_traditional = 0;
    std::vector<qsizetype> m_positions;
};

// One printed cell: a number, 「/」, a dash, or a number with a unit the column does not have.
struct Token {
    QString text;
    bool hasUnit = false;
};

// The cells printed after a row label: whitespace-separated numbers, 「/」 and dashes, across
// line breaks, up to the first thing that is not a cell (the next label, a heading). A number
// followed by 「.」 or 「、」 is the ordinal of the next label, not a cell.
std::vector<Token> readCells(const QString& text, qsizetype& pos, int wanted);

// A row printed with its cells between 「|」 (web pages flattened to text): the cells are
// positional, so an empty one stays empty instead of shifting the others. A row that ends
// early keeps the cells it has in their places (`wanted` is then more than returned); a last
// field cut off by the end of the text without a space after it may be a number cut in two
// and is not taken. Returns nothing when the row is not printed that way, or has more cells.
std::optional<std::vector<Token>> readPipeCells(const QString& original, const QString& text,
                                                qsizetype& pos, int wanted);

// A table printed one cell per line, each closed by 「|」, an empty cell a bare 「|」:
//   行政处罚 |
//   3 |
//   |
// The label's line must end right after it (with its own 「|」). Cells are read up to
// `wanted`, or to the end of the text; a line of another shape first means the row is not
// printed this way (nothing is returned), so that the other readers decide.
std::optional<std::vector<Token>> readCellPerLine(const QString& original, const QString& text,
                                                  qsizetype& pos, int wanted);

} // namespace nianbao::printedtext
