// orderhub/sdk/http.h: the host's HTTP client ("orderhub.http/1"). The host owns sockets, TLS,
// timeouts and request logging (with secrets masked); the plugin builds requests and reads answers.
#ifndef ORDERHUB_SDK_HTTP_H
#define ORDERHUB_SDK_HTTP_H

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../abi/services/http.h"
#include "detail/services.h"
#include "detail/url.h"
#include "detail/writers.h"

namespace orderhub::sdk {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
  // "GET", "POST", "PUT", "PATCH" or "DELETE".
  std::string method = "GET";
  // Absolute http:// or https:// URL.
  std::string url;
  HttpHeaders headers;
  std::string body;
  // Zero: the account's timeout, else the host default.
  std::chrono::milliseconds timeout{0};
  // Strings the host masks wherever it logs this request (API keys, tokens). The Authorization
  // header is always masked.
  std::vector<std::string> secrets;
};

struct HttpResponse {
  std::int32_t status_code = 0;
  // The Retry-After hint in milliseconds from now; 0 when the server gave none.
  std::uint32_t retry_after_ms = 0;
  // Names lower-cased by the host, in the order received.
  HttpHeaders headers;
  std::string body;

  bool is_success() const noexcept { return status_code >= 200 && status_code < 300; }

  // The value of the first header called name (compared without regard to case), if any.
  std::optional<std::string> header(std::string_view name) const {
    for (const auto& [header_name, value] : headers) {
      if (same_name(header_name, name)) {
        return value;
      }
    }
    return std::nullopt;
  }

 private:
  static bool same_name(std::string_view left, std::string_view right) noexcept {
    if (left.size() != right.size()) {
      return false;
    }
    for (std::size_t index = 0; index < left.size(); ++index) {
      const auto lower = [](char letter) {
        return letter >= 'A' && letter <= 'Z' ? static_cast<char>(letter - 'A' + 'a') : letter;
      };
      if (lower(left[index]) != lower(right[index])) {
        return false;
      }
    }
    return true;
  }
};

class Http {
 public:
  // Throws Error(FAILED_PRECONDITION) when the table is missing. Usually obtained as host.http().
  Http(const orderhub_host* host, const void* table)
      : host_(host),
        service_(detail::require_service<orderhub_http_service>(table, ORDERHUB_SERVICE_HTTP)) {
    if (service_.send == nullptr) {
      throw Error(Status::FAILED_PRECONDITION, "the host's orderhub.http/1 has no send function");
    }
  }

  // Sends one request and returns whatever HTTP response arrived, 2xx or not (see
  // http_errors.h to turn a non-2xx answer into an Error). Throws Error with the host's status
  // when no response arrived: UNAVAILABLE (connection failed or dropped), DEADLINE_EXCEEDED
  // (timeout), INVALID_ARGUMENT (malformed request). The host never retries.
  HttpResponse send(const HttpRequest& request) const {
    const std::string method = detail::c_string(request.method, "HTTP method");
    const std::string url = detail::c_string(request.url, "HTTP URL");
    const std::string headers = header_lines(request.headers);
    std::vector<std::string> secret_copies;
    std::vector<const char*> secrets;
    secret_copies.reserve(request.secrets.size());
    for (const std::string& secret : request.secrets) {
      secret_copies.push_back(detail::c_string(secret, "HTTP secret"));
      secrets.push_back(secret_copies.back().c_str());
    }
    secrets.push_back(nullptr);

    orderhub_http_request raw_request{};
    raw_request.struct_size = sizeof(raw_request);
    raw_request.timeout_ms = timeout_ms(request.timeout);
    raw_request.method = method.c_str();
    raw_request.url = url.c_str();
    raw_request.headers = headers.empty() ? nullptr : headers.c_str();
    raw_request.body = request.body.data();
    raw_request.body_size = request.body.size();
    raw_request.secrets = secrets.data();

    detail::StringWriter header_text;
    detail::StringWriter body;
    orderhub_http_response raw_response{};
    raw_response.struct_size = sizeof(raw_response);
    raw_response.headers = header_text.writer();
    raw_response.body = body.writer();

    orderhub_error error = detail::empty_error();
    const orderhub_status status = service_.send(host_, &raw_request, &raw_response, &error);
    detail::throw_unless_ok(status, error, "HTTP " + method + " " + detail::url_path(url));

    HttpResponse response;
    response.status_code = raw_response.status_code;
    response.retry_after_ms = raw_response.retry_after_ms;
    response.headers = parse_header_lines(header_text.take());
    response.body = body.take();
    return response;
  }

 private:
  // "Name: value\r\n" lines; refuses CR, LF and NUL, which would let one header smuggle another.
  // The message names the header, never its value, which may be a secret.
  static std::string header_lines(const HttpHeaders& headers) {
    std::string lines;
    for (const auto& [name, value] : headers) {
      const auto unsafe = [](std::string_view text) {
        return text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
      };
      if (name.empty() || unsafe(name) || name.find(':') != std::string::npos) {
        throw Error(Status::INVALID_ARGUMENT, "HTTP header name \"" + name + "\" is not valid");
      }
      if (unsafe(value)) {
        throw Error(Status::INVALID_ARGUMENT,
                    "HTTP header " + name + " has a value with CR, LF or NUL");
      }
      lines += name;
      lines += ": ";
      lines += value;
      lines += "\r\n";
    }
    return lines;
  }

  static HttpHeaders parse_header_lines(std::string_view text) {
    HttpHeaders headers;
    while (!text.empty()) {
      std::size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
      }
      const std::size_t colon = line.find(':');
      if (colon == std::string_view::npos) {
        continue;
      }
      std::string_view value = line.substr(colon + 1);
      while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) {
        value.remove_prefix(1);
      }
      headers.emplace_back(std::string(line.substr(0, colon)), std::string(value));
    }
    return headers;
  }

  static std::uint32_t timeout_ms(std::chrono::milliseconds timeout) {
    if (timeout.count() < 0) {
      throw Error(Status::INVALID_ARGUMENT, "HTTP timeout is negative");
    }
    if (timeout.count() > std::numeric_limits<std::uint32_t>::max()) {
      return std::numeric_limits<std::uint32_t>::max();
    }
    return static_cast<std::uint32_t>(timeout.count());
  }

  const orderhub_host* host_;
  orderhub_http_service service_;
};

}  // namespace orderhub::sdk

#endif  // ORDERHUB_SDK_HTTP_H
