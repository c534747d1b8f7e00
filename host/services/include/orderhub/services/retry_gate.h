// retry_gate.h: a channel's Retry-After honoured across calls. Once a channel answered an account's
// request with Retry-After, no request of that account (its key-value scope) goes out before that
// time, whichever plugin instance or thread sends it: a download and a delivery of one account
// share the channel's rate limit, as the channel sees one client.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace orderhub::services {

class RetryGate {
 public:
  static RetryGate& instance();

  // No request of scope before now + delay (a later hold wins over an earlier one).
  void hold(const std::string& scope, std::chrono::milliseconds delay);
  // How long a request of scope must still wait; zero when it may go now.
  std::chrono::milliseconds remaining(const std::string& scope);

  // The lock a request of scope holds from its gate check until its answer is read, so that two
  // threads of one account never have requests in flight at once (a request sent while another
  // one is being answered with 429 would arrive before the Retry-After it never saw).
  std::mutex& sending_lock(const std::string& scope);

 private:
  std::mutex mutex_;
  std::map<std::string, std::chrono::steady_clock::time_point> not_before_;
  std::map<std::string, std::unique_ptr<std::mutex>> sending_;
};

}  // namespace orderhub::services
