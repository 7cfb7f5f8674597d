#pragma once

#include <QString>

namespace nianbao {

// The one normalisation of text that a user types, pastes or imports, so that the editor, the
// clipboard and the importer agree on what a digit, a dash, a space or a separator is:
// - full-width and half-width forms become their ordinary forms (１２ → 12, （ → (, ｜ → |,
//   ／ → /, ， → ,), by Unicode's compatibility decomposition (NFKC) of that block;
// - every space (no-break, ideographic, thin…) becomes an ASCII space;
// - every dash (－ — – ‐ ‑ ‒ − ─ ━) becomes 「-」: NFKC maps none of them;
// - Kangxi radicals and CJK compatibility ideographs that PDFs print for ordinary characters
//   (⼀ for 一) become the ordinary character;
// - invisible formatting (zero-width spaces and joiners, soft hyphens, byte-order marks,
//   word joiners) is dropped.
// Chinese punctuation without a half-width form (。、“”) is kept.

// True for the invisible characters that are dropped.
bool isInvisibleFormatting(QChar c);

// One character's normal form (invisible formatting is returned unchanged: use
// isInvisibleFormatting() to drop it).
QChar normalizedChar(QChar c);

// The text in normal form, invisible formatting dropped.
QString normalizedText(QStringView text);

} // namespace nianbao
