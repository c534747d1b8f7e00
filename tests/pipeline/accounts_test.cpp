// Showing accounts never shows a credential.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pipeline/accounts/accounts.h"
#include "pipeline_test_support.h"

namespace orderhub::pipeline {
namespace {

using nlohmann::json;

TEST(AccountsTest, CredentialsAreMaskedAtAnyDepth) {
  const json config = {{"base_url", "https://shop.example.com"},
                       {"email", "admin@example.com"},
                       {"api_key", "k-123"},
                       {"Password", "p"},
                       {"oauth", {{"refresh_token", "r"}, {"client_id", "c"}}},
                       {"apiKeys", json::array({"a", "b"})},
                       {"shared_secret", "s"},
                       {"timeout_ms", 5000}};
  const json masked = masked_config(config);
  EXPECT_EQ(masked["base_url"], "https://shop.example.com");
  EXPECT_EQ(masked["email"], "admin@example.com");
  EXPECT_EQ(masked["timeout_ms"], 5000);
  EXPECT_EQ(masked["oauth"]["client_id"], "c");
  for (const char* pointer :
       {"/api_key", "/Password", "/oauth/refresh_token", "/apiKeys", "/shared_secret"}) {
    EXPECT_EQ(masked[json::json_pointer(pointer)], "***") << pointer;
  }
}

TEST(AccountsTest, AnAccountViewHasNoCredentialAndEverySetting) {
  domain::Account account;
  account.id = testing::account_id("shop");
  account.plugin_id = "org.orderhub.channel.cscart";
  account.config_json = R"({"base_url":"http://x","email":"a@b","api_key":"very-secret-key"})";
  account.settings = {{"download.allow_unpaid", "true"}};
  account.created_at = testing::at("2026-11-01T00:00:00Z");
  const auto view = account_to_json(account, std::nullopt);
  EXPECT_EQ(view.dump().find("very-secret-key"), std::string::npos);
  EXPECT_EQ(view["settings"]["download.allow_unpaid"], "true");
  EXPECT_EQ(view["settings"]["download.interval"], "30m");
  EXPECT_EQ(view["download"]["watermark"], nullptr);
  EXPECT_EQ(view["download"]["resuming"], false);
}

TEST(AccountsTest, AChangeIsKeyEqualsValue) {
  const AccountChange change = parse_account_change("config.base_url=http://a=b").value();
  EXPECT_EQ(change.key, "config.base_url");
  EXPECT_EQ(change.value, "http://a=b");
  EXPECT_EQ(parse_account_change("download.enabled=").value().value, "");
  EXPECT_FALSE(parse_account_change("download.enabled").ok());
  EXPECT_FALSE(parse_account_change("=true").ok());
}

}  // namespace
}  // namespace orderhub::pipeline
