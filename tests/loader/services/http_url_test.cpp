// URL splitting for the http service, and masking URLs for logs and error messages.
#include <gtest/gtest.h>

#include "orderhub/logging/secret_registry.h"
#include "orderhub/services/http_url.h"
#include "orderhub/services/url_masking.h"

namespace orderhub::services {
namespace {

TEST(HttpUrlTest, SplitsSchemeHostPortAndTarget) {
  const HttpUrl url = parse_http_url("http://127.0.0.1:8080/api/orders?page=2#top");
  EXPECT_EQ(url.scheme, "http");
  EXPECT_EQ(url.host, "127.0.0.1");
  EXPECT_EQ(url.port, 8080);
  EXPECT_EQ(url.target, "/api/orders?page=2");
}

TEST(HttpUrlTest, DefaultPortsFollowTheScheme) {
  EXPECT_EQ(parse_http_url("http://shop.example").port, 80);
  EXPECT_EQ(parse_http_url("HTTPS://Shop.Example/x").port, 443);
  EXPECT_EQ(parse_http_url("HTTPS://Shop.Example/x").host, "shop.example");
  EXPECT_EQ(parse_http_url("http://shop.example").target, "/");
  EXPECT_EQ(parse_http_url("http://shop.example?a=1").target, "/?a=1");
}

TEST(HttpUrlTest, Ipv6LiteralKeepsItsPort) {
  const HttpUrl url = parse_http_url("http://[::1]:9000/x");
  EXPECT_EQ(url.host, "::1");
  EXPECT_EQ(url.port, 9000);
}

TEST(HttpUrlTest, UnusableUrlsAreRefusedWithTheReason) {
  const std::pair<const char*, const char*> cases[] = {
      {"shop.example/orders", "not absolute"},
      {"ftp://shop.example/", "scheme \"ftp\""},
      {"http://user:secret@shop.example/", "credentials"},
      {"http://shop.example:99999/", "port \"99999\""},
      {"http://shop.example:abc/", "port \"abc\""},
      {"http:///orders", "no host"},
      {"http://shop.example/a b", "space"},
  };
  for (const auto& [url, reason] : cases) {
    try {
      parse_http_url(url);
      ADD_FAILURE() << url << " was accepted";
    } catch (const InvalidUrl& error) {
      EXPECT_NE(std::string(error.what()).find(reason), std::string::npos)
          << url << ": " << error.what();
    }
  }
}

TEST(UrlMaskingTest, ValuesOfSecretQueryParametersAreMasked) {
  EXPECT_EQ(mask_url("https://shop.example/api?api_key=k1&page=2&access_token=t1#x"),
            "https://shop.example/api?api_key=***&page=2&access_token=***#x");
}

TEST(UrlMaskingTest, RequestSecretsAreMaskedAnywhereInTheUrl) {
  EXPECT_EQ(mask_url("https://shop.example/keys/abc123/orders?page=2", {"abc123"}),
            "https://shop.example/keys/***/orders?page=2");
}

TEST(UrlMaskingTest, RegisteredSecretsAreMaskedToo) {
  logging::register_secret("registered-xyz");
  EXPECT_EQ(mask_url("https://shop.example/registered-xyz"), "https://shop.example/***");
  logging::SecretRegistry::instance().clear();
}

}  // namespace
}  // namespace orderhub::services
