// HTTP Basic decoding; see basic_auth.h.
#include "core/basic_auth.h"

#include <cstdint>

namespace orderhub::sandbox {
namespace {

int base64_digit(char character) {
  if (character >= 'A' && character <= 'Z')
    return character - 'A';
  if (character >= 'a' && character <= 'z')
    return character - 'a' + 26;
  if (character >= '0' && character <= '9')
    return character - '0' + 52;
  if (character == '+')
    return 62;
  if (character == '/')
    return 63;
  return -1;
}

std::optional<std::string> decode_base64(std::string_view text) {
  while (!text.empty() && text.back() == '=') {
    text.remove_suffix(1);
  }
  std::string decoded;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (const char character : text) {
    const int digit = base64_digit(character);
    if (digit < 0) {
      return std::nullopt;
    }
    buffer = (buffer << 6) | static_cast<std::uint32_t>(digit);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      decoded.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return decoded;
}

bool starts_with_scheme(std::string_view header_value, std::string_view scheme) {
  if (header_value.size() <= scheme.size()) {
    return false;
  }
  for (std::size_t index = 0; index < scheme.size(); ++index) {
    const char lower = static_cast<char>(header_value[index] | 0x20);
    if (lower != scheme[index]) {
      return false;
    }
  }
  return header_value[scheme.size()] == ' ';
}

}  // namespace

std::optional<BasicCredentials> parse_basic_authorization(std::string_view header_value) {
  if (!starts_with_scheme(header_value, "basic")) {
    return std::nullopt;
  }
  std::string_view payload = header_value.substr(6);
  while (!payload.empty() && payload.front() == ' ') {
    payload.remove_prefix(1);
  }
  const auto decoded = decode_base64(payload);
  if (!decoded) {
    return std::nullopt;
  }
  const std::size_t colon = decoded->find(':');
  if (colon == std::string::npos) {
    return std::nullopt;
  }
  return BasicCredentials{decoded->substr(0, colon), decoded->substr(colon + 1)};
}

}  // namespace orderhub::sandbox
