// Requests to ChannelAdvisor and the translation of its answers.
#include "channeladvisor_client.h"

#include <orderhub/sdk/error.h>
#include <orderhub/sdk/http_errors.h>

#include "exact_json.h"

namespace orderhub::channeladvisor {

using nlohmann::json;

std::string odata_error_message(std::string_view body) {
  const json parsed = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (const json* error = member(parsed, "error")) {
    if (const json* message = member(*error, "message"); message && message->is_string()) {
      return message->get<std::string>();
    }
  }
  for (const char* key : {"Message", "message", "error_description"}) {
    if (const json* message = member(parsed, key); message && message->is_string()) {
      return message->get<std::string>();
    }
  }
  return std::string();
}

sdk::Error channeladvisor_http_error(const sdk::HttpRequest& request,
                                     const sdk::HttpResponse& response) {
  sdk::HttpResponse quoted = response;
  if (std::string message = odata_error_message(response.body); !message.empty()) {
    quoted.body = std::move(message);
  }
  return sdk::http_error(request.method, request.url, quoted, request.secrets);
}

ChannelAdvisorClient::ChannelAdvisorClient(sdk::Http http, AccessTokens tokens,
                                           const ChannelAdvisorConfig& config)
    : http_(http), tokens_(std::move(tokens)), base_url_(config.base_url), timeout_(config.timeout) {}

sdk::HttpResponse ChannelAdvisorClient::exchange(sdk::HttpRequest& request) {
  request.timeout = timeout_;
  const sdk::HttpHeaders headers = request.headers;
  for (int attempt = 0;; ++attempt) {
    request.headers = headers;
    request.headers.emplace_back("Authorization", "Bearer " + tokens_.current());
    request.headers.emplace_back("Accept", "application/json");
    request.secrets = tokens_.secrets();
    sdk::HttpResponse response = http_.send(request);
    // A cached token may have been revoked early: one fresh token is worth a second try.
    if (response.status_code == 401 && attempt == 0 && tokens_.invalidate()) {
      continue;
    }
    return response;
  }
}

JsonReply ChannelAdvisorClient::get(const std::string& path_or_url) {
  sdk::HttpRequest request;
  request.method = "GET";
  if (path_or_url.rfind("http://", 0) == 0 || path_or_url.rfind("https://", 0) == 0) {
    // Never send the token to another host than the account's.
    if (path_or_url.rfind(base_url_ + "/", 0) != 0) {
      throw sdk::Error(sdk::Status::INVALID_ARGUMENT,
                       "the link \"" + sdk::detail::url_path(path_or_url) +
                           "\" does not point below base_url; refusing to follow it");
    }
    request.url = path_or_url;
  } else {
    request.url = base_url_ + path_or_url;
  }
  sdk::HttpResponse response = exchange(request);
  if (!response.is_success()) {
    throw channeladvisor_http_error(request, response);
  }
  auto body = parse_json_keeping_decimals(response.body);
  if (!body) {
    throw sdk::Error(sdk::Status::UNAVAILABLE,
                     "GET " + sdk::detail::url_path(request.url) + " answered HTTP " +
                         std::to_string(response.status_code) +
                         " with a body that is not JSON (cut off?): " +
                         sdk::detail::quote_body(response.body, tokens_.secrets()));
  }
  return JsonReply{response.status_code, std::move(*body), std::move(response.body)};
}

JsonReply ChannelAdvisorClient::post(const std::string& path, const std::string& body,
                                     std::initializer_list<int> answered) {
  sdk::HttpRequest request;
  request.method = "POST";
  request.url = base_url_ + path;
  request.headers = {{"Content-Type", "application/json"}};
  request.body = body;
  sdk::HttpResponse response = exchange(request);
  bool expected = response.is_success();
  for (const int status : answered) {
    expected = expected || response.status_code == status;
  }
  if (!expected) {
    throw channeladvisor_http_error(request, response);
  }
  auto parsed = parse_json_keeping_decimals(response.body);
  return JsonReply{response.status_code, parsed ? std::move(*parsed) : json(nullptr),
                   std::move(response.body)};
}

}  // namespace orderhub::channeladvisor
