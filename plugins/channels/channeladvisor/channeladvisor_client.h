// The ChannelAdvisor REST v1 client, built on the host's HTTP service: a Bearer token on every
// call (renewed once when the API answers 401 and the account uses the OAuth refresh), JSON in and
// out, and every non-2xx answer turned into an sdk::Error whose status tells the host whether to
// retry (429, 5xx) or give up (4xx), quoting ChannelAdvisor's own {"error": {"message"}}.
#ifndef ORDERHUB_PLUGINS_CHANNELADVISOR_CHANNELADVISOR_CLIENT_H
#define ORDERHUB_PLUGINS_CHANNELADVISOR_CHANNELADVISOR_CLIENT_H

#include <orderhub/sdk/http.h>

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "access_token.h"
#include "config.h"

namespace orderhub::channeladvisor {

struct JsonReply {
  int status_code = 0;
  nlohmann::json body;  // parsed keeping decimals as text; null when there was no JSON body
  std::string text;     // the body as received
};

class ChannelAdvisorClient {
 public:
  ChannelAdvisorClient(sdk::Http http, AccessTokens tokens, const ChannelAdvisorConfig& config);

  // GET base_url + path_and_query, or an absolute URL that starts with base_url (an
  // @odata.nextLink). Throws sdk::Error for a non-2xx answer, and UNAVAILABLE for a 2xx answer
  // whose body is not JSON (a cut-off reply: worth retrying).
  JsonReply get(const std::string& path_or_url);

  // POST body (JSON text) to base_url + path. A non-2xx answer throws sdk::Error, except the
  // statuses listed in `answered`, which are returned for the caller to read.
  JsonReply post(const std::string& path, const std::string& body,
                 std::initializer_list<int> answered = {});

  const std::string& base_url() const { return base_url_; }

 private:
  // Sends with the current token, renewing it once on 401; the request keeps the headers and
  // secrets it was sent with, for error messages.
  sdk::HttpResponse exchange(sdk::HttpRequest& request);

  sdk::Http http_;
  AccessTokens tokens_;
  std::string base_url_;
  std::chrono::milliseconds timeout_;
};

// The Error for a non-2xx answer: sdk::http_error()'s status and Retry-After, with the body
// replaced by ChannelAdvisor's error message when it has one (OData {"error":{"message"}} or
// {"Message"}).
sdk::Error channeladvisor_http_error(const sdk::HttpRequest& request,
                                     const sdk::HttpResponse& response);

// The message of an OData error body, or "" when it has none.
std::string odata_error_message(std::string_view body);

}  // namespace orderhub::channeladvisor

#endif  // ORDERHUB_PLUGINS_CHANNELADVISOR_CHANNELADVISOR_CLIENT_H
