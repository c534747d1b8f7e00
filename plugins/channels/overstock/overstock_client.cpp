// Requests to Supplier Oasis and the reading of its XML answers.
#include "overstock_client.h"

#include <orderhub/sdk/http_errors.h>

namespace orderhub::overstock {

std::string base64_encode(std::string_view bytes) {
  static constexpr char alphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string encoded;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (const char letter : bytes) {
    buffer = buffer << 8 | static_cast<unsigned char>(letter);
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      encoded += alphabet[buffer >> bits & 63];
    }
  }
  if (bits > 0) {
    encoded += alphabet[buffer << (6 - bits) & 63];
  }
  while (encoded.size() % 4 != 0) {
    encoded += '=';
  }
  return encoded;
}

OverstockClient::OverstockClient(sdk::Http http, const OverstockConfig& config)
    : http_(http),
      base_url_(config.base_url),
      password_(config.password),
      encoded_credentials_(base64_encode(config.username + ":" + config.password)),
      timeout_(config.timeout) {}

sdk::HttpRequest OverstockClient::request(const char* method, const std::string& path) const {
  sdk::HttpRequest request;
  request.method = method;
  request.url = base_url_ + path;
  request.headers = {{"Authorization", "Basic " + encoded_credentials_},
                     {"Accept", "application/xml"}};
  request.timeout = timeout_;
  // The encoded form is as secret as the password: anyone can decode it.
  request.secrets = {password_, encoded_credentials_};
  return request;
}

XmlReply OverstockClient::get(const std::string& path_and_query) const {
  const sdk::HttpRequest get_request = request("GET", path_and_query);
  sdk::HttpResponse response = http_.send(get_request);
  if (!response.is_success()) {
    throw sdk::http_error(get_request.method, get_request.url, response, get_request.secrets);
  }
  XmlReply reply{std::make_unique<pugi::xml_document>(), std::move(response.body)};
  const pugi::xml_parse_result parsed = reply.document->load_buffer(
      reply.text.data(), reply.text.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed || !reply.document->document_element()) {
    throw sdk::Error(sdk::Status::UNAVAILABLE,
                     "GET " + sdk::detail::url_path(get_request.url) + " answered HTTP " +
                         std::to_string(response.status_code) +
                         " with a body that is not well-formed XML (cut off?): " +
                         (parsed ? std::string("no root element") : parsed.description()) +
                         " at byte " + std::to_string(parsed.offset) + ": " +
                         sdk::detail::quote_body(reply.text, get_request.secrets));
  }
  return reply;
}

XmlReply OverstockClient::post(const std::string& path, const std::string& xml_body) const {
  sdk::HttpRequest post_request = request("POST", path);
  post_request.headers.emplace_back("Content-Type", "application/xml");
  post_request.body = xml_body;
  sdk::HttpResponse response = http_.send(post_request);
  if (!response.is_success()) {
    throw sdk::http_error(post_request.method, post_request.url, response, post_request.secrets);
  }
  XmlReply reply{std::make_unique<pugi::xml_document>(), std::move(response.body)};
  if (!reply.document->load_buffer(reply.text.data(), reply.text.size(), pugi::parse_default,
                                   pugi::encoding_utf8)) {
    reply.document->reset();
  }
  return reply;
}

}  // namespace orderhub::overstock
