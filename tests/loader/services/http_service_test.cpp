// The "orderhub.http/1" service against a real HTTP server on 127.0.0.1: responses, Retry-After,
// refused and dropped connections, timeouts, malformed requests, and what reaches the log.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>

#include "../log_capture.h"
#include "orderhub/abi.h"
#include "orderhub/services/instance_host.h"
#include "orderhub/services/string_writer.h"

namespace orderhub::services {
namespace {

std::chrono::system_clock::time_point november_23_2026_at_16() {
  return std::chrono::sys_days(std::chrono::year(2026) / 11 / 23) + std::chrono::hours(16);
}

// What one send() produced, as a plugin would see it.
struct Exchange {
  orderhub_status status = ORDERHUB_STATUS_UNKNOWN;
  int http_status = 0;
  std::uint32_t retry_after_ms = 0;
  std::string headers;
  std::string body{};
  std::string error;
};

struct Request {
  const char* method = "GET";
  std::string url{};
  const char* headers = nullptr;
  std::string body{};
  std::uint32_t timeout_ms = 0;
  const char* const* secrets = nullptr;
  std::size_t body_limit = kDefaultOutputLimit;
};

// A port on 127.0.0.1 that nothing listens on.
int closed_port() {
  const int socket_fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(socket_fd, reinterpret_cast<sockaddr*>(&address), sizeof(address));
  socklen_t length = sizeof(address);
  ::getsockname(socket_fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(socket_fd);
  return ntohs(address.sin_port);
}

class HttpServiceTest : public ::testing::Test {
 protected:
  HttpServiceTest() : clock_(std::make_shared<ManualClock>(november_23_2026_at_16())) {}

  void SetUp() override {
    server_.Get("/ok", [](const httplib::Request&, httplib::Response& response) {
      response.set_header("X-Channel", "demo");
      response.set_content(R"({"orders":[]})", "application/json");
    });
    server_.Post("/echo", [](const httplib::Request& request, httplib::Response& response) {
      response.set_content(request.get_header_value("X-Api-Key") + "|" +
                               request.get_header_value("Content-Type") + "|" + request.body,
                           "text/plain");
    });
    server_.Get("/limited", [](const httplib::Request&, httplib::Response& response) {
      // Longer than a call waits out itself: the plugin gets the answer to schedule its retry.
      response.status = 429;
      response.set_header("Retry-After", "7");
      response.set_content("slow down", "text/plain");
    });
    // The first two requests fail, the third is answered.
    const auto flaky = [this](const httplib::Request&, httplib::Response& response) {
      if (++flaky_requests_ <= 2) {
        response.status = 503;
        response.set_content("busy", "text/plain");
        return;
      }
      response.set_content("served", "text/plain");
    };
    server_.Get("/flaky", flaky);
    server_.Post("/flaky", flaky);
    server_.Post("/throttled-write", [this](const httplib::Request&, httplib::Response& response) {
      if (++flaky_requests_ == 1) {
        response.status = 429;
        response.set_header("Retry-After", "1");
        return;
      }
      response.set_content("written", "text/plain");
    });
    server_.Get("/maintenance", [](const httplib::Request&, httplib::Response& response) {
      response.status = 503;
      response.set_header("Retry-After", "Mon, 23 Nov 2026 16:02:00 GMT");
    });
    server_.Get("/large", [](const httplib::Request&, httplib::Response& response) {
      response.set_content(std::string(10000, 'x'), "text/plain");
    });
    server_.Get("/stalled", [this](const httplib::Request&, httplib::Response& response) {
      std::unique_lock lock(stall_mutex_);
      stall_released_.wait(lock, [this] { return stall_over_; });
      response.set_content("too late", "text/plain");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    ASSERT_GT(port_, 0);
    server_thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    HostEnvironment environment;
    environment.clock = clock_;
    host_ = std::make_unique<InstanceHost>(
        environment, InstanceIdentity{"org.example.http", "account:test", {}});
  }

  void TearDown() override {
    {
      std::lock_guard lock(stall_mutex_);
      stall_over_ = true;
    }
    stall_released_.notify_all();
    server_.stop();
    server_thread_.join();
  }

  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

  Exchange send(const Request& request) {
    const auto* http = static_cast<const orderhub_http_service*>(
        host_->abi()->get_service(host_->abi(), ORDERHUB_SERVICE_HTTP));
    StringWriter headers;
    StringWriter body(request.body_limit);
    orderhub_http_request abi_request{};
    abi_request.struct_size = sizeof(abi_request);
    abi_request.timeout_ms = request.timeout_ms;
    abi_request.method = request.method;
    abi_request.url = request.url.c_str();
    abi_request.headers = request.headers;
    abi_request.body = request.body.data();
    abi_request.body_size = request.body.size();
    abi_request.secrets = request.secrets;
    orderhub_http_response abi_response{};
    abi_response.struct_size = sizeof(abi_response);
    abi_response.headers = headers.abi();
    abi_response.body = body.abi();
    orderhub_error error{};
    error.struct_size = sizeof(error);

    Exchange exchange;
    exchange.status = http->send(host_->abi(), &abi_request, &abi_response, &error);
    exchange.http_status = abi_response.status_code;
    exchange.retry_after_ms = abi_response.retry_after_ms;
    exchange.headers = headers.contents();
    exchange.body = body.contents();
    exchange.error = error.message;
    return exchange;
  }

  std::shared_ptr<ManualClock> clock_;
  httplib::Server server_;
  int port_ = 0;
  std::thread server_thread_;
  std::unique_ptr<InstanceHost> host_;
  std::mutex stall_mutex_;
  std::condition_variable stall_released_;
  bool stall_over_ = false;
  std::atomic<int> flaky_requests_{0};
};

TEST_F(HttpServiceTest, OkResponseArrivesWithStatusHeadersAndBody) {
  const Exchange exchange = send({.url = url("/ok")});
  EXPECT_EQ(exchange.status, ORDERHUB_STATUS_OK);
  EXPECT_EQ(exchange.http_status, 200);
  EXPECT_EQ(exchange.retry_after_ms, 0u);
  EXPECT_EQ(exchange.body, R"({"orders":[]})");
  EXPECT_NE(exchange.headers.find("x-channel: demo\r\n"), std::string::npos) << exchange.headers;
  EXPECT_NE(exchange.headers.find("content-type: application/json\r\n"), std::string::npos);
}

TEST_F(HttpServiceTest, RequestHeadersAndBodyReachTheServer) {
  const Exchange exchange = send({.method = "POST",
                                  .url = url("/echo"),
                                  .headers = "Content-Type: application/json\r\nX-Api-Key: k-1\r\n",
                                  .body = R"({"ship":true})"});
  EXPECT_EQ(exchange.status, ORDERHUB_STATUS_OK);
  EXPECT_EQ(exchange.body, R"(k-1|application/json|{"ship":true})");
}

TEST_F(HttpServiceTest, TooManyRequestsCarriesRetryAfterSeconds) {
  const Exchange exchange = send({.url = url("/limited")});
  EXPECT_EQ(exchange.status, ORDERHUB_STATUS_OK);
  EXPECT_EQ(exchange.http_status, 429);
  EXPECT_EQ(exchange.retry_after_ms, 7000u);
  EXPECT_EQ(exchange.body, "slow down");
}

TEST_F(HttpServiceTest,
       SafeRequestFailingForAMomentIsSentAgainAndOnlyTheLastAnswerReachesThePlugin) {
  const Exchange exchange = send({.url = url("/flaky")});
  EXPECT_EQ(exchange.status, ORDERHUB_STATUS_OK);
  EXPECT_EQ(exchange.http_status, 200);
  EXPECT_EQ(exchange.body, "served");
  EXPECT_EQ(flaky_requests_, 3);
}

TEST_F(HttpServiceTest, WriteAnswered503IsNotSentAgainBecauseTheChannelMayHaveActedOnIt) {
  const Exchange exchange = send({.method = "POST", .url = url("/flaky"), .body = "{}"});
  EXPECT_EQ(exchange.status, ORDERHUB_STATUS_OK);
  EXPECT_EQ(exchange.http_status, 503);
  EXPECT_EQ(exchange.body, "busy");
  EXPECT_EQ(flaky_requests_, 1);
}

TEST_F(HttpServiceTest, WriteWithAnIdempotencyKeyIsSentAgain) {
  const Exchange exchange = send({.method = "POST",
                                  .url = url("/flaky"),
                                  .headers = "Idempotency-Key: ship-1\r\n",
                                  .body = "{}"});
  EXPECT_EQ(exchange.http_status, 200);
  EXPECT_EQ(flaky_requests_, 3);
}

TEST_F(HttpServiceTest, WriteRefusedWith429IsSentAgainNoEarlierThanItsRetryAfter) {
  const auto started = std::chrono::steady_clock::now();
  const Exchange exchange = send({.method = "POST", .url = url("/throttled-write"), .body = "{}"});
  EXPECT_EQ(exchange.http_status, 200);
  EXPECT_EQ(exchange.body, "written");
  EXPECT_EQ(flaky_requests_, 2);
  EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::seconds(1));
}

TEST_F(HttpServiceTest, ServiceUnavailableCarriesRetryAfterDateFromTheHostClock) {
  const Exchange exchange = send({.url = url("/maintenance")});
  EXPECT_EQ(exchange.status, ORDERHUB_STATUS_OK);
  EXPECT_EQ(exchange.http_status, 503);
  EXPECT_EQ(exchange.retry_after_ms, 120000u);
}

TEST_F(HttpServiceTest, RefusedConnectionIsUnavailable) {
  const int port = closed_port();
  const Exchange exchange =
      send({.url = "http://127.0.0.1:" + std::to_string(port) + "/orders?token=tok-secret-1"});
  EXPECT_EQ(exchange.status, ORDERHUB_STATUS_UNAVAILABLE);
  EXPECT_NE(exchange.error.find("could not connect to 127.0.0.1:" + std::to_string(port)),
            std::string::npos)
      << exchange.error;
  EXPECT_NE(exchange.error.find("token=***"), std::string::npos) << exchange.error;
  EXPECT_EQ(exchange.error.find("tok-secret-1"), std::string::npos);
}

TEST_F(HttpServiceTest, NoResponseWithinTheTimeoutIsDeadlineExceeded) {
  const Exchange exchange = send({.url = url("/stalled"), .timeout_ms = 200});
  EXPECT_EQ(exchange.status, ORDERHUB_STATUS_DEADLINE_EXCEEDED);
  EXPECT_NE(exchange.error.find("200 ms"), std::string::npos) << exchange.error;
}

TEST_F(HttpServiceTest, ConnectionDroppedBeforeAResponseIsUnavailable) {
  // A listener that accepts, reads the request and hangs up without answering.
  const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
  ASSERT_EQ(::listen(listener, 1), 0);
  socklen_t length = sizeof(address);
  ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length);
  std::thread hang_up([listener] {
    const int connection = ::accept(listener, nullptr, nullptr);
    char buffer[1024];
    static_cast<void>(::recv(connection, buffer, sizeof(buffer), 0));
    ::close(connection);
  });
  // A write: whether it was applied is unknown, so it is not sent again.
  const Exchange exchange =
      send({.method = "POST",
            .url = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/orders",
            .body = "{}",
            .timeout_ms = 10000});
  hang_up.join();
  ::close(listener);
  EXPECT_EQ(exchange.status, ORDERHUB_STATUS_UNAVAILABLE);
  EXPECT_NE(exchange.error.find("dropped"), std::string::npos) << exchange.error;
}

TEST_F(HttpServiceTest, MalformedRequestsAreInvalidArguments) {
  const std::pair<Request, const char*> cases[] = {
      {{.method = "FETCH", .url = url("/ok")}, "method \"FETCH\""},
      {{.url = "ftp://127.0.0.1/file"}, "scheme \"ftp\""},
      {{.url = url("/ok"), .headers = "X-Good: 1\r\nno colon here\r\n"}, "headers: line 2"},
  };
  for (const auto& [request, reason] : cases) {
    const Exchange exchange = send(request);
    EXPECT_EQ(exchange.status, ORDERHUB_STATUS_INVALID_ARGUMENT) << reason;
    EXPECT_NE(exchange.error.find(reason), std::string::npos) << exchange.error;
  }
}

TEST_F(HttpServiceTest, BodyLargerThanThePluginsWriterAcceptsIsResourceExhausted) {
  const Exchange exchange = send({.url = url("/large"), .body_limit = 1000});
  EXPECT_EQ(exchange.status, ORDERHUB_STATUS_RESOURCE_EXHAUSTED);
}

TEST_F(HttpServiceTest, HttpsToAPlainHttpServerFailsAsUnavailable) {
  const Exchange exchange =
      send({.url = "https://127.0.0.1:" + std::to_string(port_) + "/ok", .timeout_ms = 5000});
  EXPECT_EQ(exchange.status, ORDERHUB_STATUS_UNAVAILABLE) << exchange.error;
}

TEST_F(HttpServiceTest, RequestLogLineShowsMethodUrlAndStatusButNoSecret) {
  testing::LogCapture capture(spdlog::level::debug);
  host_ = std::make_unique<InstanceHost>(HostEnvironment{},
                                         InstanceIdentity{"org.example.http", "account:test", {}});
  const char* const secrets[] = {"path-secret-9", nullptr};
  const Exchange exchange = send({.url = url("/ok?api_key=query-secret-7&page=2&id=path-secret-9"),
                                  .headers = "Authorization: Bearer auth-secret-5\r\n",
                                  .secrets = secrets});
  ASSERT_EQ(exchange.status, ORDERHUB_STATUS_OK);
  const std::string text = capture.text();
  EXPECT_NE(text.find("http GET " + url("/ok?api_key=***&page=2&id=***") + " -> 200 in "),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("[org.example.http]"), std::string::npos);
  for (const char* secret : {"query-secret-7", "path-secret-9", "auth-secret-5"}) {
    EXPECT_EQ(text.find(secret), std::string::npos) << secret << " in " << text;
  }
  host_.reset();
}

}  // namespace
}  // namespace orderhub::services
