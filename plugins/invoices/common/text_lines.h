// Line breaking on code points: libharu's own measuring can cut a UTF-8 sequence in half, so the
// plugins break lines themselves, at spaces when a word fits and anywhere between two code
// points when it does not (CJK text has no spaces; a 10,000-character name has none either).
#ifndef ORDERHUB_INVOICES_TEXT_LINES_H
#define ORDERHUB_INVOICES_TEXT_LINES_H

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "font_set.h"

namespace orderhub::invoices {

// Longer values are cut here and end with an ellipsis: what no invoice needs must not cost
// minutes of drawing.
inline constexpr std::size_t kMaximumFieldLength = 20000;

// text (already decoded) cut to kMaximumFieldLength code points.
std::u32string bounded(std::u32string text);

// The lines text takes at most width points wide; '\n' always starts a new line. Never empty.
std::vector<std::u32string> wrap_lines(FontSet& fonts, std::u32string_view text, Weight weight,
                                       double size, double width);

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_TEXT_LINES_H
