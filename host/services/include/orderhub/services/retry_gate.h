// retry_gate.h: a channel's Retry-After honoured across calls. Once a channel answered an account's
// request with Retry-After, no request of that account (its key-value scope) goes out before that
// time, whichever plugin instance or thread sends it: a download and a delivery of one account
// share the channel's rate limit, as the channel sees one client.
#pragma once

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace orderhub::services {

class RetryGate;

// An account's turn to send one request, held from the Retry-After check until the answer is read;
// given back when destroyed.
class SendingTurn {
 public:
  SendingTurn() = default;
  SendingTurn(SendingTurn&& other) noexcept;
  SendingTurn& operator=(SendingTurn&& other) noexcept;
  SendingTurn(const SendingTurn&) = delete;
  SendingTurn& operator=(const SendingTurn&) = delete;
  ~SendingTurn();

 private:
  friend class RetryGate;
  struct Lane;
  explicit SendingTurn(Lane* lane) : lane_(lane) {}
  Lane* lane_ = nullptr;
};

class RetryGate {
 public:
  static RetryGate& instance();

  // No request of scope before now + delay (a later hold wins over an earlier one).
  void hold(const std::string& scope, std::chrono::milliseconds delay);
  // How long a request of scope must still wait; zero when it may go now.
  std::chrono::milliseconds remaining(const std::string& scope);

  // Waits for scope's turn to send, so that two threads of one account never have requests in
  // flight at once (a request sent while another one is being answered with 429 would arrive
  // before the Retry-After it never saw). Threads marked urgent go before the others waiting.
  SendingTurn take_turn(const std::string& scope);

  // Marks the calling thread's requests urgent: the outbox's delivery threads, whose rows are
  // actions already accepted, go before a download of the same account when both wait.
  static void mark_this_thread_urgent();

 private:
  std::mutex mutex_;
  std::map<std::string, std::chrono::steady_clock::time_point> not_before_;
  std::map<std::string, std::unique_ptr<SendingTurn::Lane>> lanes_;
};

}  // namespace orderhub::services
