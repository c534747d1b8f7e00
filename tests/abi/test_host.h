// test_host.h: an orderhub_host for SDK tests, standing where the real host stands. Each service
// can be switched off to see how the SDK copes, and each call is recorded so a test can check what
// the SDK handed across the ABI.
#ifndef ORDERHUB_TESTS_ABI_TEST_HOST_H
#define ORDERHUB_TESTS_ABI_TEST_HOST_H

#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <orderhub/abi.h>

namespace orderhub::testing {

class TestHost {
 public:
  struct LogLine {
    std::int32_t level;
    std::string message;
  };
  struct SentRequest {
    std::string method;
    std::string url;
    std::string headers;
    std::string body;
    std::uint32_t timeout_ms;
    std::vector<std::string> secrets;
  };

  TestHost() {
    host_.struct_size = sizeof(host_);
    host_.abi_major = ORDERHUB_ABI_MAJOR;
    host_.abi_minor = ORDERHUB_ABI_MINOR;
    host_.host_version = "0.1.0-test";
    host_.host_data = this;
    host_.get_service = &TestHost::get_service;

    log_.struct_size = sizeof(log_);
    log_.log = &TestHost::log;
    clock_.struct_size = sizeof(clock_);
    clock_.now_unix_ms = &TestHost::now_unix_ms;
    kv_.struct_size = sizeof(kv_);
    kv_.get = &TestHost::kv_get;
    kv_.put = &TestHost::kv_put;
    kv_.remove = &TestHost::kv_remove;
    http_.struct_size = sizeof(http_);
    http_.send = &TestHost::http_send;
  }
  TestHost(const TestHost&) = delete;
  TestHost& operator=(const TestHost&) = delete;

  const orderhub_host* host() const { return &host_; }
  orderhub_host& raw() { return host_; }

  // Services get_service answers NULL for.
  std::vector<std::string> withheld_services;

  std::vector<LogLine> log_lines;
  std::int64_t now_ms = 1'795'000'000'000;
  std::map<std::string, std::string> values;
  std::vector<SentRequest> sent;

  // What http send does: fail with a status (and message, retry hint), or answer.
  orderhub_status send_status = ORDERHUB_STATUS_OK;
  std::string send_error_message;
  std::uint32_t send_retry_after_ms = 0;
  std::int32_t answer_status_code = 200;
  std::uint32_t answer_retry_after_ms = 0;
  std::string answer_headers;
  std::string answer_body;

 private:
  static TestHost& self(const orderhub_host* host) {
    return *static_cast<TestHost*>(host->host_data);
  }

  static const void* get_service(const orderhub_host* host, const char* service_id) {
    TestHost& test_host = self(host);
    for (const std::string& withheld : test_host.withheld_services) {
      if (withheld == service_id) {
        return nullptr;
      }
    }
    const std::string id = service_id;
    if (id == ORDERHUB_SERVICE_LOG)
      return &test_host.log_;
    if (id == ORDERHUB_SERVICE_CLOCK)
      return &test_host.clock_;
    if (id == ORDERHUB_SERVICE_KV)
      return &test_host.kv_;
    if (id == ORDERHUB_SERVICE_HTTP)
      return &test_host.http_;
    return nullptr;
  }

  static void fail(orderhub_error* error, const std::string& message, std::uint32_t retry) {
    error->retry_after_ms = retry;
    std::strncpy(error->message, message.c_str(), sizeof(error->message) - 1);
  }

  static void log(const orderhub_host* host, std::int32_t level, const char* message, size_t size) {
    self(host).log_lines.push_back({level, std::string(message, size)});
  }

  static std::int64_t now_unix_ms(const orderhub_host* host) { return self(host).now_ms; }

  static orderhub_status kv_get(const orderhub_host* host, const char* key, orderhub_writer* value,
                                orderhub_error* error) {
    auto& values = self(host).values;
    const auto found = values.find(key);
    if (found == values.end()) {
      fail(error, std::string("no value under ") + key, 0);
      return ORDERHUB_STATUS_NOT_FOUND;
    }
    return value->write(value->context, found->second.data(), found->second.size());
  }

  static orderhub_status kv_put(const orderhub_host* host, const char* key, const char* value,
                                size_t size, orderhub_error*) {
    self(host).values[key] = std::string(value, size);
    return ORDERHUB_STATUS_OK;
  }

  static orderhub_status kv_remove(const orderhub_host* host, const char* key, orderhub_error*) {
    self(host).values.erase(key);
    return ORDERHUB_STATUS_OK;
  }

  static orderhub_status http_send(const orderhub_host* host, const orderhub_http_request* request,
                                   orderhub_http_response* response, orderhub_error* error) {
    TestHost& test_host = self(host);
    SentRequest sent{request->method,
                     request->url,
                     request->headers == nullptr ? "" : request->headers,
                     std::string(request->body, request->body_size),
                     request->timeout_ms,
                     {}};
    for (const char* const* secret = request->secrets; secret != nullptr && *secret != nullptr;
         ++secret) {
      sent.secrets.emplace_back(*secret);
    }
    test_host.sent.push_back(std::move(sent));
    if (test_host.send_status != ORDERHUB_STATUS_OK) {
      fail(error, test_host.send_error_message, test_host.send_retry_after_ms);
      return test_host.send_status;
    }
    response->status_code = test_host.answer_status_code;
    response->retry_after_ms = test_host.answer_retry_after_ms;
    if (response->headers != nullptr) {
      response->headers->write(response->headers->context, test_host.answer_headers.data(),
                               test_host.answer_headers.size());
    }
    if (response->body != nullptr) {
      response->body->write(response->body->context, test_host.answer_body.data(),
                            test_host.answer_body.size());
    }
    return ORDERHUB_STATUS_OK;
  }

  orderhub_host host_{};
  orderhub_log_service log_{};
  orderhub_clock_service clock_{};
  orderhub_kv_service kv_{};
  orderhub_http_service http_{};
};

}  // namespace orderhub::testing

#endif  // ORDERHUB_TESTS_ABI_TEST_HOST_H
