// Text from outside (order titles, addresses, notes) turned into code points that are safe to
// draw: invalid UTF-8 becomes U+FFFD, control characters are dropped or become spaces, and
// everything the plugins then do with text works on whole code points, never on bytes.
#ifndef ORDERHUB_INVOICES_UTF8_TEXT_H
#define ORDERHUB_INVOICES_UTF8_TEXT_H

#include <string>
#include <string_view>

namespace orderhub::invoices {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// Decodes text, replacing every invalid or overlong sequence, surrogate and out-of-range value
// with one U+FFFD, tabs and other whitespace controls with a space (newlines are kept), and
// dropping the other control characters.
std::u32string decode_utf8(std::string_view text);

// text with every invalid UTF-8 sequence replaced by U+FFFD and nothing else changed, so a
// request with broken bytes inside its strings still parses as JSON. changed tells whether any
// byte was replaced.
std::string repair_utf8(std::string_view text, bool& changed);
std::string repair_utf8(std::string_view text);

// Encodes code points as UTF-8 (each is assumed valid: decode_utf8's output).
std::string encode_utf8(std::u32string_view text);
void append_utf8(std::string& output, char32_t code_point);

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_UTF8_TEXT_H
