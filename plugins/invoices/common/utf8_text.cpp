// Strict UTF-8 decoding (RFC 3629): a byte that does not start or continue a valid sequence
// is one U+FFFD, so a hostile byte string can never reach libharu as a broken sequence.
#include "utf8_text.h"

#include <cstddef>
#include <cstdint>
#include <utility>

namespace orderhub::invoices {
namespace {

// The length of the sequence starting with lead, 0 when lead cannot start one.
std::size_t sequence_length(std::uint8_t lead) {
  if (lead < 0x80)
    return 1;
  if (lead >= 0xC2 && lead <= 0xDF)
    return 2;
  if (lead >= 0xE0 && lead <= 0xEF)
    return 3;
  if (lead >= 0xF0 && lead <= 0xF4)
    return 4;
  return 0;
}

bool is_continuation(std::uint8_t byte) {
  return (byte & 0xC0) == 0x80;
}

void append_visible(std::u32string& output, char32_t code_point) {
  if (code_point == '\n') {
    output.push_back('\n');
  } else if (code_point == '\t' || code_point == '\r' || code_point == 0x0B || code_point == 0x0C) {
    output.push_back(' ');
  } else if (code_point < 0x20 || (code_point >= 0x7F && code_point < 0xA0)) {
    return;  // other control characters have no glyph and no meaning on paper
  } else {
    output.push_back(code_point);
  }
}

// Decodes the sequence at index: its code point and length, or length 0 when it is invalid.
std::pair<char32_t, std::size_t> decode_one(std::string_view text, std::size_t index) {
  const auto lead = static_cast<std::uint8_t>(text[index]);
  const std::size_t length = sequence_length(lead);
  if (length == 0 || index + length > text.size()) {
    return {0, 0};
  }
  if (length == 1) {
    return {lead, 1};
  }
  char32_t code_point = lead & (0x7F >> length);
  for (std::size_t offset = 1; offset < length; ++offset) {
    const auto byte = static_cast<std::uint8_t>(text[index + offset]);
    if (!is_continuation(byte)) {
      return {0, 0};
    }
    code_point = (code_point << 6) | (byte & 0x3F);
  }
  const bool overlong =
      (length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000);
  const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (overlong || surrogate || code_point > 0x10FFFF) {
    return {0, 0};
  }
  return {code_point, length};
}

}  // namespace

std::string repair_utf8(std::string_view text, bool& changed) {
  changed = false;
  std::string output;
  output.reserve(text.size());
  std::size_t index = 0;
  while (index < text.size()) {
    const auto [code_point, length] = decode_one(text, index);
    if (length == 0) {
      append_utf8(output, kReplacementCharacter);
      changed = true;
      ++index;  // resynchronise on the next byte
      continue;
    }
    output.append(text.substr(index, length));
    index += length;
  }
  return output;
}

std::string repair_utf8(std::string_view text) {
  bool changed = false;
  return repair_utf8(text, changed);
}

std::u32string decode_utf8(std::string_view text) {
  std::u32string output;
  output.reserve(text.size());
  std::size_t index = 0;
  while (index < text.size()) {
    const auto [code_point, length] = decode_one(text, index);
    if (length == 0) {
      output.push_back(kReplacementCharacter);
      ++index;  // resynchronise on the next byte
      continue;
    }
    append_visible(output, code_point);
    index += length;
  }
  return output;
}

void append_utf8(std::string& output, char32_t code_point) {
  if (code_point < 0x80) {
    output.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    output.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    output.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    output.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    output.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    output.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    output.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    output.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    output.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    output.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

std::string encode_utf8(std::u32string_view text) {
  std::string output;
  output.reserve(text.size());
  for (const char32_t code_point : text) {
    append_utf8(output, code_point);
  }
  return output;
}

}  // namespace orderhub::invoices
