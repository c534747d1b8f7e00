// orderhub/sdk/detail/utf8.h: copying text into a fixed-size C buffer without ever producing
// invalid UTF-8. Messages cross the ABI as NUL-terminated UTF-8 in caller-owned buffers; a message
// cut in the middle of a multi-byte sequence, or carrying a channel's binary garbage, would be
// invalid text in the operator's log and in JSON.
#ifndef ORDERHUB_SDK_DETAIL_UTF8_H
#define ORDERHUB_SDK_DETAIL_UTF8_H

#include <cstddef>
#include <string_view>

namespace orderhub::sdk::detail {

// The length of the well-formed UTF-8 sequence at the start of text (1 to 4), or 0 when the first
// bytes are not one (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, cut
// short). A NUL byte counts as malformed: it would end the C string early.
constexpr std::size_t utf8_sequence_length(std::string_view text) noexcept {
  if (text.empty()) {
    return 0;
  }
  const auto byte = [&](std::size_t index) { return static_cast<unsigned char>(text[index]); };
  const unsigned char lead = byte(0);
  std::size_t length = 0;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
  if (lead == 0x00) {
    return 0;
  } else if (lead < 0x80) {
    return 1;
  } else if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0)
      second_min = 0xA0;  // overlong
    if (lead == 0xED)
      second_max = 0x9F;  // UTF-16 surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0)
      second_min = 0x90;  // overlong
    if (lead == 0xF4)
      second_max = 0x8F;  // beyond U+10FFFF
  } else {
    return 0;
  }
  if (text.size() < length || byte(1) < second_min || byte(1) > second_max) {
    return 0;
  }
  for (std::size_t index = 2; index < length; ++index) {
    if (byte(index) < 0x80 || byte(index) > 0xBF) {
      return 0;
    }
  }
  return length;
}

// Appends pieces of text to destination[*used...], replacing each malformed byte with '?', and
// stops before the first sequence that would not leave room for the terminating NUL within
// capacity. Returns false when something was cut off. Does not write the NUL.
inline bool append_utf8(char* destination, std::size_t capacity, std::size_t* used,
                        std::string_view text) noexcept {
  std::size_t position = 0;
  while (position < text.size()) {
    std::size_t length = utf8_sequence_length(text.substr(position));
    const bool malformed = length == 0;
    if (malformed) {
      length = 1;
    }
    if (*used + length + 1 > capacity) {
      return false;
    }
    for (std::size_t index = 0; index < length; ++index) {
      destination[*used + index] = malformed ? '?' : text[position + index];
    }
    *used += length;
    position += length;
  }
  return true;
}

}  // namespace orderhub::sdk::detail

#endif  // ORDERHUB_SDK_DETAIL_UTF8_H
