// The host logger: level names, text and JSON line formats, and masking in front of every sink.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "../log_capture.h"
#include "orderhub/logging/logging_setup.h"
#include "orderhub/logging/secret_registry.h"

namespace orderhub::logging {
namespace {

TEST(LogLevelTest, EveryDocumentedLevelNameParses) {
  EXPECT_EQ(parse_log_level("trace"), spdlog::level::trace);
  EXPECT_EQ(parse_log_level("debug"), spdlog::level::debug);
  EXPECT_EQ(parse_log_level("info"), spdlog::level::info);
  EXPECT_EQ(parse_log_level("warn"), spdlog::level::warn);
  EXPECT_EQ(parse_log_level("error"), spdlog::level::err);
  EXPECT_EQ(parse_log_level("off"), spdlog::level::off);
}

TEST(LogLevelTest, UnknownLevelNameIsRefused) {
  EXPECT_EQ(parse_log_level("verbose"), std::nullopt);
  EXPECT_EQ(parse_log_level("WARN"), std::nullopt);
  EXPECT_EQ(parse_log_format("xml"), std::nullopt);
}

TEST(LoggingSetupTest, JsonFormatWritesOneParsableObjectPerLine) {
  testing::LogCapture capture(spdlog::level::info, LogFormat::json);
  host_logger()->warn("order {} has \"quotes\"", 1001);
  logger_for("org.orderhub.channel.cscart")->info("second line");
  std::istringstream lines(capture.text());
  std::string first;
  std::string second;
  ASSERT_TRUE(std::getline(lines, first));
  ASSERT_TRUE(std::getline(lines, second));
  const auto first_object = nlohmann::json::parse(first);
  EXPECT_EQ(first_object["level"], "warning");
  EXPECT_EQ(first_object["logger"], "orderhub");
  EXPECT_EQ(first_object["message"], "order 1001 has \"quotes\"");
  EXPECT_TRUE(first_object["time"].get<std::string>().ends_with("Z"));
  EXPECT_EQ(nlohmann::json::parse(second)["logger"], "org.orderhub.channel.cscart");
}

TEST(LoggingSetupTest, LinesBelowTheLevelAreDropped) {
  testing::LogCapture capture(spdlog::level::warn);
  host_logger()->info("not shown");
  host_logger()->error("shown");
  EXPECT_EQ(capture.text().find("not shown"), std::string::npos);
  EXPECT_NE(capture.text().find("shown"), std::string::npos);
}

TEST(LoggingSetupTest, HostLoggerMasksRegisteredSecrets) {
  testing::LogCapture capture;
  register_secret("tok-7f3a9");
  host_logger()->error("refreshing tok-7f3a9 failed");
  logger_for("plugin")->error("plugin saw tok-7f3a9");
  EXPECT_EQ(capture.text().find("tok-7f3a9"), std::string::npos) << capture.text();
  EXPECT_NE(capture.text().find("refreshing *** failed"), std::string::npos);
  EXPECT_NE(capture.text().find("plugin saw ***"), std::string::npos);
  SecretRegistry::instance().clear();
}

}  // namespace
}  // namespace orderhub::logging
