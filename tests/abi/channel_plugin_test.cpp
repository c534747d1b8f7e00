// channel_plugin_test.cpp: a channel plugin exported with ORDERHUB_CHANNEL_PLUGIN, driven through
// its descriptor's C function pointers exactly as the host drives a loaded library: the table
// matches the declared capabilities, and every kind of failure comes back as a status and a
// message without any exception crossing.
#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include <orderhub/sdk.h>

#include "call_helpers.h"
#include "test_host.h"

namespace {

using orderhub::sdk::Error;
using orderhub::sdk::Host;
using orderhub::sdk::Status;
using orderhub::testing::call;
using orderhub::testing::TestHost;

// Each request names what the plugin should do, so one class can show every outcome.
class ScriptedChannel : public orderhub::sdk::ChannelPlugin {
 public:
  ScriptedChannel(Host host, std::string_view config_json) : host_(host) {
    if (config_json.find("\"shop_url\"") == std::string_view::npos) {
      throw Error(Status::INVALID_ARGUMENT, "config: \"shop_url\" is missing");
    }
  }

  std::string download_orders_page(std::string_view request) override {
    if (request == "throw-error")
      throw Error(Status::UNAVAILABLE, "the shop is down", 1500);
    if (request == "throw-runtime-error")
      throw std::runtime_error("page cursor went backwards");
    if (request == "throw-int")
      throw 42;
    if (request == "throw-ok")
      throw Error(Status::OK, "not really an error");
    if (request == "throw-long")
      throw Error(Status::INVALID_ARGUMENT, std::string(5000, 'x'));
    if (request == "log")
      host_.log().info("downloading");
    return "{\"schema\": \"orderhub.order_batch/1\", \"orders\": [], \"next_page_token\": null}";
  }

  std::string cancel_order(std::string_view request) override {
    // Thrown with a message long enough that truncation lands inside the euro sign.
    throw Error(Status::FAILED_PRECONDITION, std::string(request) + "\xE2\x82\xAC tail");
  }

  // acknowledge_orders is declared below but not overridden.

 private:
  Host host_;
};

}  // namespace

ORDERHUB_CHANNEL_PLUGIN(ScriptedChannel, "org.orderhub.test.scripted", "Scripted", "orderhub tests",
                        "1.2.3", "Fails in every way a request asks for.", "orders.download",
                        "orders.acknowledge", "cancel.channel", "vendor.custom-thing");

namespace {

const orderhub_plugin_descriptor& descriptor() {
  return *orderhub_plugin_entry_v1.descriptor;
}

// Creates an instance the way the host does and destroys it at scope exit.
class ChannelPluginTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string config = R"({"shop_url": "https://shop.example"})";
    orderhub_error error = orderhub::testing::full_size_error();
    ASSERT_EQ(
        descriptor().create(test_host_.host(), config.data(), config.size(), &instance_, &error),
        ORDERHUB_STATUS_OK)
        << error.message;
    ASSERT_NE(instance_, nullptr);
  }
  void TearDown() override { descriptor().destroy(instance_); }

  const orderhub_channel_interface& channel() const { return *descriptor().channel; }

  TestHost test_host_;
  orderhub_instance* instance_ = nullptr;
};

TEST(ChannelPluginEntry, EntryDeclaresAbiV1AndChannelKind) {
  EXPECT_EQ(orderhub_plugin_entry_v1.struct_size, sizeof(orderhub_plugin_entry));
  EXPECT_EQ(orderhub_plugin_entry_v1.abi_major, ORDERHUB_ABI_MAJOR);
  EXPECT_EQ(orderhub_plugin_entry_v1.abi_minor, ORDERHUB_ABI_MINOR);
  EXPECT_EQ(descriptor().struct_size, sizeof(orderhub_plugin_descriptor));
  EXPECT_EQ(descriptor().kind, ORDERHUB_PLUGIN_KIND_CHANNEL);
  EXPECT_STREQ(descriptor().id, "org.orderhub.test.scripted");
  EXPECT_STREQ(descriptor().name, "Scripted");
  EXPECT_STREQ(descriptor().vendor, "orderhub tests");
  EXPECT_STREQ(descriptor().version, "1.2.3");
  EXPECT_STREQ(descriptor().description, "Fails in every way a request asks for.");
  EXPECT_EQ(descriptor().invoice, nullptr);
  ASSERT_NE(descriptor().channel, nullptr);
  EXPECT_EQ(descriptor().channel->struct_size, sizeof(orderhub_channel_interface));
}

TEST(ChannelPluginEntry, CapabilitiesAreListedOnceInOrderAndNullTerminated) {
  const char* const* capabilities = descriptor().capabilities;
  ASSERT_NE(capabilities, nullptr);
  EXPECT_STREQ(capabilities[0], "orders.download");
  EXPECT_STREQ(capabilities[1], "orders.acknowledge");
  EXPECT_STREQ(capabilities[2], "cancel.channel");
  EXPECT_STREQ(capabilities[3], "vendor.custom-thing");
  EXPECT_EQ(capabilities[4], nullptr);
}

TEST(ChannelPluginEntry, TableHasFunctionsExactlyForDeclaredCapabilities) {
  const orderhub_channel_interface& channel = *descriptor().channel;
  EXPECT_NE(channel.download_orders_page, nullptr);
  EXPECT_NE(channel.acknowledge_orders, nullptr);
  EXPECT_NE(channel.cancel_order, nullptr);
  EXPECT_EQ(channel.upload_shipment, nullptr);
  EXPECT_EQ(channel.refund_order, nullptr);
  EXPECT_EQ(channel.upload_invoice, nullptr);
  EXPECT_EQ(channel.push_inventory, nullptr);
}

TEST(ChannelPluginCreate, ConfigRefusedByTheConstructorGivesItsStatusAndMessage) {
  TestHost test_host;
  const std::string config = "{}";
  orderhub_instance* instance = reinterpret_cast<orderhub_instance*>(&test_host);
  orderhub_error error = orderhub::testing::full_size_error();
  EXPECT_EQ(descriptor().create(test_host.host(), config.data(), config.size(), &instance, &error),
            ORDERHUB_STATUS_INVALID_ARGUMENT);
  EXPECT_STREQ(error.message, "config: \"shop_url\" is missing");
  EXPECT_EQ(instance, nullptr);
}

TEST(ChannelPluginCreate, NullHostIsFailedPrecondition) {
  const std::string config = R"({"shop_url": "x"})";
  orderhub_instance* instance = nullptr;
  orderhub_error error = orderhub::testing::full_size_error();
  EXPECT_EQ(descriptor().create(nullptr, config.data(), config.size(), &instance, &error),
            ORDERHUB_STATUS_FAILED_PRECONDITION);
  EXPECT_STREQ(error.message, "the host pointer is NULL");
  EXPECT_EQ(instance, nullptr);
}

TEST(ChannelPluginCreate, HostSmallerThanV1IsFailedPrecondition) {
  TestHost test_host;
  test_host.raw().struct_size = 8;
  const std::string config = R"({"shop_url": "x"})";
  orderhub_instance* instance = nullptr;
  orderhub_error error = orderhub::testing::full_size_error();
  EXPECT_EQ(descriptor().create(test_host.host(), config.data(), config.size(), &instance, &error),
            ORDERHUB_STATUS_FAILED_PRECONDITION);
  EXPECT_STREQ(error.message, "the host struct is smaller than ABI v1.0");
}

TEST(ChannelPluginCreate, HostOfAnotherAbiMajorIsFailedPrecondition) {
  TestHost test_host;
  test_host.raw().abi_major = 2;
  const std::string config = R"({"shop_url": "x"})";
  orderhub_instance* instance = nullptr;
  orderhub_error error = orderhub::testing::full_size_error();
  EXPECT_EQ(descriptor().create(test_host.host(), config.data(), config.size(), &instance, &error),
            ORDERHUB_STATUS_FAILED_PRECONDITION);
  EXPECT_STREQ(error.message, "the host speaks ABI major 2, this plugin ABI major 1");
}

TEST_F(ChannelPluginTest, AnswerGoesThroughTheCallersWriter) {
  const auto outcome = call(channel().download_orders_page, instance_, "{}");
  EXPECT_EQ(outcome.status, ORDERHUB_STATUS_OK);
  EXPECT_EQ(outcome.output,
            "{\"schema\": \"orderhub.order_batch/1\", \"orders\": [], \"next_page_token\": null}");
  EXPECT_EQ(outcome.message, "");
}

TEST_F(ChannelPluginTest, PluginReachesHostServicesThroughTheHostItWasGiven) {
  call(channel().download_orders_page, instance_, "log");
  ASSERT_EQ(test_host_.log_lines.size(), 1u);
  EXPECT_EQ(test_host_.log_lines[0].level, ORDERHUB_LOG_INFO);
  EXPECT_EQ(test_host_.log_lines[0].message, "downloading");
}

TEST_F(ChannelPluginTest, ThrownErrorBecomesItsStatusMessageAndRetryHint) {
  const auto outcome = call(channel().download_orders_page, instance_, "throw-error");
  EXPECT_EQ(outcome.status, ORDERHUB_STATUS_UNAVAILABLE);
  EXPECT_EQ(outcome.message, "the shop is down");
  EXPECT_EQ(outcome.retry_after_ms, 1500u);
  EXPECT_EQ(outcome.output, "");
}

TEST_F(ChannelPluginTest, StandardExceptionBecomesInternalNamingWhat) {
  const auto outcome = call(channel().download_orders_page, instance_, "throw-runtime-error");
  EXPECT_EQ(outcome.status, ORDERHUB_STATUS_INTERNAL);
  EXPECT_EQ(outcome.message, "internal error: page cursor went backwards");
  EXPECT_EQ(outcome.retry_after_ms, 0u);
}

TEST_F(ChannelPluginTest, AnythingElseThrownBecomesInternalUnknownException) {
  const auto outcome = call(channel().download_orders_page, instance_, "throw-int");
  EXPECT_EQ(outcome.status, ORDERHUB_STATUS_INTERNAL);
  EXPECT_EQ(outcome.message, "unknown exception");
}

TEST_F(ChannelPluginTest, ErrorThrownWithStatusOkIsNotMistakenForSuccess) {
  const auto outcome = call(channel().download_orders_page, instance_, "throw-ok");
  EXPECT_EQ(outcome.status, ORDERHUB_STATUS_INTERNAL);
  EXPECT_EQ(outcome.message, "error thrown with status OK: not really an error");
}

TEST_F(ChannelPluginTest, DeclaredButNotOverriddenCallIsUnimplemented) {
  const auto outcome = call(channel().acknowledge_orders, instance_, "{}");
  EXPECT_EQ(outcome.status, ORDERHUB_STATUS_UNIMPLEMENTED);
  EXPECT_EQ(outcome.message, "this channel plugin does not implement acknowledge_orders");
}

TEST_F(ChannelPluginTest, LongMessageIsTruncatedToCapacityAndTerminated) {
  const auto outcome = call(channel().download_orders_page, instance_, "throw-long");
  EXPECT_EQ(outcome.status, ORDERHUB_STATUS_INVALID_ARGUMENT);
  EXPECT_EQ(outcome.message, std::string(ORDERHUB_ERROR_MESSAGE_CAPACITY - 1, 'x'));
}

TEST_F(ChannelPluginTest, TruncationNeverSplitsAUtf8Sequence) {
  // 1022 bytes, then a three-byte euro sign: only one byte is left before the NUL, so the whole
  // sign must go rather than its first byte.
  const auto outcome = call(channel().cancel_order, instance_, std::string(1022, 'a'));
  EXPECT_EQ(outcome.status, ORDERHUB_STATUS_FAILED_PRECONDITION);
  EXPECT_EQ(outcome.message, std::string(1022, 'a'));
}

TEST_F(ChannelPluginTest, TinyErrorStructIsNeverWrittenBeyondItsSize) {
  // Exactly struct_size bytes on the heap, so AddressSanitizer catches a write past the end,
  // and a guarded copy inside a larger buffer, so every build checks the bytes after it.
  constexpr std::uint32_t tiny_size = 12;  // struct_size, retry_after_ms and 4 message bytes
  std::unique_ptr<unsigned char[]> exact(new unsigned char[tiny_size]());
  std::memcpy(exact.get(), &tiny_size, sizeof(tiny_size));

  alignas(orderhub_error) unsigned char guarded[sizeof(orderhub_error)];
  std::memset(guarded, 0xAB, sizeof(guarded));
  std::memcpy(guarded, &tiny_size, sizeof(tiny_size));

  for (unsigned char* buffer : {exact.get(), &guarded[0]}) {
    orderhub::testing::CollectingWriter response;
    const std::string request = "throw-error";
    EXPECT_EQ(
        channel().download_orders_page(instance_, request.data(), request.size(), response.writer(),
                                       reinterpret_cast<orderhub_error*>(buffer)),
        ORDERHUB_STATUS_UNAVAILABLE);
    std::uint32_t retry_after_ms = 0;
    std::memcpy(&retry_after_ms, buffer + 4, sizeof(retry_after_ms));
    EXPECT_EQ(retry_after_ms, 1500u);
    EXPECT_EQ(std::string(reinterpret_cast<const char*>(buffer + 8)), "the");
  }
  for (std::size_t index = tiny_size; index < sizeof(guarded); ++index) {
    ASSERT_EQ(guarded[index], 0xAB) << "byte " << index << " beyond struct_size was written";
  }
}

TEST_F(ChannelPluginTest, ErrorStructWithoutRoomForAMessageKeepsItsBytes) {
  alignas(orderhub_error) unsigned char guarded[sizeof(orderhub_error)];
  std::memset(guarded, 0xAB, sizeof(guarded));
  const std::uint32_t size_only = 4;
  std::memcpy(guarded, &size_only, sizeof(size_only));
  orderhub::testing::CollectingWriter response;
  const std::string request = "throw-error";
  EXPECT_EQ(
      channel().download_orders_page(instance_, request.data(), request.size(), response.writer(),
                                     reinterpret_cast<orderhub_error*>(guarded)),
      ORDERHUB_STATUS_UNAVAILABLE);
  for (std::size_t index = size_only; index < sizeof(guarded); ++index) {
    ASSERT_EQ(guarded[index], 0xAB) << "byte " << index << " beyond struct_size was written";
  }
}

TEST_F(ChannelPluginTest, WriterRefusingTheAnswerPropagatesItsStatus) {
  const auto outcome = call(channel().download_orders_page, instance_, "{}", 10);
  EXPECT_EQ(outcome.status, ORDERHUB_STATUS_RESOURCE_EXHAUSTED);
  EXPECT_EQ(outcome.message, "the caller's writer refused the response (75 bytes)");
}

TEST_F(ChannelPluginTest, MissingWriterIsInvalidArgument) {
  orderhub_error error = orderhub::testing::full_size_error();
  const std::string request = "{}";
  EXPECT_EQ(
      channel().download_orders_page(instance_, request.data(), request.size(), nullptr, &error),
      ORDERHUB_STATUS_INVALID_ARGUMENT);
  EXPECT_STREQ(error.message,
               "the caller's response writer is NULL, incomplete or smaller than ABI v1.0");
}

TEST_F(ChannelPluginTest, NullRequestWithASizeIsInvalidArgument) {
  orderhub::testing::CollectingWriter response;
  orderhub_error error = orderhub::testing::full_size_error();
  EXPECT_EQ(channel().download_orders_page(instance_, nullptr, 5, response.writer(), &error),
            ORDERHUB_STATUS_INVALID_ARGUMENT);
  EXPECT_STREQ(error.message, "the request is NULL with size 5");
}

}  // namespace
