#include "xml_text.h"

#include <cstddef>
#include <cstdint>

#include "utf8_text.h"

namespace orderhub::word_to_pdf {

std::string xml_safe_text(std::string_view text) {
  const std::string valid = invoices::repair_utf8(text);
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
