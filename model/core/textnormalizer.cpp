#include "model/core/textnormalizer.h"

namespace nianbao {

namespace {

bool isDash(char16_t u) {
    switch (u) {
    case u'\u2010': // hyphen
    case u'\u2011': // non-breaking hyphen
    case u'\u2012': // figure dash
    case u'\u2013': // en dash
    case u'\u2014': // em dash
    case u'\u2015': // horizontal bar
    case u'\u2212': // minus sign
    case u'\u2500': // box drawings light horizontal, printed for a dash by some PDFs
    case u'\u2501': // box drawings heavy horizontal
    case u'\uFE58': // small em dash
    case u'\uFE63': // small hyphen-minus
    case u'\uFF0D': // full-width hyphen-minus
        return true;
    default:
        return false;
    }
}

// The blocks whose compatibility decomposition is the character a reader sees.
bool hasReaderVisibleDecomposition(char16_t u) {
    return (u >= 0xFF01 && u <= 0xFFEE) || // half-width and full-width forms
           (u >= 0x2F00 && u <= 0x2FD5) || // Kangxi radicals
           (u >= 0xF900 && u <= 0xFAFF);   // CJK compatibility ideographs
}

} // namespace

bool isInvisibleFormatting(QChar c) {
    switch (c.unicode()) {
    case u'\u00AD': // soft hyphen
    case u'\u200B': // zero-width space
    case u'\u200C': // zero-width non-joiner
    case u'\u200D': // zero-width joiner
    case u'\u200E': // left-to-right mark
    case u'\u200F': // right-to-left mark
    case u'\u2060': // word joiner
    case u'\uFEFF': // byte-order mark, zero-width no-break space
        return true;
    default:
        return false;
    }
}

QChar normalizedChar(QChar c) {
    const char16_t u = c.unicode();
    // ASCII, and the CJK ideographs that make up most of a report: nothing to map.
    if (u < 0x80 || (u >= 0x3400 && u <= 0xF8FF))
        return c;
    if (isDash(u))
        return QChar(u'-');
    if (c.category() == QChar::Separator_Space)
        return QChar(u' ');
    if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII: what NFKC gives, without its cost
        return QChar(char16_t(u - 0xFEE0));
    if (hasReaderVisibleDecomposition(u)) {
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KC);
        if (decomposed.size() == 1)
            return decomposed.front();
    }
    return c;
}

QString normalizedText(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isInvisibleFormatting(c))
            out.append(normalizedChar(c));
    }
    return out;
}

} // namespace nianbao
