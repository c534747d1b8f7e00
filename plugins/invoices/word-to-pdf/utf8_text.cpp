#include "utf8_text.h"

#include <cstddef>
#include <cstdint>

namespace orderhub::word_to_pdf {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// The length of the valid UTF-8 sequence at text[position], or 0 when it is not valid.
std::size_t valid_sequence_length(std::string_view text, std::size_t position) {
  const auto byte = [&](std::size_t index) {
    return static_cast<std::uint8_t>(text[position + index]);
  };
  const std::uint8_t lead = byte(0);
  if (lead < 0x80) {
    return 1;
  }
  std::size_t length = 0;
  std::uint32_t code_point = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0Fu;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07u;
  } else {
    return 0;
  }
  if (position + length > text.size()) {
    return 0;
  }
  for (std::size_t index = 1; index < length; ++index) {
    if ((byte(index) & 0xC0u) != 0x80u) {
      return 0;
    }
    code_point = (code_point << 6) | (byte(index) & 0x3Fu);
  }
  const bool overlong =
      (length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000);
  const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (overlong || surrogate || code_point > 0x10FFFF) {
    return 0;
  }
  return length;
}

}  // namespace

std::string sanitise_utf8(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  std::size_t position = 0;
  while (position < text.size()) {
    const std::size_t length = valid_sequence_length(text, position);
    if (length == 0) {
      result += kReplacement;
      ++position;
    } else {
      result.append(text, position, length);
      position += length;
    }
  }
  return result;
}

std::string xml_safe_text(std::string_view text) {
  const std::string valid = sanitise_utf8(text);
  std::string result;
  result.reserve(valid.size());
  for (std::size_t position = 0; position < valid.size(); ++position) {
    const auto byte = static_cast<std::uint8_t>(valid[position]);
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
      continue;
    }
    // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
    if (byte == 0xEF && position + 2 < valid.size() && valid[position + 1] == '\xBF' &&
        (valid[position + 2] == '\xBE' || valid[position + 2] == '\xBF')) {
      position += 2;
      continue;
    }
    result += valid[position];
  }
  return result;
}

}  // namespace orderhub::word_to_pdf
