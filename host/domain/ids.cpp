// ids.cpp: validation of account ids and channel order ids.
#include "domain/ids.h"

namespace orderhub::domain {
namespace {

bool is_lowercase_letter_or_digit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

}  // namespace

Result<AccountId> AccountId::parse(std::string_view text) {
  bool valid = !text.empty() && text.size() <= 64 && is_lowercase_letter_or_digit(text.front());
  for (char c : text) {
    valid = valid && (is_lowercase_letter_or_digit(c) || c == '_' || c == '-');
  }
  if (!valid) {
    return Error{"account id " + quoted(text) +
                 " must be 1 to 64 characters of a-z, 0-9, '_' and '-', starting with a letter or "
                 "digit"};
  }
  return AccountId(std::string(text));
}

Result<ChannelOrderId> ChannelOrderId::parse(std::string_view text) {
  if (text.empty()) {
    return Error{"channel order id is empty"};
  }
  if (text.size() > 255) {
    return Error{"channel order id " + quoted(text.substr(0, 40)) + "... is longer than 255 bytes"};
  }
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      return Error{"channel order id " + quoted(text) + " contains a control character"};
    }
  }
  return ChannelOrderId(std::string(text));
}

}  // namespace orderhub::domain
