// The Smart Bargains REST client, built on the host's HTTP service: bearer token, JSON in and out,
// an Idempotency-Key header on writes, and every non-2xx answer turned into an
// orderhub::sdk::Error whose status tells the host whether to retry (429, 5xx) or give up (4xx),
// quoting Smart Bargains' own {"error": {"code", "message"}}. The token travels in
// HttpRequest::secrets on every call and never appears in a message.
#ifndef ORDERHUB_PLUGINS_SMARTBARGAINS_SMARTBARGAINS_CLIENT_H
#define ORDERHUB_PLUGINS_SMARTBARGAINS_SMARTBARGAINS_CLIENT_H

#include <orderhub/sdk/http.h>

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "config.h"

namespace orderhub::smartbargains {

struct JsonReply {
  int status_code = 0;
  nlohmann::json body;  // parsed with parse_json_keeping_decimals: amounts stay exact text
  std::string text;     // the body as received
  bool replayed = false;  // "Idempotent-Replayed: true": the answer to an earlier, equal request
};

// A non-2xx answer whose {"error": {"code"}} a write call handles itself (e.g. a 409 for a
// cancelled order); every other failure is an sdk::Error.
struct ChannelRefusal {
  int status_code = 0;
  std::string code;     // Smart Bargains' error code, e.g. "ORDER_CANCELLED"; may be empty
  std::string message;  // its message
};

class SmartBargainsClient {
 public:
  SmartBargainsClient(sdk::Http http, const SmartBargainsConfig& config);

  // GET base_url + path_and_query. Throws sdk::Error for a non-2xx answer, and UNAVAILABLE for a
  // 2xx answer whose body is not JSON (a cut-off reply: worth retrying).
  JsonReply get(const std::string& path_and_query) const;

  // POST body as JSON with "Idempotency-Key: <idempotency_key>". A 409 is returned in refusal
  // (and the reply's status_code is 409) so the caller can decide; any other non-2xx throws.
  JsonReply post(const std::string& path, const nlohmann::json& body,
                 const std::string& idempotency_key, ChannelRefusal& refusal) const;

 private:
  sdk::HttpRequest request(std::string_view method, const std::string& path) const;

  sdk::Http http_;
  std::string base_url_;
  std::string token_;
  std::chrono::milliseconds timeout_;
};

// The refusal in a Smart Bargains error body: {"error": {"code": "...", "message": "..."}}.
ChannelRefusal refusal_of(const sdk::HttpResponse& response);

// The Error for a non-2xx answer: sdk::http_error()'s status and Retry-After, with the body
// replaced by Smart Bargains' "CODE: message" when it has one.
sdk::Error smartbargains_http_error(const sdk::HttpRequest& request,
                                    const sdk::HttpResponse& response);

// "SB 100/7" -> "SB%20100%2F7": a purchase order number as one path segment.
std::string path_segment(std::string_view text);

}  // namespace orderhub::smartbargains

#endif  // ORDERHUB_PLUGINS_SMARTBARGAINS_SMARTBARGAINS_CLIENT_H
