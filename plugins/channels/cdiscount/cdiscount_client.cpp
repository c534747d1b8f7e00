// Token handling and SOAP calls to Cdiscount.
#include "cdiscount_client.h"

#include <orderhub/sdk/http_errors.h>

#include "soap_xml.h"
#include "wire_values.h"

namespace orderhub::cdiscount {
namespace {

constexpr std::string_view token_key = "token";

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace

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

SoapReply read_soap_reply(std::string_view operation, const sdk::HttpResponse& response,
                          const std::vector<std::string>& secrets) {
  const std::string operation_text(operation);
  auto document = std::make_unique<pugi::xml_document>();
  const bool parsed =
      static_cast<bool>(document->load_buffer(response.body.data(), response.body.size()));
  const pugi::xml_node content = parsed ? body_content(*document) : pugi::xml_node();
  if (content && local_name(content) == "Fault") {
    const std::string fault_code = child_text(content, "faultcode").value_or("");
    const std::string fault_text = child_text(content, "faultstring").value_or("");
    const bool client_fault =
        fault_code.size() >= 6 && fault_code.compare(fault_code.size() - 6, 6, "Client") == 0;
    sdk::Status status = client_fault ? sdk::Status::INVALID_ARGUMENT : sdk::Status::UNAVAILABLE;
    if (response.status_code == 401) {
      status = sdk::Status::UNAUTHENTICATED;
    }
    throw sdk::Error(status,
                     operation_text + " answered HTTP " + std::to_string(response.status_code) +
                         " with a SOAP fault (" + fault_code +
                         "): " + sdk::detail::quote_body(fault_text, secrets),
                     sdk::is_retryable(status) ? response.retry_after_ms : 0);
  }
  if (!response.is_success()) {
    throw sdk::http_error("POST", "/MarketplaceAPIService.svc", response, secrets);
  }
  if (!content) {
    throw sdk::Error(sdk::Status::UNAVAILABLE,
                     operation_text + " answered HTTP " + std::to_string(response.status_code) +
                         " with a body that is not a complete SOAP envelope (cut off?): " +
                         sdk::detail::quote_body(response.body, secrets));
  }
  const pugi::xml_node result = child_named(content, operation_text + "Result");
  if (!result) {
    throw sdk::Error(sdk::Status::UNAVAILABLE,
                     operation_text + " answered without " + operation_text + "Result");
  }
  if (child_text(result, "OperationSuccess").value_or("") != "true") {
    throw sdk::Error(
        sdk::Status::FAILED_PRECONDITION,
        operation_text + " failed: " +
            sdk::detail::quote_body(child_text(result, "ErrorMessage").value_or(""), secrets));
  }
  return SoapReply{std::move(document), result};
}

CdiscountClient::CdiscountClient(sdk::Http http, sdk::KeyValue kv, sdk::Clock clock,
                                 const CdiscountConfig& config)
    : http_(http),
      kv_(kv),
      clock_(clock),
      config_(config),
      basic_credentials_(base64_encode(config.login + ":" + config.password)) {}

std::string CdiscountClient::issue_token() const {
  sdk::HttpRequest request;
  request.method = "GET";
  request.url = config_.token_url + "/users/httpIssue.svc/?realm=" + config_.base_url +
                "/MarketplaceAPIService.svc";
  request.headers = {{"Authorization", "Basic " + basic_credentials_}};
  request.timeout = config_.timeout;
  request.secrets = {config_.password, basic_credentials_};
  const sdk::HttpResponse response = http_.send(request);
  sdk::ensure_success(request, response);
  pugi::xml_document document;
  std::string token;
  if (document.load_buffer(response.body.data(), response.body.size())) {
    token = trimmed(document.document_element().text().get());
  }
  if (token.empty()) {
    throw sdk::Error(sdk::Status::UNAVAILABLE,
                     "GET /users/httpIssue.svc answered without a token in its XML body");
  }
  return token;
}

std::string CdiscountClient::token(bool renew) const {
  const std::int64_t now = clock_.now_unix_ms();
  if (!renew) {
    if (const auto cached = kv_.get(token_key)) {
      // "<expiry ms> <token>"
      const std::size_t space = cached->find(' ');
      const auto expiry = space == std::string::npos
                              ? std::nullopt
                              : parse_whole_number(std::string_view(*cached).substr(0, space));
      if (expiry && *expiry > now && space + 1 < cached->size()) {
        return cached->substr(space + 1);
      }
    }
  }
  std::string fresh = issue_token();
  kv_.put(token_key, std::to_string(now + token_lifetime_ms) + " " + fresh);
  return fresh;
}

SoapReply CdiscountClient::call(std::string_view operation, const std::string& inner_xml) const {
  const std::string operation_text(operation);
  for (int attempt = 0;; ++attempt) {
    const std::string current_token = token(/*renew=*/attempt > 0);
    sdk::HttpRequest request;
    request.method = "POST";
    request.url = config_.base_url + "/MarketplaceAPIService.svc";
    request.headers = {
        {"Content-Type", "text/xml; charset=utf-8"},
        {"SOAPAction", "\"" + std::string(soap_action_prefix) + operation_text + "\""}};
    request.body = soap_envelope(operation, current_token, config_.login, inner_xml);
    request.timeout = config_.timeout;
    request.secrets = {current_token, config_.password, basic_credentials_};
    const sdk::HttpResponse response = http_.send(request);
    if (response.status_code == 401 && attempt == 0) {
      continue;  // the token expired early or was revoked: renew once
    }

    return read_soap_reply(operation, response, request.secrets);
  }
}

}  // namespace orderhub::cdiscount
