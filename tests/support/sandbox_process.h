// Starts orderhub-sandbox as a subprocess for a test and stops it again:
//
//   orderhub::testing::SandboxProcess sandbox({"--orders", "50"});
//   httplib::Client client(sandbox.base_url());   // "http://127.0.0.1:PORT"
//
// The sandbox listens on a free port (--port 0 is added unless the arguments give --port). The
// constructor returns once the sandbox printed its "listening on" line; the destructor sends
// SIGTERM and waits. The sandbox also receives SIGTERM if the thread that started it exits, so a
// crashed test never leaves a server behind.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace orderhub::testing {

class SandboxProcess {
 public:
  // Throws std::runtime_error when the sandbox cannot start or does not announce its port within
  // `startup_timeout` (its stderr goes to the test's stderr). Ignores SIGPIPE in the calling
  // process: a connection the sandbox drops on purpose must fail a write, not kill the test.
  explicit SandboxProcess(std::vector<std::string> arguments = {},
                          std::chrono::milliseconds startup_timeout = std::chrono::seconds(30));
  ~SandboxProcess();

  SandboxProcess(const SandboxProcess&) = delete;
  SandboxProcess& operator=(const SandboxProcess&) = delete;

  int port() const { return port_; }

  // "http://127.0.0.1:PORT"
  std::string base_url() const;

  // A channel account's base_url: "http://127.0.0.1:PORT/<channel>", e.g. for "cscart".
  std::string channel_url(std::string_view channel) const;

  pid_t pid() const { return pid_; }

  // Sends SIGTERM and waits (SIGKILL after 10 s). Returns the exit code, or 128 + the signal
  // number when the sandbox died from a signal. Later calls return the same value.
  int stop();

  // The orderhub-sandbox binary these helpers start (set at build time).
  static std::string binary_path();

 private:
  void forward_output(int descriptor);

  pid_t pid_ = -1;
  int port_ = 0;
  int exit_status_ = -1;
  int output_descriptor_ = -1;
  std::thread output_forwarder_;
};

}  // namespace orderhub::testing
