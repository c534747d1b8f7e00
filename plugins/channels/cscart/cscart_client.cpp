// Requests to CS-Cart and the translation of its answers.
#include "cscart_client.h"

#include <orderhub/sdk/http_errors.h>

#include "exact_json.h"

namespace orderhub::cscart {

using nlohmann::json;

std::string base64_encode(std::string_view bytes) {
  static constexpr char alphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string encoded;
  encoded.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t index = 0;
  for (; index + 3 <= bytes.size(); index += 3) {
    const auto chunk = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[index])) << 16 |
                       static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[index + 1]))
                           << 8 |
                       static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[index + 2]));
    encoded += alphabet[chunk >> 18 & 63];
    encoded += alphabet[chunk >> 12 & 63];
    encoded += alphabet[chunk >> 6 & 63];
    encoded += alphabet[chunk & 63];
  }
  const std::size_t left = bytes.size() - index;
  if (left > 0) {
    std::uint32_t chunk = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[index]))
                          << 16;
    if (left == 2) {
      chunk |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[index + 1])) << 8;
    }
    encoded += alphabet[chunk >> 18 & 63];
    encoded += alphabet[chunk >> 12 & 63];
    encoded += left == 2 ? alphabet[chunk >> 6 & 63] : '=';
    encoded += '=';
  }
  return encoded;
}

sdk::Error cscart_http_error(const sdk::HttpRequest& request, const sdk::HttpResponse& response) {
  sdk::HttpResponse quoted = response;
  const json body = json::parse(response.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_object()) {
    const auto message = body.find("message");
    if (message != body.end() && message->is_string() && !message->get<std::string>().empty()) {
      quoted.body = message->get<std::string>();
    }
  }
  return sdk::http_error(request.method, request.url, quoted, request.secrets);
}

CscartClient::CscartClient(sdk::Http http, const CscartConfig& config)
    : http_(http),
      base_url_(config.base_url),
      api_key_(config.api_key),
      encoded_credentials_(base64_encode(config.email + ":" + config.api_key)),
      timeout_(config.timeout) {
  authorization_ = "Basic " + encoded_credentials_;
}

sdk::HttpRequest CscartClient::request(std::string_view method, const std::string& path) const {
  sdk::HttpRequest request;
  request.method = std::string(method);
  request.url = base_url_ + path;
  request.headers = {{"Authorization", authorization_}, {"Accept", "application/json"}};
  request.timeout = timeout_;
  // The encoded form is as secret as the key: anyone can decode it.
  request.secrets = {api_key_, encoded_credentials_};
  return request;
}

sdk::HttpResponse CscartClient::exchange(const sdk::HttpRequest& request) const {
  sdk::HttpResponse response = http_.send(request);
  if (!response.is_success()) {
    throw cscart_http_error(request, response);
  }
  return response;
}

std::optional<JsonReply> CscartClient::read(const std::string& path_and_query,
                                            NotFound not_found) const {
  const sdk::HttpRequest get_request = request("GET", path_and_query);
  sdk::HttpResponse response = http_.send(get_request);
  if (response.status_code == 404 && not_found == NotFound::empty) {
    return std::nullopt;
  }
  if (!response.is_success()) {
    throw cscart_http_error(get_request, response);
  }
  auto body = parse_json_keeping_decimals(response.body);
  if (!body) {
    throw sdk::Error(sdk::Status::UNAVAILABLE,
                     "GET " + sdk::detail::url_path(get_request.url) + " answered HTTP " +
                         std::to_string(response.status_code) +
                         " with a body that is not JSON (cut off?): " +
                         sdk::detail::quote_body(response.body, get_request.secrets));
  }
  return JsonReply{response.status_code, std::move(*body), std::move(response.body)};
}

JsonReply CscartClient::get(const std::string& path_and_query) const {
  return std::move(*read(path_and_query, NotFound::error));
}

std::optional<JsonReply> CscartClient::get_unless_not_found(
    const std::string& path_and_query) const {
  return read(path_and_query, NotFound::empty);
}

JsonReply CscartClient::send(std::string_view method, const std::string& path,
                             const json& body) const {
  sdk::HttpRequest write_request = request(method, path);
  write_request.headers.emplace_back("Content-Type", "application/json");
  write_request.body = dump_json(body);
  sdk::HttpResponse response = exchange(write_request);
  auto parsed = parse_json_keeping_decimals(response.body);
  return JsonReply{response.status_code, parsed ? std::move(*parsed) : json(nullptr),
                   std::move(response.body)};
}

}  // namespace orderhub::cscart
