// The fixed token, or the OAuth refresh with its cache.
#include "access_token.h"

#include <orderhub/sdk/error.h>
#include <orderhub/sdk/http_errors.h>

#include <nlohmann/json.hpp>

#include "exact_json.h"

namespace orderhub::channeladvisor {
namespace {

using nlohmann::json;

// A token is renewed this long before the expiry the token endpoint announced, so that a call
// never starts with a token about to lapse.
constexpr std::int64_t renew_margin_ms = 60 * 1000;

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

std::string form_encode(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string encoded;
  for (const char letter : text) {
    const auto byte = static_cast<unsigned char>(letter);
    if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
        (byte >= '0' && byte <= '9') || byte == '-' || byte == '_' || byte == '.' || byte == '~') {
      encoded += letter;
    } else {
      encoded += '%';
      encoded += hex[byte >> 4];
      encoded += hex[byte & 15];
    }
  }
  return encoded;
}

AccessTokens::AccessTokens(const ChannelAdvisorConfig& config, sdk::Http http,
                           std::optional<sdk::KeyValue> kv, std::optional<sdk::Clock> clock)
    : fixed_token_(config.access_token),
      oauth_(config.oauth),
      http_(http),
      kv_(std::move(kv)),
      clock_(std::move(clock)),
      timeout_(config.timeout) {
  if (oauth_) {
    secrets_ = {oauth_->shared_secret, oauth_->refresh_token,
                base64_encode(oauth_->application_id + ":" + oauth_->shared_secret),
                form_encode(oauth_->refresh_token)};
  } else {
    secrets_ = {fixed_token_};
  }
  fixed_secret_count_ = secrets_.size();
}

std::string AccessTokens::current() {
  if (!oauth_) {
    return fixed_token_;
  }
  if (const auto cached = kv_->get(cached_token_key)) {
    const json entry = json::parse(*cached, nullptr, /*allow_exceptions=*/false);
    const json* token = member(entry, "access_token");
    const json* expires = member(entry, "expires_at_ms");
    if (token != nullptr && token->is_string() && expires != nullptr &&
        expires->is_number_integer() &&
        expires->get<std::int64_t>() - renew_margin_ms > clock_->now_unix_ms()) {
      std::string text = token->get<std::string>();
      secrets_.resize(fixed_secret_count_);
      secrets_.push_back(text);
      return text;
    }
  }
  return refresh();
}

bool AccessTokens::invalidate() {
  if (!oauth_) {
    return false;
  }
  kv_->remove(cached_token_key);
  return true;
}

std::string AccessTokens::refresh() {
  sdk::HttpRequest request;
  request.method = "POST";
  request.url = oauth_->token_url;
  request.headers = {
      {"Authorization", "Basic " + secrets_[2]},
      {"Content-Type", "application/x-www-form-urlencoded"},
      {"Accept", "application/json"}};
  request.body = "grant_type=refresh_token&refresh_token=" + form_encode(oauth_->refresh_token);
  request.timeout = timeout_;
  request.secrets = secrets_;
  const sdk::HttpResponse response = http_.send(request);
  if (!response.is_success()) {
    throw sdk::http_error(request.method, request.url, response, request.secrets);
  }
  const json answer = json::parse(response.body, nullptr, /*allow_exceptions=*/false);
  const json* token = member(answer, "access_token");
  const json* expires_in = member(answer, "expires_in");
  if (token == nullptr || !token->is_string() || token->get<std::string>().empty()) {
    throw sdk::Error(sdk::Status::UNAVAILABLE,
                     "POST " + sdk::detail::url_path(request.url) +
                         " answered without an access_token (cut off?)");
  }
  // Without an expiry the token is used for one call only: it is cached as already expired.
  const std::int64_t lifetime_ms =
      expires_in != nullptr && expires_in->is_number_integer() && expires_in->get<std::int64_t>() > 0
          ? expires_in->get<std::int64_t>() * 1000
          : 0;
  std::string text = token->get<std::string>();
  const json entry = {{"access_token", text},
                      {"expires_at_ms", clock_->now_unix_ms() + lifetime_ms}};
  kv_->put(cached_token_key, entry.dump());
  secrets_.resize(fixed_secret_count_);
  secrets_.push_back(text);
  return text;
}

}  // namespace orderhub::channeladvisor
