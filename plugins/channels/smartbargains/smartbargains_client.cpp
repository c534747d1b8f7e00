// Requests to Smart Bargains and the translation of its answers.
#include "smartbargains_client.h"

#include <orderhub/sdk/http_errors.h>

#include "exact_json.h"

namespace orderhub::smartbargains {

using nlohmann::json;

ChannelRefusal refusal_of(const sdk::HttpResponse& response) {
  ChannelRefusal refusal;
  refusal.status_code = response.status_code;
  const json body = json::parse(response.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_object()) {
    const auto error = body.find("error");
    if (error != body.end() && error->is_object()) {
      refusal.code = error->value("code", "");
      refusal.message = error->value("message", "");
    }
  }
  return refusal;
}

sdk::Error smartbargains_http_error(const sdk::HttpRequest& request,
                                    const sdk::HttpResponse& response) {
  sdk::HttpResponse quoted = response;
  const ChannelRefusal refusal = refusal_of(response);
  if (!refusal.code.empty() || !refusal.message.empty()) {
    quoted.body = refusal.code.empty() ? refusal.message : refusal.code + ": " + refusal.message;
  }
  return sdk::http_error(request.method, request.url, quoted, request.secrets);
}

std::string path_segment(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string encoded;
  for (const char letter : text) {
    const auto byte = static_cast<unsigned char>(letter);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || byte == '-' || byte == '_' ||
                            byte == '.' || byte == '~';
    if (unreserved) {
      encoded += letter;
    } else {
      encoded += '%';
      encoded += hex[byte >> 4];
      encoded += hex[byte & 15];
    }
  }
  return encoded;
}

SmartBargainsClient::SmartBargainsClient(sdk::Http http, const SmartBargainsConfig& config)
    : http_(http), base_url_(config.base_url), token_(config.token), timeout_(config.timeout) {}

sdk::HttpRequest SmartBargainsClient::request(std::string_view method,
                                              const std::string& path) const {
  sdk::HttpRequest request;
  request.method = std::string(method);
  request.url = base_url_ + path;
  request.headers = {{"Authorization", "Bearer " + token_}, {"Accept", "application/json"}};
  request.timeout = timeout_;
  request.secrets = {token_};
  return request;
}

JsonReply SmartBargainsClient::get(const std::string& path_and_query) const {
  const sdk::HttpRequest get_request = request("GET", path_and_query);
  sdk::HttpResponse response = http_.send(get_request);
  if (!response.is_success()) {
    throw smartbargains_http_error(get_request, response);
  }
  auto body = parse_json_keeping_decimals(response.body);
  if (!body) {
    throw sdk::Error(sdk::Status::UNAVAILABLE,
                     "GET " + sdk::detail::url_path(get_request.url) + " answered HTTP " +
                         std::to_string(response.status_code) +
                         " with a body that is not JSON (cut off?): " +
                         sdk::detail::quote_body(response.body, get_request.secrets));
  }
  return JsonReply{response.status_code, std::move(*body), std::move(response.body), false};
}

JsonReply SmartBargainsClient::post(const std::string& path, const json& body,
                                    const std::string& idempotency_key,
                                    ChannelRefusal& refusal) const {
  sdk::HttpRequest write_request = request("POST", path);
  write_request.headers.emplace_back("Content-Type", "application/json");
  write_request.headers.emplace_back("Idempotency-Key", idempotency_key);
  write_request.body = dump_json(body);
  sdk::HttpResponse response = http_.send(write_request);
  if (response.status_code == 409) {
    refusal = refusal_of(response);
    return JsonReply{409, json(nullptr), std::move(response.body), false};
  }
  if (!response.is_success()) {
    throw smartbargains_http_error(write_request, response);
  }
  const bool replayed = response.header("Idempotent-Replayed").value_or("") == "true";
  auto parsed = parse_json_keeping_decimals(response.body);
  return JsonReply{response.status_code, parsed ? std::move(*parsed) : json(nullptr),
                   std::move(response.body), replayed};
}

}  // namespace orderhub::smartbargains
