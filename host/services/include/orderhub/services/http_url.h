// Splitting an absolute http:// or https:// URL into what the HTTP client needs.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace orderhub::services {

struct HttpUrl {
  std::string scheme;  // "http" or "https", lower-case
  std::string host;    // without brackets for an IPv6 literal
  int port = 0;        // explicit, or 80 / 443 from the scheme
  std::string target;  // path and query, at least "/"; the fragment is dropped
};

// Thrown by parse_http_url with a message saying what is wrong (never the whole URL, which may
// carry a secret in its query).
class InvalidUrl : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

HttpUrl parse_http_url(std::string_view url);

}  // namespace orderhub::services
