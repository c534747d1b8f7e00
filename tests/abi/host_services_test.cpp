// host_services_test.cpp: the SDK's typed wrappers over the host services (log, clock, key-value,
// HTTP): what they pass across the ABI, how the host's failures come back as Error, and that a
// missing service is a clear FAILED_PRECONDITION.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include <orderhub/sdk.h>

#include "test_host.h"

namespace {

using orderhub::sdk::Error;
using orderhub::sdk::Host;
using orderhub::sdk::HttpRequest;
using orderhub::sdk::Status;
using orderhub::testing::TestHost;

// Runs action, which must throw Error, and returns it.
template <class Action>
Error thrown_by(Action action) {
  try {
    action();
  } catch (const Error& error) {
    return error;
  }
  ADD_FAILURE() << "no orderhub::sdk::Error was thrown";
  return Error(Status::OK, "");
}

TEST(HostServices, HostReportsItsVersionAndAbi) {
  TestHost test_host;
  const Host host(test_host.host());
  EXPECT_EQ(host.host_version(), "0.1.0-test");
  EXPECT_EQ(host.abi_major(), ORDERHUB_ABI_MAJOR);
  EXPECT_EQ(host.abi_minor(), ORDERHUB_ABI_MINOR);
  EXPECT_EQ(host.abi(), test_host.host());
}

TEST(HostServices, LoggerPassesLevelAndExactText) {
  TestHost test_host;
  const auto log = Host(test_host.host()).log();
  log.debug("one");
  log.info("two");
  log.warn("three");
  log.error(std::string_view("four and more", 4));
  ASSERT_EQ(test_host.log_lines.size(), 4u);
  EXPECT_EQ(test_host.log_lines[0].level, ORDERHUB_LOG_DEBUG);
  EXPECT_EQ(test_host.log_lines[1].level, ORDERHUB_LOG_INFO);
  EXPECT_EQ(test_host.log_lines[2].level, ORDERHUB_LOG_WARN);
  EXPECT_EQ(test_host.log_lines[3].level, ORDERHUB_LOG_ERROR);
  EXPECT_EQ(test_host.log_lines[3].message, "four");
}

TEST(HostServices, MissingServiceIsFailedPreconditionNamingIt) {
  TestHost test_host;
  test_host.withheld_services = {ORDERHUB_SERVICE_HTTP, ORDERHUB_SERVICE_LOG, ORDERHUB_SERVICE_KV,
                                 ORDERHUB_SERVICE_CLOCK};
  const Host host(test_host.host());
  const Error http = thrown_by([&] { host.http(); });
  EXPECT_EQ(http.status(), Status::FAILED_PRECONDITION);
  EXPECT_EQ(http.message(), "the host does not offer the service orderhub.http/1");
  EXPECT_EQ(thrown_by([&] { host.log(); }).message(),
            "the host does not offer the service orderhub.log/1");
  EXPECT_EQ(thrown_by([&] { host.kv(); }).message(),
            "the host does not offer the service orderhub.kv/1");
  EXPECT_EQ(thrown_by([&] { host.clock(); }).message(),
            "the host does not offer the service orderhub.clock/1");
}

TEST(HostServices, ServiceTableSmallerThanV1IsRefused) {
  orderhub_clock_service truncated{};
  truncated.struct_size = 4;
  const Error error = thrown_by([&] { orderhub::sdk::Clock(nullptr, &truncated); });
  EXPECT_EQ(error.status(), Status::FAILED_PRECONDITION);
}

TEST(HostServices, ClockGivesTheHostsTime) {
  TestHost test_host;
  test_host.now_ms = 1'700'000'000'123;
  const auto clock = Host(test_host.host()).clock();
  EXPECT_EQ(clock.now_unix_ms(), 1'700'000'000'123);
  EXPECT_EQ(
      std::chrono::duration_cast<std::chrono::milliseconds>(clock.now().time_since_epoch()).count(),
      1'700'000'000'123);
}

TEST(HostServices, KeyValueRoundTripsAndAbsentKeyIsEmpty) {
  TestHost test_host;
  const auto kv = Host(test_host.host()).kv();
  EXPECT_EQ(kv.get("token"), std::nullopt);
  kv.put("token", std::string("a\0b", 3));
  EXPECT_EQ(kv.get("token"), std::string("a\0b", 3));
  kv.remove("token");
  EXPECT_EQ(kv.get("token"), std::nullopt);
}

TEST(HostServices, KeyWithNulByteIsRefusedBeforeReachingTheHost) {
  TestHost test_host;
  const auto kv = Host(test_host.host()).kv();
  const Error error = thrown_by([&] { kv.put(std::string("to\0ken", 6), "v"); });
  EXPECT_EQ(error.status(), Status::INVALID_ARGUMENT);
  EXPECT_EQ(error.message(), "key-value key contains a NUL byte");
  EXPECT_TRUE(test_host.values.empty());
}

TEST(HostServices, HttpSendPassesEveryPartOfTheRequest) {
  TestHost test_host;
  HttpRequest request;
  request.method = "POST";
  request.url = "https://shop.example/api/orders?page=2";
  request.headers = {{"Accept", "application/json"}, {"X-Api-Key", "k-123"}};
  request.body = "{\"a\":1}";
  request.timeout = std::chrono::seconds(5);
  request.secrets = {"k-123"};
  Host(test_host.host()).http().send(request);

  ASSERT_EQ(test_host.sent.size(), 1u);
  const auto& sent = test_host.sent[0];
  EXPECT_EQ(sent.method, "POST");
  EXPECT_EQ(sent.url, "https://shop.example/api/orders?page=2");
  EXPECT_EQ(sent.headers, "Accept: application/json\r\nX-Api-Key: k-123\r\n");
  EXPECT_EQ(sent.body, "{\"a\":1}");
  EXPECT_EQ(sent.timeout_ms, 5000u);
  EXPECT_EQ(sent.secrets, std::vector<std::string>{"k-123"});
}

TEST(HostServices, HttpResponseCarriesStatusHintHeadersAndBody) {
  TestHost test_host;
  test_host.answer_status_code = 429;
  test_host.answer_retry_after_ms = 30000;
  test_host.answer_headers = "content-type: application/json\r\nretry-after: 30\r\n";
  test_host.answer_body = "{\"error\":\"slow down\"}";
  HttpRequest request;
  request.url = "https://shop.example/api/orders";
  const auto response = Host(test_host.host()).http().send(request);
  EXPECT_EQ(response.status_code, 429);
  EXPECT_EQ(response.retry_after_ms, 30000u);
  EXPECT_FALSE(response.is_success());
  ASSERT_EQ(response.headers.size(), 2u);
  EXPECT_EQ(response.headers[0].first, "content-type");
  EXPECT_EQ(response.headers[0].second, "application/json");
  EXPECT_EQ(response.header("Retry-After"), "30");
  EXPECT_EQ(response.header("x-missing"), std::nullopt);
  EXPECT_EQ(response.body, "{\"error\":\"slow down\"}");
}

TEST(HostServices, FailedSendThrowsTheHostsStatusWithoutTheQuery) {
  TestHost test_host;
  test_host.send_status = ORDERHUB_STATUS_DEADLINE_EXCEEDED;
  test_host.send_error_message = "no answer within 5000 ms";
  test_host.send_retry_after_ms = 250;
  HttpRequest request;
  request.url = "https://shop.example/api/orders?key=secret";
  const Error error = thrown_by([&] { Host(test_host.host()).http().send(request); });
  EXPECT_EQ(error.status(), Status::DEADLINE_EXCEEDED);
  EXPECT_EQ(error.message(), "HTTP GET /api/orders: no answer within 5000 ms");
  EXPECT_EQ(error.retry_after_ms(), 250u);
}

TEST(HostServices, HeaderValueWithLineBreakIsRefusedWithoutQuotingIt) {
  TestHost test_host;
  HttpRequest request;
  request.url = "https://shop.example/";
  request.headers = {{"Authorization", "Bearer x\r\nX-Injected: 1"}};
  const Error error = thrown_by([&] { Host(test_host.host()).http().send(request); });
  EXPECT_EQ(error.status(), Status::INVALID_ARGUMENT);
  EXPECT_EQ(error.message(), "HTTP header Authorization has a value with CR, LF or NUL");
  EXPECT_TRUE(test_host.sent.empty());
}

TEST(HostServices, NegativeTimeoutIsRefused) {
  TestHost test_host;
  HttpRequest request;
  request.url = "https://shop.example/";
  request.timeout = std::chrono::milliseconds(-1);
  EXPECT_EQ(thrown_by([&] { Host(test_host.host()).http().send(request); }).status(),
            Status::INVALID_ARGUMENT);
}

}  // namespace
