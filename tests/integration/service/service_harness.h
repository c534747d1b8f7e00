// service_harness.h: `orderhub serve` as a real process for the service's tests: a sandbox serving
// the channels, a database with an account per channel, the service started on a free loopback
// port with a config file, and an API client carrying the bearer token.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "orderhub_runner.h"
#include "store/store.h"
#include "support/sandbox_process.h"

namespace orderhub::testing {

inline const std::string kServiceToken = "service-test-token-0123456789";

// A channel of the sandbox and the account that sells through it.
struct HubChannel {
  std::string sandbox_channel;  // "cscart"
  std::string plugin;           // "cscart"
  std::string account;          // "cscart-shop"
  nlohmann::json config;
  std::vector<std::string> settings;  // extra `account set` pairs
};

// The five first-party channels, configured for this sandbox.
std::vector<HubChannel> every_channel(const SandboxProcess& sandbox);

// orderhub serve in the background; its output goes to files.
class ServiceProcess {
 public:
  ServiceProcess(const std::vector<std::string>& arguments, const std::string& output_stem);
  ~ServiceProcess();
  ServiceProcess(const ServiceProcess&) = delete;
  ServiceProcess& operator=(const ServiceProcess&) = delete;

  // Waits for "listening on HOST:PORT"; 0 when the process exited or did not announce in time.
  int wait_for_port(std::chrono::milliseconds timeout = std::chrono::seconds(20));
  void send(int signal_number);
  // Waits for the exit: the exit code, or 128 + the signal.
  int wait();
  std::string output() const;  // stdout and stderr so far
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  std::string out_path_;
  std::string err_path_;
  int exit_code_ = -1;
};

class ServiceFixture : public ::testing::Test {
 protected:
  ServiceFixture();
  ~ServiceFixture() override;

  // Starts the sandbox with these arguments.
  void start_sandbox(std::vector<std::string> arguments);
  // Adds the channel's account (with download.interval=interval) without downloading.
  void add_account(const HubChannel& channel, const std::string& interval = "2s");
  // Writes the config and starts `orderhub serve`; returns once it listens.
  void start_service(const nlohmann::json& extra_config = {});
  // SIGTERM and the exit code.
  int stop_service();

  OrderhubRun orderhub(const std::vector<std::string>& arguments) const;
  void must(const std::vector<std::string>& arguments) const;

  // An API client with (or without) the token.
  std::unique_ptr<httplib::Client> api(bool with_token = true) const;
  // GET/POST through the API; the reply parsed (null when not JSON), status in status.
  nlohmann::json get(const std::string& path, int& status) const;
  nlohmann::json post(const std::string& path, const nlohmann::json& body, int& status) const;

  // Polls until done() or the timeout; true when done.
  static bool eventually(const std::function<bool()>& done,
                         std::chrono::milliseconds timeout = std::chrono::seconds(30),
                         std::chrono::milliseconds period = std::chrono::milliseconds(100));

  std::unique_ptr<store::Store> open_database() const;
  std::string database_path() const { return directory_ + "/orderhub.db"; }
  const std::string& directory() const { return directory_; }
  SandboxProcess& sandbox() { return *sandbox_; }
  ServiceProcess& service() { return *service_; }
  int service_port() const { return port_; }

  nlohmann::json sandbox_get(const std::string& path) const;
  void set_faults(const nlohmann::json& faults) const;

 protected:
  std::string directory_;
  std::unique_ptr<SandboxProcess> sandbox_;
  std::unique_ptr<ServiceProcess> service_;
  int port_ = 0;
  int service_starts_ = 0;
};

}  // namespace orderhub::testing
