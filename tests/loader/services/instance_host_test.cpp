// The orderhub_host given to a plugin instance and its log, clock and kv services, called through
// the C tables exactly as a plugin calls them.
#include <cstring>

#include <gtest/gtest.h>

#include "../log_capture.h"
#include "orderhub/abi.h"
#include "orderhub/logging/secret_registry.h"
#include "orderhub/services/abi_structs.h"
#include "orderhub/services/instance_host.h"
#include "orderhub/services/string_writer.h"

namespace orderhub::services {
namespace {

std::chrono::system_clock::time_point november_23_2026_at_16() {
  return std::chrono::sys_days(std::chrono::year(2026) / 11 / 23) + std::chrono::hours(16);
}

orderhub_error empty_error() {
  orderhub_error error{};
  error.struct_size = sizeof(error);
  return error;
}

template <class Table>
const Table* service(const InstanceHost& host, const char* id) {
  return static_cast<const Table*>(host.abi()->get_service(host.abi(), id));
}

TEST(InstanceHostTest, HostStructCarriesTheAbiVersionAndEveryService) {
  const InstanceHost host(HostEnvironment{}, InstanceIdentity{"org.example.p", "account:a", {}});
  const orderhub_host* abi = host.abi();
  EXPECT_EQ(abi->struct_size, sizeof(orderhub_host));
  EXPECT_EQ(abi->abi_major, ORDERHUB_ABI_MAJOR);
  EXPECT_EQ(abi->abi_minor, ORDERHUB_ABI_MINOR);
  EXPECT_NE(abi->host_version, nullptr);
  for (const char* id :
       {ORDERHUB_SERVICE_LOG, ORDERHUB_SERVICE_CLOCK, ORDERHUB_SERVICE_KV, ORDERHUB_SERVICE_HTTP}) {
    EXPECT_NE(abi->get_service(abi, id), nullptr) << id;
  }
  EXPECT_EQ(abi->get_service(abi, "orderhub.http/2"), nullptr);
  EXPECT_EQ(abi->get_service(abi, "orderhub.teleport/1"), nullptr);
  EXPECT_EQ(abi->get_service(abi, nullptr), nullptr);
  EXPECT_EQ(InstanceHost::from_abi(abi), &host);
}

TEST(InstanceHostTest, HttpTimeoutFallsBackToTheEnvironmentDefault) {
  HostEnvironment environment;
  environment.default_http_timeout = std::chrono::milliseconds(1234);
  const InstanceHost without_own(environment, InstanceIdentity{"p", "s", {}});
  const InstanceHost with_own(environment,
                              InstanceIdentity{"p", "s", std::chrono::milliseconds(99)});
  EXPECT_EQ(without_own.http_timeout(), std::chrono::milliseconds(1234));
  EXPECT_EQ(with_own.http_timeout(), std::chrono::milliseconds(99));
}

TEST(ClockServiceTest, PluginsSeeTheInjectedClock) {
  auto clock = std::make_shared<ManualClock>(november_23_2026_at_16());
  HostEnvironment environment;
  environment.clock = clock;
  const InstanceHost host(environment, InstanceIdentity{"p", "s", {}});
  const auto* clock_service = service<orderhub_clock_service>(host, ORDERHUB_SERVICE_CLOCK);
  EXPECT_EQ(clock_service->now_unix_ms(host.abi()), 1795449600000);
  clock->advance(std::chrono::minutes(1));
  EXPECT_EQ(clock_service->now_unix_ms(host.abi()), 1795449660000);
}

TEST(LogServiceTest, PluginLinesCarryThePluginIdAndAreMasked) {
  testing::LogCapture capture;
  logging::register_secret("sk_test_abc");
  {
    const InstanceHost host(HostEnvironment{},
                            InstanceIdentity{"org.example.shop", "account:eu", {}});
    const auto* log_service = service<orderhub_log_service>(host, ORDERHUB_SERVICE_LOG);
    const std::string message = "token is sk_test_abc";
    log_service->log(host.abi(), ORDERHUB_LOG_WARN, message.data(), message.size());
    log_service->log(host.abi(), 77, "odd level", 9);
  }
  const std::string text = capture.text();
  EXPECT_NE(text.find("[org.example.shop] [account:eu] token is ***"), std::string::npos) << text;
  EXPECT_NE(text.find("error [org.example.shop] [account:eu] odd level"), std::string::npos)
      << text;
  EXPECT_EQ(text.find("sk_test_abc"), std::string::npos);
  logging::SecretRegistry::instance().clear();
}

class KeyValueServiceTest : public ::testing::Test {
 protected:
  KeyValueServiceTest()
      : first_(environment_, InstanceIdentity{"p", "account:first", {}}),
        second_(environment_, InstanceIdentity{"p", "account:second", {}}),
        kv_(service<orderhub_kv_service>(first_, ORDERHUB_SERVICE_KV)) {}

  orderhub_status get(const InstanceHost& host, const char* key, std::string& value) {
    StringWriter writer;
    orderhub_error error = empty_error();
    const orderhub_status status = kv_->get(host.abi(), key, writer.abi(), &error);
    value = writer.contents();
    return status;
  }

  HostEnvironment environment_;
  InstanceHost first_;
  InstanceHost second_;
  const orderhub_kv_service* kv_;
};

TEST_F(KeyValueServiceTest, PutThenGetReturnsTheValue) {
  orderhub_error error = empty_error();
  ASSERT_EQ(kv_->put(first_.abi(), "token", "abc\0def", 7, &error), ORDERHUB_STATUS_OK);
  std::string value;
  EXPECT_EQ(get(first_, "token", value), ORDERHUB_STATUS_OK);
  EXPECT_EQ(value, std::string("abc\0def", 7));
}

TEST_F(KeyValueServiceTest, InstancesDoNotSeeEachOthersState) {
  orderhub_error error = empty_error();
  ASSERT_EQ(kv_->put(first_.abi(), "token", "one", 3, &error), ORDERHUB_STATUS_OK);
  std::string value;
  EXPECT_EQ(get(second_, "token", value), ORDERHUB_STATUS_NOT_FOUND);
}

TEST_F(KeyValueServiceTest, AbsentKeyIsNotFoundWithAMessage) {
  StringWriter writer;
  orderhub_error error = empty_error();
  EXPECT_EQ(kv_->get(first_.abi(), "missing", writer.abi(), &error), ORDERHUB_STATUS_NOT_FOUND);
  EXPECT_STREQ(error.message, "kv: no value for key missing");
}

TEST_F(KeyValueServiceTest, RemoveDeletesAndIsHarmlessWhenAbsent) {
  orderhub_error error = empty_error();
  ASSERT_EQ(kv_->put(first_.abi(), "token", "one", 3, &error), ORDERHUB_STATUS_OK);
  EXPECT_EQ(kv_->remove(first_.abi(), "token", &error), ORDERHUB_STATUS_OK);
  EXPECT_EQ(kv_->remove(first_.abi(), "token", &error), ORDERHUB_STATUS_OK);
  std::string value;
  EXPECT_EQ(get(first_, "token", value), ORDERHUB_STATUS_NOT_FOUND);
}

TEST_F(KeyValueServiceTest, EmptyKeyIsInvalid) {
  orderhub_error error = empty_error();
  EXPECT_EQ(kv_->put(first_.abi(), "", "x", 1, &error), ORDERHUB_STATUS_INVALID_ARGUMENT);
  EXPECT_STREQ(error.message, "kv: key is empty");
  EXPECT_EQ(kv_->remove(first_.abi(), nullptr, &error), ORDERHUB_STATUS_INVALID_ARGUMENT);
}

TEST_F(KeyValueServiceTest, ValueLargerThanTheWriterAcceptsIsResourceExhausted) {
  orderhub_error error = empty_error();
  ASSERT_EQ(kv_->put(first_.abi(), "big", "0123456789", 10, &error), ORDERHUB_STATUS_OK);
  StringWriter small_writer(4);
  EXPECT_EQ(kv_->get(first_.abi(), "big", small_writer.abi(), &error),
            ORDERHUB_STATUS_RESOURCE_EXHAUSTED);
}

// A store whose database is unreachable, as the durable store is when its disk fails.
class UnreachableStore final : public KeyValueStore {
 public:
  std::optional<std::string> get(std::string_view, std::string_view) override { fail(); }
  void put(std::string_view, std::string_view, std::string_view) override { fail(); }
  void remove(std::string_view, std::string_view) override { fail(); }

 private:
  [[noreturn]] static void fail() { throw KeyValueStoreError("database is locked"); }
};

TEST(KeyValueStoreFailureTest, StoreFailureIsUnavailableWithTheReason) {
  HostEnvironment environment;
  environment.key_value_store = std::make_shared<UnreachableStore>();
  const InstanceHost host(environment, InstanceIdentity{"p", "s", {}});
  const auto* kv = service<orderhub_kv_service>(host, ORDERHUB_SERVICE_KV);
  orderhub_error error = empty_error();
  EXPECT_EQ(kv->put(host.abi(), "k", "v", 1, &error), ORDERHUB_STATUS_UNAVAILABLE);
  EXPECT_STREQ(error.message, "kv: the store failed: database is locked");
}

TEST(ErrorStructTest, MessageIsTruncatedToTheCallersStructSize) {
  orderhub_error error{};
  std::memset(error.message, 'z', sizeof(error.message));
  error.struct_size = offsetof(orderhub_error, message) + 8;
  fill_error(&error, "a message longer than eight bytes", 1500);
  EXPECT_EQ(error.retry_after_ms, 1500u);
  EXPECT_EQ(std::string(error.message), "a messa");
  EXPECT_EQ(error.message[8], 'z');
}

}  // namespace
}  // namespace orderhub::services
