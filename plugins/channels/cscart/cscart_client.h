// The CS-Cart REST client, built on the host's HTTP service: HTTP Basic with the admin e-mail and
// API key, JSON in and out, and every non-2xx answer turned into an orderhub::sdk::Error whose
// status tells the host whether to retry (429, 5xx) or give up (4xx), quoting CS-Cart's own
// {"message"}. The API key travels in HttpRequest::secrets on every call and never appears in a
// message.
#ifndef ORDERHUB_PLUGINS_CSCART_CSCART_CLIENT_H
#define ORDERHUB_PLUGINS_CSCART_CSCART_CLIENT_H

#include <orderhub/sdk/http.h>

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "config.h"

namespace orderhub::cscart {

struct JsonReply {
  int status_code = 0;
  nlohmann::json body;  // parsed with parse_json_keeping_decimals: amounts stay exact text
  std::string text;     // the body as received
};

class CscartClient {
 public:
  CscartClient(sdk::Http http, const CscartConfig& config);

  // GET base_url + path_and_query ("/api/orders?page=1"). Throws sdk::Error for a non-2xx answer,
  // and UNAVAILABLE for a 2xx answer whose body is not JSON (a cut-off reply: worth retrying).
  JsonReply get(const std::string& path_and_query) const;

  // The same, but nullopt for 404 (the order is gone).
  std::optional<JsonReply> get_unless_not_found(const std::string& path_and_query) const;

  // PUT or POST body as JSON. Throws sdk::Error for a non-2xx answer; a 2xx body that is not JSON
  // is returned as a null body (the write happened).
  JsonReply send(std::string_view method, const std::string& path,
                 const nlohmann::json& body) const;

 private:
  enum class NotFound { error, empty };
  std::optional<JsonReply> read(const std::string& path_and_query, NotFound not_found) const;
  sdk::HttpRequest request(std::string_view method, const std::string& path) const;
  sdk::HttpResponse exchange(const sdk::HttpRequest& request) const;

  sdk::Http http_;
  std::string base_url_;
  std::string authorization_;  // "Basic <base64(email:api_key)>"
  std::string api_key_;
  std::string encoded_credentials_;
  std::chrono::milliseconds timeout_;
};

// RFC 4648 base64 with padding, for the Basic credentials.
std::string base64_encode(std::string_view bytes);

// The Error for a non-2xx answer: sdk::http_error()'s status and Retry-After, with the body
// replaced by CS-Cart's {"message": ...} when it has one, so the operator reads
// `GET /cscart/api/orders answered HTTP 401: Invalid e-mail or API key` instead of raw JSON.
sdk::Error cscart_http_error(const sdk::HttpRequest& request, const sdk::HttpResponse& response);

}  // namespace orderhub::cscart

#endif  // ORDERHUB_PLUGINS_CSCART_CSCART_CLIENT_H
