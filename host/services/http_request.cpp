// Reading and checking the plugin's request struct: method, URL, header lines, body, secrets.
#include "http_request.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "orderhub/services/abi_structs.h"
#include "text.h"

namespace orderhub::services {
namespace {

constexpr std::array<std::string_view, 5> kMethods = {"GET", "POST", "PUT", "PATCH", "DELETE"};
// A request's secret list is a handful of strings; the bound stops a missing NULL terminator.
constexpr std::size_t kMaximumSecrets = 64;

bool is_token_character(char character) {
  return std::isalnum(static_cast<unsigned char>(character)) ||
         std::strchr("!#$%&'*+-.^_`|~", character) != nullptr;
}

// "Name: value\r\n" lines. A malformed line is named by its number, never shown: it may hold a key.
std::vector<std::pair<std::string, std::string>> parse_header_lines(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> headers;
  std::size_t line_number = 0;
  while (!text.empty()) {
    ++line_number;
    const std::size_t line_end = text.find('\n');
    std::string_view line = text.substr(0, line_end);
    text = line_end == std::string_view::npos ? std::string_view() : text.substr(line_end + 1);
    if (line.ends_with('\r')) {
      line.remove_suffix(1);
    }
    if (line.empty()) {
      continue;
    }
    const std::size_t colon = line.find(':');
    const std::string_view name = colon == std::string_view::npos ? line : line.substr(0, colon);
    if (colon == std::string_view::npos || name.empty() ||
        !std::all_of(name.begin(), name.end(), is_token_character)) {
      throw InvalidHttpRequest("headers: line " + std::to_string(line_number) +
                               " is not \"Name: value\"");
    }
    const std::string_view value = trimmed(line.substr(colon + 1));
    if (value.find('\r') != std::string_view::npos) {
      throw InvalidHttpRequest("headers: line " + std::to_string(line_number) +
                               " has a carriage return inside its value");
    }
    headers.emplace_back(std::string(name), std::string(value));
  }
  return headers;
}

}  // namespace

HttpRequest read_http_request(const orderhub_http_request* request,
                              std::chrono::milliseconds default_timeout) {
  orderhub_http_request fields;
  std::uint32_t declared_size = 0;
  if (!copy_versioned_struct(request, ORDERHUB_V1_SIZE(orderhub_http_request, secrets), fields,
                             &declared_size)) {
    throw InvalidHttpRequest(
        request == nullptr ? std::string("request is NULL")
                           : "request struct_size " + std::to_string(declared_size) +
                                 " is smaller than the v1 size " +
                                 std::to_string(ORDERHUB_V1_SIZE(orderhub_http_request, secrets)));
  }
  HttpRequest result;
  if (fields.method == nullptr) {
    throw InvalidHttpRequest("method is NULL");
  }
  result.method = fields.method;
  if (std::find(kMethods.begin(), kMethods.end(), result.method) == kMethods.end()) {
    throw InvalidHttpRequest("method \"" + result.method.substr(0, 16) +
                             "\" is not GET, POST, PUT, PATCH or DELETE");
  }
  if (fields.url == nullptr) {
    throw InvalidHttpRequest("url is NULL");
  }
  result.url = fields.url;
  if (fields.secrets != nullptr) {
    for (std::size_t index = 0; fields.secrets[index] != nullptr; ++index) {
      if (index == kMaximumSecrets) {
        throw InvalidHttpRequest("secrets: more than 64 entries (is the list NULL-terminated?)");
      }
      result.secrets.emplace_back(fields.secrets[index]);
    }
  }
  try {
    result.parsed_url = parse_http_url(result.url);
  } catch (const InvalidUrl& problem) {
    throw InvalidHttpRequest(std::string("url: ") + problem.what());
  }
  if (fields.headers != nullptr) {
    result.headers = parse_header_lines(fields.headers);
  }
  if (fields.body == nullptr && fields.body_size != 0) {
    throw InvalidHttpRequest("body is NULL but body_size is " + std::to_string(fields.body_size));
  }
  if (fields.body != nullptr) {
    result.body = std::string_view(fields.body, fields.body_size);
  }
  result.timeout =
      fields.timeout_ms != 0 ? std::chrono::milliseconds(fields.timeout_ms) : default_timeout;
  return result;
}

}  // namespace orderhub::services
