// A deliberately small URL parser: scheme, authority (host and port), and the rest as the target.
// Credentials in the URL are refused: they would end up in logs; plugins send headers instead.
#include "orderhub/services/http_url.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "text.h"

namespace orderhub::services {
namespace {

int parse_port(std::string_view text) {
  int port = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), port);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || port < 1 ||
      port > 65535) {
    throw InvalidUrl("URL port \"" + std::string(text) + "\" is not a number from 1 to 65535");
  }
  return port;
}

}  // namespace

HttpUrl parse_http_url(std::string_view url) {
  const std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) {
    throw InvalidUrl("URL is not absolute (no \"scheme://\")");
  }
  HttpUrl result;
  result.scheme = lower_case(url.substr(0, scheme_end));
  if (result.scheme != "http" && result.scheme != "https") {
    throw InvalidUrl("URL scheme \"" + result.scheme + "\" is not supported (use http or https)");
  }
  if (std::any_of(url.begin(), url.end(),
                  [](unsigned char character) { return character <= 0x20 || character == 0x7F; })) {
    throw InvalidUrl("URL contains a space or a control character");
  }

  const std::string_view rest = url.substr(scheme_end + 3);
  const std::size_t authority_end = rest.find_first_of("/?#");
  const std::string_view authority = rest.substr(0, authority_end);
  std::string_view target =
      authority_end == std::string_view::npos ? std::string_view() : rest.substr(authority_end);
  target = target.substr(0, target.find('#'));

  if (authority.find('@') != std::string_view::npos) {
    throw InvalidUrl("URL carries credentials before '@'; send them in a header instead");
  }
  std::string_view host = authority;
  std::string_view port_text;
  if (authority.starts_with('[')) {
    const std::size_t closing = authority.find(']');
    if (closing == std::string_view::npos) {
      throw InvalidUrl("URL has an IPv6 address without a closing ']'");
    }
    host = authority.substr(1, closing - 1);
    const std::string_view after = authority.substr(closing + 1);
    if (!after.empty()) {
      if (!after.starts_with(':')) {
        throw InvalidUrl("URL has characters after the IPv6 address that are not a port");
      }
      port_text = after.substr(1);
      result.port = parse_port(port_text);
    }
  } else if (const std::size_t colon = authority.rfind(':'); colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    result.port = parse_port(authority.substr(colon + 1));
  }
  if (host.empty()) {
    throw InvalidUrl("URL has no host");
  }
  result.host = lower_case(host);
  if (result.port == 0) {
    result.port = result.scheme == "https" ? 443 : 80;
  }
  if (target.empty()) {
    result.target = "/";
  } else if (target.starts_with('?')) {
    result.target = "/" + std::string(target);
  } else {
    result.target = std::string(target);
  }
  return result;
}

}  // namespace orderhub::services
