// The account configuration: what is accepted, and every refusal naming its key without quoting
// the token.
#include <gtest/gtest.h>
#include <orderhub/sdk/error.h>

#include <nlohmann/json.hpp>

#include "config.h"

namespace orderhub::smartbargains::testing {
namespace {

using nlohmann::json;

std::string refusal(const json& config) {
  try {
    parse_config(config.dump());
  } catch (const sdk::Error& error) {
    EXPECT_EQ(error.status(), sdk::Status::INVALID_ARGUMENT);
    return error.what();
  }
  ADD_FAILURE() << "accepted " << config.dump();
  return "";
}

json valid() {
  return json{{"base_url", "https://api.smartbargains.example/"}, {"token", "s3cr3t-token"}};
}

TEST(ConfigTest, AValidConfigGetsDefaults) {
  const SmartBargainsConfig config = parse_config(valid().dump());
  EXPECT_EQ(config.base_url, "https://api.smartbargains.example");
  EXPECT_EQ(config.token, "s3cr3t-token");
  EXPECT_EQ(config.currency.code, "USD");
  EXPECT_EQ(config.timeout.count(), 30000);
}

TEST(ConfigTest, CurrencyAndTimeoutAreTaken) {
  json config = valid();
  config["currency"] = "JPY";
  config["timeout_ms"] = 5000;
  const SmartBargainsConfig parsed = parse_config(config.dump());
  EXPECT_EQ(parsed.currency.code, "JPY");
  EXPECT_EQ(parsed.currency.minor_digits, 0);
  EXPECT_EQ(parsed.timeout.count(), 5000);
}

TEST(ConfigTest, EachBadOrMissingKeyIsRefusedByName) {
  json config = valid();
  config.erase("token");
  EXPECT_EQ(refusal(config), "config: \"token\" is missing");
  config = valid();
  config.erase("base_url");
  EXPECT_EQ(refusal(config), "config: \"base_url\" is missing");
  config = valid();
  config["base_url"] = "ftp://x";
  EXPECT_NE(refusal(config).find("\"base_url\" must start with http"), std::string::npos);
  config = valid();
  config["currency"] = "usd";
  EXPECT_NE(refusal(config).find("\"currency\""), std::string::npos);
  config = valid();
  config["timeout_ms"] = 0;
  EXPECT_NE(refusal(config).find("\"timeout_ms\""), std::string::npos);
  config = valid();
  config["tokne"] = "x";
  EXPECT_NE(refusal(config).find("\"tokne\" is not a Smart Bargains setting"), std::string::npos);
  EXPECT_NE(refusal(json::array()).find("must be a JSON object"), std::string::npos);
}

TEST(ConfigTest, ATokenWithSpacesIsRefusedWithoutQuotingIt) {
  json config = valid();
  config["token"] = "s3cr3t token";
  const std::string message = refusal(config);
  EXPECT_NE(message.find("\"token\""), std::string::npos);
  EXPECT_EQ(message.find("s3cr3t"), std::string::npos);
}

}  // namespace
}  // namespace orderhub::smartbargains::testing
