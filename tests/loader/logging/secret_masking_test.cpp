// The secret masker: registered secrets never reach a sink, in any of the forms they travel in.
#include <memory>
#include <sstream>

#include <gtest/gtest.h>
#include <spdlog/logger.h>
#include <spdlog/sinks/ostream_sink.h>
#include <nlohmann/json.hpp>

#include "orderhub/logging/secret_masking_sink.h"
#include "orderhub/logging/secret_registry.h"

namespace orderhub::logging {
namespace {

class SecretMaskingSinkTest : public ::testing::Test {
 protected:
  SecretMaskingSinkTest()
      : destination_(std::make_shared<spdlog::sinks::ostream_sink_mt>(stream_)),
        logger_("test", std::make_shared<SecretMaskingSink>(destination_, registry_)) {
    destination_->set_pattern("%v");
  }

  std::string logged() {
    logger_.flush();
    return stream_.str();
  }

  SecretRegistry registry_;
  std::ostringstream stream_;
  std::shared_ptr<spdlog::sinks::ostream_sink_mt> destination_;
  spdlog::logger logger_;
};

TEST_F(SecretMaskingSinkTest, RegisteredSecretIsReplacedBeforeReachingTheSink) {
  registry_.add("sk_live_51HxQ");
  logger_.warn("calling the API with key sk_live_51HxQ twice: sk_live_51HxQ");
  EXPECT_EQ(logged(), "calling the API with key *** twice: ***\n");
}

TEST_F(SecretMaskingSinkTest, LinesWithoutSecretsPassUnchanged) {
  registry_.add("hunter2");
  logger_.info("downloaded 3 orders");
  EXPECT_EQ(logged(), "downloaded 3 orders\n");
}

TEST_F(SecretMaskingSinkTest, JsonEscapedFormOfASecretIsMasked) {
  const std::string secret = "pa\"ss\\word";
  registry_.add(secret);
  logger_.error("config was {}", nlohmann::json{{"password", secret}}.dump());
  EXPECT_EQ(logged().find("pa\\\"ss"), std::string::npos) << logged();
  EXPECT_NE(logged().find("***"), std::string::npos);
}

TEST_F(SecretMaskingSinkTest, PercentEncodedFormOfASecretIsMasked) {
  registry_.add("a+b/c=");
  logger_.warn("GET /orders?key=a%2Bb%2Fc%3D");
  EXPECT_EQ(logged(), "GET /orders?key=***\n");
}

TEST_F(SecretMaskingSinkTest, SecretContainingAnotherSecretIsMaskedWhole) {
  registry_.add("abcd");
  registry_.add("abcdefgh");
  logger_.warn("token abcdefgh and abcd");
  EXPECT_EQ(logged(), "token *** and ***\n");
}

TEST(SecretRegistryTest, EmptyStringsAreNotSecrets) {
  SecretRegistry registry;
  registry.add("");
  EXPECT_EQ(registry.size(), 0u);
  EXPECT_EQ(registry.mask("nothing to hide"), "nothing to hide");
}

TEST(SecretRegistryTest, ClearForgetsEverySecret) {
  SecretRegistry registry;
  registry.add("s3cr3t");
  registry.clear();
  EXPECT_EQ(registry.mask("s3cr3t"), "s3cr3t");
}

}  // namespace
}  // namespace orderhub::logging
