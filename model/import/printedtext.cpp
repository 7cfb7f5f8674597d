#include "model/import/printedtext.h"

#include "model/core/textnormalizer.h"

#include <QRegularExpression>

#include <iterator>

using namespace Qt::StringLiterals;

namespace nianbao::printedtext {

namespace {

struct CharacterPair {
    char16_t traditional;
    char16_t simplified;
};
constexpr CharacterPair traditionalForms[] = {
#include "model/import/traditional.inc"
};

// The Simplified form of a Traditional character the form's labels use (總 → 总), else c.
char16_t simplifiedForm(char16_t c) {
    const auto* end = std::end(traditionalForms);
    const auto* it = std::lower_bound(
        std::begin(traditionalForms), end, c,
        [](const CharacterPair& pair, char16_t key) { return pair.traditional < key; });
    return it != end && it->traditional == c ? it->simplified : c;
}

bool isToneMarkedVowel(QChar c) {
    static const QStringView vowels = u"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";
    return vowels.contains(c);
}

bool isSeparator(QChar c) {
    return nianbao::normalizedChar(c) == u'|';
}

// One field between separators: empty, a cell, or text that setCell() names unreadable.
Token fieldToken(const QString& field) {
    if (field.isEmpty())
        return {};
    qsizetype fieldPos = 0;
    std::vector<Token> one = readCells(field, fieldPos, 1);
    if (one.size() == 1 && fieldPos == field.size())
        return one.front();
    return {field, false};
}

} // namespace

// The program's normal form (model/core/textnormalizer.h), then the forms the form's labels
// use: Simplified characters (總 → 总) and full-width parentheses and punctuation. A 「|」
// between cells is a space here; readPipeCells() reads the original for it.
QChar labelForm(QChar c) {
    const char16_t u = simplifiedForm(nianbao::normalizedChar(c).unicode());
    switch (u) {
    case u'(':
        return QChar(u'（');
    case u',':
        return QChar(u'，');
    case u':':
        return QChar(u'：');
    case u';':
        return QChar(u'；');
    case u')':
        return QChar(u'）');
    case u'|':
        return QChar(u' ');
    default:
        return QChar(u);
    }
}

// Some portals annotate characters with pinyin (「規(guī)章」, 「规范性(xìng)文件」) and put
// invisible characters (zero-width spaces, soft hyphens) inside words: both are dropped
// before anything is matched or kept.
QString withoutInjectedCharacters(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isInvisibleFormatting(c))
            continue;
        if ((c == u'(' || c == u'（') && i > 0 && text[i - 1].unicode() >= 0x4E00) {
            qsizetype close = i + 1;
            bool toneMark = false;
            while (close < text.size() && close - i <= 7 && text[close].isLetter() &&
                   text[close].script() == QChar::Script_Latin) {
                toneMark = toneMark || isToneMarkedVowel(text[close]);
                ++close;
            }
            if (toneMark && close < text.size() && (text[close] == u')' || text[close] == u'）')) {
                i = close;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

bool isSpace(QChar c) {
    return c.isSpace();
}

bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// Every dash is 「-」 in normal form.
bool isDashLike(QChar c) {
    return c == u'-';
}

// 「一、」「（三）」「1.」「2、」 in front of a label.
QString withoutOrdinal(const QString& label) {
    static const QRegularExpression ordinal(
        uR"(^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．]))"_s);
    return QString(label).remove(ordinal);
}

// The part of a row label that every published variant keeps: without its ordinal and
// without a parenthesised explanation (「部分公开（区分处理的，…）」), and 「规范性文件」 for
// 「行政规范性文件」, which many reports shorten.
QString rowKey(const QString& label) {
    QString key = withoutOrdinal(label);
    if (const qsizetype paren = key.indexOf(u'（'); paren > 0)
        key.truncate(paren);
    if (key == u"行政规范性文件")
        key = u"规范性文件"_s;
    return key;
}

// The cells printed after a row label: whitespace-separated numbers, 「/」 and dashes, across
// line breaks, up to the first thing that is not a cell (the next label, a heading). A number
// followed by 「.」 or 「、」 is the ordinal of the next label, not a cell.
std::vector<Token> readCells(const QString& text, qsizetype& pos, int wanted) {
    std::vector<Token> tokens;
    while (int(tokens.size()) < wanted) {
        qsizetype at = pos;
        while (at < text.size() && isSpace(text[at]))
            ++at;
        if (at >= text.size())
            break;
        const QChar c = text[at];
        if (c == u'/' || isDashLike(c)) {
            tokens.push_back({QString(c == u'/' ? u'/' : u'-'), false});
            pos = at + 1;
            continue;
        }
        if (!isDigit(c))
            break;
        qsizetype end = at;
        // Digits, with 「1,204」 thousands separators (a comma followed by three digits).
        const auto isThousandsSeparator = [&](qsizetype i) {
            return text[i] == u'，' && i + 3 < text.size() && isDigit(text[i + 1]) &&
                   isDigit(text[i + 2]) && isDigit(text[i + 3]) &&
                   (i + 4 >= text.size() || !isDigit(text[i + 4]));
        };
        while (end < text.size() && (isDigit(text[end]) || isThousandsSeparator(end)))
            ++end;
        if (end < text.size() && text[end] == u'.' && end + 1 < text.size() &&
            isDigit(text[end + 1])) {
            ++end;
            while (end < text.size() && isDigit(text[end]))
                ++end;
        }
        if (end < text.size() && (text[end] == u'.' || text[end] == u'、'))
            break; // 「1.属于国家秘密」
        Token token{text.mid(at, end - at).remove(u'，'), false};
        for (const QString& unit : {u"万元"_s, u"元"_s, u"件"_s, u"个"_s}) {
            if (QStringView(text).mid(end).startsWith(unit)) {
                token.text += unit;
                token.hasUnit = true;
                end += unit.size();
                break;
            }
        }
        tokens.push_back(token);
        pos = end;
    }
    // 「0000000」: a row of zeros printed without spaces.
    if (tokens.size() == 1 && wanted > 1 && tokens[0].text.size() == wanted &&
        tokens[0].text.count(u'0') == wanted) {
        tokens.assign(size_t(wanted), Token{u"0"_s, false});
    }
    return tokens;
}

// A row printed with its cells between 「|」 (web pages flattened to text): the cells are
// positional, so an empty one stays empty instead of shifting the others. A row that ends
// early keeps the cells it has in their places (`wanted` is then more than returned); a last
// field cut off by the end of the text without a space after it may be a number cut in two
// and is not taken. Returns nothing when the row is not printed that way, or has more cells.
std::optional<std::vector<Token>> readPipeCells(const QString& original, const QString& text,
                                                qsizetype& pos, int wanted) {
    qsizetype at = pos;
    while (at < original.size() && original[at] != u'\n' && original[at].isSpace())
        ++at;
    if (at >= original.size() || !isSeparator(original[at]))
        return std::nullopt;
    qsizetype lineEnd = original.indexOf(u'\n', at);
    const bool cutOff = lineEnd < 0;
    if (lineEnd < 0)
        lineEnd = original.size();
    std::vector<Token> tokens;
    qsizetype fieldStart = at + 1;
    for (qsizetype i = at + 1; i <= lineEnd; ++i) {
        if (i < lineEnd && !isSeparator(original[i]))
            continue;
        const bool lastField = i == lineEnd;
        const QString field = text.mid(fieldStart, i - fieldStart).trimmed();
        const bool unfinished = lastField && cutOff && i > fieldStart && !original[i - 1].isSpace();
        if (!(lastField && field.isEmpty()) && !unfinished)
            tokens.push_back(fieldToken(field));
        fieldStart = i + 1;
    }
    if (tokens.empty() || int(tokens.size()) > wanted)
        return std::nullopt;
    pos = lineEnd;
    return tokens;
}

// A table printed one cell per line, each closed by 「|」, an empty cell a bare 「|」:
//   行政处罚 |
//   3 |
//   |
// The label's line must end right after it (with its own 「|」). Cells are read up to
// `wanted`, or to the end of the text; a line of another shape first means the row is not
// printed this way (nothing is returned), so that the other readers decide.
std::optional<std::vector<Token>> readCellPerLine(const QString& original, const QString& text,
                                                  qsizetype& pos, int wanted) {
    qsizetype at = pos;
    while (at < original.size() && original[at] != u'\n' && original[at].isSpace())
        ++at;
    if (at < original.size() && isSeparator(original[at]))
        ++at;
    while (at < original.size() && original[at] != u'\n' && original[at].isSpace())
        ++at;
    if (at >= original.size() || original[at] != u'\n')
        return std::nullopt;
    std::vector<Token> tokens;
    bool bareSeparator = false;
    qsizetype end = at;
    int blankLines = 0;
    qsizetype lineStart = at + 1;
    while (int(tokens.size()) < wanted && lineStart < original.size()) {
        qsizetype lineEnd = original.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = original.size();
        qsizetype first = lineStart;
        while (first < lineEnd && original[first].isSpace())
            ++first;
        qsizetype last = lineEnd;
        while (last > first && original[last - 1].isSpace())
            --last;
        if (first == last) { // a blank line between cells; a run of them ends the table
            if (++blankLines > 2)
                break;
            lineStart = lineEnd + 1;
            continue;
        }
        blankLines = 0;
        const QStringView line = QStringView(original).mid(first, last - first);
        if (!isSeparator(line.back()) || std::count_if(line.begin(), line.end(), isSeparator) != 1)
            break;
        const QString field = text.mid(first, line.size() - 1).trimmed();
        if (!field.isEmpty() && !isDigit(field.front()) && field.front() != u'/' &&
            !isDashLike(field.front()))
            break; // the next label
        bareSeparator = bareSeparator || field.isEmpty();
        tokens.push_back(fieldToken(field));
        end = lineEnd;
        lineStart = lineEnd + 1;
    }
    // Without a bare separator the other readers read the same cells.
    if (!bareSeparator || tokens.empty())
        return std::nullopt;
    const bool textEnds = lineStart >= original.size();
    if (int(tokens.size()) != wanted && !textEnds)
        return std::nullopt;
    pos = end;
    return tokens;
}

} // namespace nianbao::printedtext
