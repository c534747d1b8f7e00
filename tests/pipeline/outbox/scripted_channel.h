// scripted_channel.h: a fake channel for the outbox tests: answers each call with the next scripted
// result (OK with a channel reference once the script runs out), records what it was sent, and
// can run a hook in the middle of a call (to act as a second worker while the first is "on the
// wire").
#pragma once

#include <atomic>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "pipeline/outbox/outbox_channel.h"
#include "pipeline/outbox/retry_policy.h"

namespace orderhub::pipeline::testing {

struct SentDocument {
  domain::OutboxKind kind;
  std::string document;
};

class ScriptedChannel final : public OutboxChannel {
 public:
  loader::CallResult deliver(domain::OutboxKind kind, std::string_view document) override;

  // The next calls' answers, in order.
  void then(loader::StatusCode status, std::string message = "",
            std::chrono::milliseconds retry_after = std::chrono::milliseconds(0));

  std::vector<SentDocument> sent() const;
  std::function<void()> during_call;  // runs inside deliver(), before it answers

 private:
  mutable std::mutex mutex_;
  std::deque<loader::CallResult> script_;
  std::vector<SentDocument> sent_;
};

// Always the same jitter fraction, so delays are exact.
class FixedJitter final : public Jitter {
 public:
  explicit FixedJitter(double value) : value_(value) {}
  double fraction() override { return value_; }

 private:
  double value_;
};

}  // namespace orderhub::pipeline::testing
