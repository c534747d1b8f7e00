// service_config_test.cpp: the service's configuration is checked whole, naming the key at fault,
// and the delayed shipment upload skips weekends when asked.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "pipeline/actions/upload_delay.h"
#include "service/service_config.h"

namespace orderhub::service {
namespace {

constexpr const char* kToken = "\"token\": \"0123456789abcdef0123\"";

std::string error_of(const std::string& text) {
  const auto config = parse_service_config(text);
  return config ? std::string() : config.error().message;
}

TEST(ServiceConfigTest, DefaultsApplyToAMinimalConfigWithComments) {
  const auto config =
      parse_service_config(std::string("{\n  // the admin token\n  ") + kToken + "\n}");
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->listen.host, "127.0.0.1");
  EXPECT_EQ(config->listen.port, 8470);
  EXPECT_EQ(config->token, "0123456789abcdef0123");
  EXPECT_FALSE(config->database.has_value());
  EXPECT_EQ(config->log_format, logging::LogFormat::text);
}

TEST(ServiceConfigTest, AnUnknownKeyIsRefusedByName) {
  const std::string error = error_of(std::string("{") + kToken + ", \"listne\": \"x\"}");
  EXPECT_NE(error.find("unknown key \"listne\""), std::string::npos) << error;
}

TEST(ServiceConfigTest, ABadListenAddressIsRefusedNamingTheKey) {
  for (const char* listen :
       {"127.0.0.1", "127.0.0.1:99999", ":8470", "127.0.0.1:http", "bad host:80"}) {
    const std::string error =
        error_of(std::string("{") + kToken + ", \"listen\": \"" + listen + "\"}");
    EXPECT_EQ(error.rfind("config: \"listen\": ", 0), 0u) << listen << ": " << error;
  }
  EXPECT_EQ(error_of(std::string("{") + kToken + ", \"listen\": 8470}"),
            "config: \"listen\": must be a string, not number");
  EXPECT_TRUE(parse_service_config(std::string("{") + kToken + ", \"listen\": \"[::1]:0\"}"));
}

TEST(ServiceConfigTest, TokenAndTokenFileAreExclusiveAndOneIsRequired) {
  EXPECT_NE(error_of(std::string("{") + kToken + ", \"token_file\": \"/x\"}")
                .find("\"token\" and \"token_file\" are both set"),
            std::string::npos);
  EXPECT_NE(error_of("{\"listen\": \"127.0.0.1:1\"}").find("neither \"token\" nor \"token_file\""),
            std::string::npos);
  EXPECT_NE(error_of("{\"token\": \"short\"}").find("at least 16"), std::string::npos);
  const std::string missing = error_of("{\"token_file\": \"/nonexistent/orderhub-token\"}");
  EXPECT_NE(missing.find("config: \"token_file\": cannot read"), std::string::npos) << missing;
}

TEST(ServiceConfigTest, TheTokenIsReadFromTokenFileWithoutItsLineEnd) {
  const std::string path = ::testing::TempDir() + "/orderhub-service-token";
  std::ofstream(path) << "fedcba9876543210fedcba\n";
  const auto config = parse_service_config("{\"token_file\": \"" + path + "\"}");
  std::remove(path.c_str());
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->token, "fedcba9876543210fedcba");
}

TEST(ServiceConfigTest, BadValuesAreRefusedNamingTheKeyButNeverShowingTheToken) {
  EXPECT_NE(error_of(std::string("{") + kToken + ", \"log_format\": \"xml\"}")
                .find("config: \"log_format\""),
            std::string::npos);
  EXPECT_NE(error_of(std::string("{") + kToken + ", \"log_level\": \"loud\"}")
                .find("config: \"log_level\""),
            std::string::npos);
  EXPECT_NE(error_of(std::string("{") + kToken + ", \"outbox_lease\": \"0s\"}")
                .find("config: \"outbox_lease\""),
            std::string::npos);
  EXPECT_NE(error_of(std::string("{") + kToken + ", \"db\": \"\"}").find("config: \"db\""),
            std::string::npos);
  const std::string spaced = error_of("{\"token\": \"0123456789 abcdef0123\"}");
  EXPECT_NE(spaced.find("spaces"), std::string::npos);
  EXPECT_EQ(spaced.find("0123456789 abcdef0123"), std::string::npos);
  EXPECT_NE(error_of("{\"token\": ").find("not valid JSON"), std::string::npos);
  EXPECT_NE(error_of("[]").find("must be a JSON object"), std::string::npos);
}

domain::Timestamp at(const char* text) {
  return domain::parse_timestamp(text).value();
}

TEST(ShipmentUploadTimeTest, DelayedUploadsSkipWeekendsWhenAsked) {
  pipeline::ActionSettings settings;
  settings.fulfillment_delay = std::chrono::hours(2);
  // 2026-12-04 is a Friday.
  EXPECT_EQ(pipeline::shipment_upload_time(at("2026-12-04T23:00:00Z"), settings),
            at("2026-12-05T01:00:00Z"));
  settings.fulfillment_delay_skip_weekends = true;
  EXPECT_EQ(pipeline::shipment_upload_time(at("2026-12-04T23:00:00Z"), settings),
            at("2026-12-07T01:00:00Z"));
  EXPECT_EQ(pipeline::shipment_upload_time(at("2026-12-05T10:00:00Z"), settings),
            at("2026-12-07T02:00:00Z"));
  EXPECT_EQ(pipeline::shipment_upload_time(at("2026-12-02T10:00:00Z"), settings),
            at("2026-12-02T12:00:00Z"));
  settings.fulfillment_delay = std::chrono::seconds(0);
  EXPECT_EQ(pipeline::shipment_upload_time(at("2026-12-05T10:00:00Z"), settings),
            at("2026-12-05T10:00:00Z"));
}

}  // namespace
}  // namespace orderhub::service
