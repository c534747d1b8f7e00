// hello_channel_test.cpp: the example plugin in examples/hello-channel answers with documents that
// the schemas accept, and refuses a configuration that is not a JSON object. Built from the
// example's own source, driven through its exported entry like the host drives it.
#include <gtest/gtest.h>

#include <string>

#include <orderhub/abi.h>

#include "../abi/call_helpers.h"
#include "../abi/test_host.h"
#include "schema_validation.h"

extern "C" const orderhub_plugin_entry orderhub_plugin_entry_v1;

namespace {

using orderhub::testing::call;
using orderhub::testing::joined;
using orderhub::testing::LoadedSchema;
using orderhub::testing::read_json_file;
using orderhub::testing::TestHost;

const orderhub_plugin_descriptor& descriptor() {
  return *orderhub_plugin_entry_v1.descriptor;
}

LoadedSchema& schema(const std::string& name) {
  static LoadedSchema order_batch(
      read_json_file(std::string(ORDERHUB_SCHEMA_DIRECTORY) + "/order_batch.schema.json"));
  static LoadedSchema delivery_result(
      read_json_file(std::string(ORDERHUB_SCHEMA_DIRECTORY) + "/delivery_result.schema.json"));
  return name == "order_batch" ? order_batch : delivery_result;
}

class HelloChannelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    orderhub_error error = orderhub::testing::full_size_error();
    ASSERT_EQ(descriptor().create(test_host_.host(), "{}", 2, &instance_, &error),
              ORDERHUB_STATUS_OK)
        << error.message;
  }
  void TearDown() override { descriptor().destroy(instance_); }

  TestHost test_host_;
  orderhub_instance* instance_ = nullptr;
};

TEST(HelloChannel, DeclaresDownloadAndShipmentOnly) {
  EXPECT_STREQ(descriptor().id, "org.example.hello");
  EXPECT_NE(descriptor().channel->download_orders_page, nullptr);
  EXPECT_NE(descriptor().channel->upload_shipment, nullptr);
  EXPECT_EQ(descriptor().channel->acknowledge_orders, nullptr);
  EXPECT_EQ(descriptor().channel->cancel_order, nullptr);
}

TEST(HelloChannel, ConfigurationThatIsNotAnObjectIsInvalidArgument) {
  TestHost test_host;
  for (const std::string config : {"", "[]", "\"shop\"", "{"}) {
    orderhub_instance* instance = nullptr;
    orderhub_error error = orderhub::testing::full_size_error();
    EXPECT_EQ(
        descriptor().create(test_host.host(), config.data(), config.size(), &instance, &error),
        ORDERHUB_STATUS_INVALID_ARGUMENT)
        << config;
    EXPECT_STREQ(error.message, "the configuration must be a JSON object");
  }
}

TEST_F(HelloChannelTest, DownloadedPageIsAValidOneOrderBatch) {
  const auto outcome = call(descriptor().channel->download_orders_page, instance_,
                            R"({"schema": "orderhub.download_request/1"})");
  ASSERT_EQ(outcome.status, ORDERHUB_STATUS_OK) << outcome.message;
  const auto page = nlohmann::json::parse(outcome.output);
  const auto errors = schema("order_batch").errors(page);
  EXPECT_TRUE(errors.empty()) << joined(errors);
  EXPECT_EQ(page["orders"].size(), 1u);
  EXPECT_TRUE(page["next_page_token"].is_null());
  ASSERT_EQ(test_host_.log_lines.size(), 1u);
}

TEST_F(HelloChannelTest, ShipmentAnswerIsAValidDeliveryResult) {
  const auto outcome = call(descriptor().channel->upload_shipment, instance_,
                            R"({"schema": "orderhub.shipment/1"})");
  ASSERT_EQ(outcome.status, ORDERHUB_STATUS_OK) << outcome.message;
  const auto errors = schema("delivery_result").errors(nlohmann::json::parse(outcome.output));
  EXPECT_TRUE(errors.empty()) << joined(errors);
}

}  // namespace
