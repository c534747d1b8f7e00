// orderhub/sdk/http_errors.h: turning a channel's non-2xx HTTP answer into an Error whose status
// tells the host what to do next: retry later (429, 408, 5xx), ask the operator for new
// credentials (401, 403), or give up on this request (other 4xx).
#ifndef ORDERHUB_SDK_HTTP_ERRORS_H
#define ORDERHUB_SDK_HTTP_ERRORS_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "detail/url.h"
#include "detail/utf8.h"
#include "error.h"
#include "http.h"

namespace orderhub::sdk {

// How many bytes of the response body an error message quotes.
inline constexpr std::size_t http_error_body_quote_bytes = 200;

// The status a non-2xx HTTP status code stands for.
constexpr Status status_for_http(std::int32_t status_code) noexcept {
  if (status_code == 429)
    return Status::RESOURCE_EXHAUSTED;
  if (status_code == 408 || (status_code >= 500 && status_code <= 599))
    return Status::UNAVAILABLE;
  if (status_code == 401)
    return Status::UNAUTHENTICATED;
  if (status_code == 403)
    return Status::PERMISSION_DENIED;
  if (status_code == 404)
    return Status::NOT_FOUND;
  // The request was understood but the resource is not in a state that allows it.
  if (status_code == 409 || status_code == 412 || status_code == 423 || status_code == 428) {
    return Status::FAILED_PRECONDITION;
  }
  if (status_code >= 400 && status_code <= 499)
    return Status::INVALID_ARGUMENT;
  if (status_code >= 200 && status_code <= 299)
    return Status::OK;
  return Status::UNKNOWN;
}

namespace detail {

// The start of body for a message: at most http_error_body_quote_bytes bytes, whole UTF-8
// sequences only, malformed bytes and control characters shown as '?' and ' ', every secret
// replaced by "***" (before cutting, so that no part of a secret survives at the edge).
inline std::string quote_body(std::string_view body, const std::vector<std::string>& secrets) {
  std::string masked(body);
  for (const std::string& secret : secrets) {
    if (secret.empty()) {
      continue;
    }
    for (std::size_t at = masked.find(secret); at != std::string::npos;
         at = masked.find(secret, at + 3)) {
      masked.replace(at, secret.size(), "***");
    }
  }
  for (char& letter : masked) {
    const auto byte = static_cast<unsigned char>(letter);
    if (byte < 0x20 || byte == 0x7F) {
      letter = ' ';
    }
  }
  char buffer[http_error_body_quote_bytes + 1];
  std::size_t used = 0;
  const bool complete = append_utf8(buffer, sizeof(buffer), &used, masked);
  std::string quote(buffer, used);
  if (!complete) {
    quote += "...";
  }
  return quote;
}

}  // namespace detail

// An Error for a response that is not 2xx: "POST /api/orders answered HTTP 429: <body start>",
// with the status from status_for_http and, when that status is retryable, the response's
// Retry-After hint. The URL appears as its path only; secrets found in the body are masked.
inline Error http_error(std::string_view method, std::string_view url, const HttpResponse& response,
                        const std::vector<std::string>& secrets = {}) {
  Status status = status_for_http(response.status_code);
  if (status == Status::OK) {
    status = Status::UNKNOWN;
  }
  std::string message(method);
  message += ' ';
  message += detail::url_path(url);
  message += " answered HTTP ";
  message += std::to_string(response.status_code);
  const std::string quote = detail::quote_body(response.body, secrets);
  if (!quote.empty()) {
    message += ": ";
    message += quote;
  }
  return Error(status, message, is_retryable(status) ? response.retry_after_ms : 0);
}

// Throws http_error(...) unless the response is 2xx.
inline void ensure_success(const HttpRequest& request, const HttpResponse& response) {
  if (!response.is_success()) {
    throw http_error(request.method, request.url, response, request.secrets);
  }
}

}  // namespace orderhub::sdk

#endif  // ORDERHUB_SDK_HTTP_ERRORS_H
