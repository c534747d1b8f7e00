// Decoding of HTTP Basic credentials, shared by every channel that authenticates this way.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace orderhub::sandbox {

struct BasicCredentials {
  std::string user;
  std::string password;
};

// Parses an `Authorization` header value ("Basic <base64(user:password)>"); nullopt when the
// scheme is not Basic or the payload is not valid base64 with a colon.
std::optional<BasicCredentials> parse_basic_authorization(std::string_view header_value);

}  // namespace orderhub::sandbox
