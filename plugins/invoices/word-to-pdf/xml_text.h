// Text from outside (order values, template names) made safe for a WordprocessingML part.
#ifndef ORDERHUB_WORD_TO_PDF_XML_TEXT_H
#define ORDERHUB_WORD_TO_PDF_XML_TEXT_H

#include <string>
#include <string_view>

namespace orderhub::word_to_pdf {

// text with invalid UTF-8 repaired (invoices::repair_utf8: one U+FFFD per invalid byte) and
// without the characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage
// return; U+FFFE, U+FFFF), which would make the part unreadable.
std::string xml_safe_text(std::string_view text);

}  // namespace orderhub::word_to_pdf

#endif  // ORDERHUB_WORD_TO_PDF_XML_TEXT_H
