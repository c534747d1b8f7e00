// The account configuration is checked before any request: every problem is INVALID_ARGUMENT
// naming the key, and the API key never appears in a message.
#include <gtest/gtest.h>

#include <orderhub/sdk/error.h>

#include <nlohmann/json.hpp>

#include "config.h"

namespace orderhub::cscart {
namespace {

using nlohmann::json;

constexpr const char* secret_key = "k3y-that-must-never-leak";

json valid_config() {
  return json{{"base_url", "http://127.0.0.1:8080/cscart/"},
              {"email", "admin@example.com"},
              {"api_key", secret_key}};
}

std::string refusal(const json& config) {
  try {
    parse_config(config.dump());
  } catch (const sdk::Error& error) {
    EXPECT_EQ(error.status(), sdk::Status::INVALID_ARGUMENT);
    EXPECT_EQ(std::string(error.message()).find(secret_key), std::string::npos);
    return std::string(error.message());
  }
  ADD_FAILURE() << "accepted " << config.dump();
  return std::string();
}

TEST(CscartConfig, ValidConfigHasDefaultsAndNoTrailingSlash) {
  const CscartConfig config = parse_config(valid_config().dump());
  EXPECT_EQ(config.base_url, "http://127.0.0.1:8080/cscart");
  EXPECT_EQ(config.email, "admin@example.com");
  EXPECT_EQ(config.api_key, secret_key);
  EXPECT_EQ(config.currency.code, "USD");
  EXPECT_EQ(config.currency.minor_digits, 2);
  EXPECT_EQ(config.timeout.count(), 30000);
}

TEST(CscartConfig, CurrencyAndTimeoutAreTaken) {
  json config = valid_config();
  config["currency"] = "JPY";
  config["timeout_ms"] = 5000;
  const CscartConfig parsed = parse_config(config.dump());
  EXPECT_EQ(parsed.currency.code, "JPY");
  EXPECT_EQ(parsed.currency.minor_digits, 0);
  EXPECT_EQ(parsed.timeout.count(), 5000);
}

TEST(CscartConfig, MissingOrEmptyRequiredKeyIsNamed) {
  for (const char* key : {"base_url", "email", "api_key"}) {
    json config = valid_config();
    config.erase(key);
    EXPECT_EQ(refusal(config), std::string("config: \"") + key + "\" is missing");
    config[key] = "";
    EXPECT_EQ(refusal(config), std::string("config: \"") + key + "\" is empty");
    config[key] = 42;
    EXPECT_EQ(refusal(config), std::string("config: \"") + key + "\" must be a string");
  }
}

TEST(CscartConfig, BaseUrlMustBeHttpOrHttps) {
  for (const char* url : {"ftp://shop.example.com", "shop.example.com", "http://", "https:///x",
                          "http://shop.example.com/?key=1", "http://user:pw@shop.example.com"}) {
    json config = valid_config();
    config["base_url"] = url;
    EXPECT_EQ(refusal(config).rfind("config: \"base_url\"", 0), 0u) << url;
  }
  json config = valid_config();
  config["base_url"] = "https://shop.example.com";
  EXPECT_EQ(parse_config(config.dump()).base_url, "https://shop.example.com");
}

TEST(CscartConfig, UnknownKeyIsRefusedByName) {
  json config = valid_config();
  config["apikey"] = "typo";
  EXPECT_EQ(refusal(config).rfind("config: \"apikey\" is not a CS-Cart setting", 0), 0u);
}

TEST(CscartConfig, BadCurrencyOrTimeoutIsNamed) {
  for (const json& currency : {json("usd"), json("US"), json(840)}) {
    json config = valid_config();
    config["currency"] = currency;
    EXPECT_EQ(refusal(config).rfind("config: \"currency\"", 0), 0u) << currency;
  }
  for (const json& timeout : {json(0), json(-1), json("30000"), json(1.5), json(600001)}) {
    json config = valid_config();
    config["timeout_ms"] = timeout;
    EXPECT_EQ(refusal(config).rfind("config: \"timeout_ms\"", 0), 0u) << timeout;
  }
}

TEST(CscartConfig, EmailWithColonCannotBeABasicUser) {
  json config = valid_config();
  config["email"] = "admin:ops@example.com";
  EXPECT_EQ(refusal(config).rfind("config: \"email\"", 0), 0u);
}

TEST(CscartConfig, ConfigurationMustBeAJsonObject) {
  for (const char* text : {"", "[]", "\"shop\"", "{"}) {
    EXPECT_THROW(parse_config(text), sdk::Error) << text;
  }
}

}  // namespace
}  // namespace orderhub::cscart
