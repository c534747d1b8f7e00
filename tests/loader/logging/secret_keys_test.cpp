// Secret key names, and registering or masking their values in a JSON configuration.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "orderhub/logging/secret_keys.h"
#include "orderhub/logging/secret_registry.h"

namespace orderhub::logging {
namespace {

TEST(SecretKeyNameTest, KnownSecretNamesAreRecognised) {
  for (const char* name :
       {"api_key", "password", "token", "secret", "access_token", "refresh_token", "shared_secret",
        "client_secret", "API_KEY", "Api-Key", "x-api-key", "ftp_password", "oauth_token"}) {
    EXPECT_TRUE(is_secret_key_name(name)) << name;
  }
}

TEST(SecretKeyNameTest, OrdinaryNamesAreNotSecrets) {
  for (const char* name :
       {"shop_url", "page_size", "timeout_ms", "user", "key", "token_type", "secretary"}) {
    EXPECT_FALSE(is_secret_key_name(name)) << name;
  }
}

TEST(ConfigSecretsTest, ValuesUnderSecretKeysAreRegisteredAtAnyDepth) {
  SecretRegistry::instance().clear();
  register_config_secrets(nlohmann::json::parse(R"({
    "shop_url": "https://shop.example",
    "api_key": "key-123456",
    "auth": {"refresh_token": "rt-999", "accounts": [{"password": "pw-abc"}]},
    "pin": {"secret": 4242}
  })"));
  EXPECT_EQ(mask_secrets("https://shop.example key-123456 rt-999 pw-abc 4242"),
            "https://shop.example *** *** *** ***");
  SecretRegistry::instance().clear();
}

TEST(ConfigSecretsTest, MaskedConfigHidesSecretValuesAndKeepsTheRest) {
  const nlohmann::json config = nlohmann::json::parse(R"({
    "shop_url": "https://shop.example",
    "api_key": "key-123456",
    "auth": {"access_token": "at-1", "user": "alice"},
    "tokens": {"token": ["a", "b"]}
  })");
  const nlohmann::json masked = masked_config(config);
  EXPECT_EQ(masked["shop_url"], "https://shop.example");
  EXPECT_EQ(masked["api_key"], "***");
  EXPECT_EQ(masked["auth"]["access_token"], "***");
  EXPECT_EQ(masked["auth"]["user"], "alice");
  EXPECT_EQ(masked["tokens"]["token"], nlohmann::json::array({"***", "***"}));
}

}  // namespace
}  // namespace orderhub::logging
