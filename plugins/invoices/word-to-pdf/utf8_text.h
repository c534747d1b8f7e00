// Text from outside (order values, template names) made safe for a WordprocessingML part.
#ifndef ORDERHUB_WORD_TO_PDF_UTF8_TEXT_H
#define ORDERHUB_WORD_TO_PDF_UTF8_TEXT_H

#include <string>
#include <string_view>

namespace orderhub::word_to_pdf {

// text with every invalid UTF-8 sequence (stray bytes, overlongs, surrogates, code points past
// U+10FFFF, truncated sequences) replaced by U+FFFD. Valid text comes back unchanged.
std::string sanitise_utf8(std::string_view text);

// sanitise_utf8, then without the characters XML 1.0 forbids (C0 controls other than tab, line
// feed and carriage return; U+FFFE, U+FFFF), which would make the part unreadable.
std::string xml_safe_text(std::string_view text);

}  // namespace orderhub::word_to_pdf

#endif  // ORDERHUB_WORD_TO_PDF_UTF8_TEXT_H
