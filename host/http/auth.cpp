// auth.cpp: bearer token comparison in constant time.
#include "http/auth.h"

#include <cctype>
#include <cstddef>

namespace orderhub::http {

bool constant_time_equal(std::string_view a, std::string_view b) {
  // Always walk the expected length, so a short guess costs as long as a long one.
  unsigned char difference = a.size() == b.size() ? 0 : 1;
  for (std::size_t index = 0; index < b.size(); ++index) {
    const unsigned char left = index < a.size() ? static_cast<unsigned char>(a[index]) : 0;
    difference |= static_cast<unsigned char>(left ^ static_cast<unsigned char>(b[index]));
  }
  return difference == 0;
}

bool bearer_token_matches(std::string_view header, std::string_view token) {
  constexpr std::string_view scheme = "bearer ";
  if (header.size() < scheme.size() || token.empty()) {
    return false;
  }
  for (std::size_t index = 0; index < scheme.size(); ++index) {
    if (std::tolower(static_cast<unsigned char>(header[index])) != scheme[index]) {
      return false;
    }
  }
  return constant_time_equal(header.substr(scheme.size()), token);
}

}  // namespace orderhub::http
