// sync.h: one `orderhub sync` run: deliver the due outbox rows of every account (or one), and with
// `wait`, keep going through scheduled retries until nothing is left to send or a deadline passes.
// Failed rows are not waited for: they stay listed until resent.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.h"
#include "domain/ids.h"
#include "domain/result.h"
#include "orderhub/services/clock.h"
#include "pipeline/outbox/outbox_delivery.h"

namespace orderhub::pipeline {

// The channel of an account, created when its first row is due and kept for the run.
class ChannelProvider {
 public:
  virtual ~ChannelProvider() = default;
  // An error (e.g. the plugin is not installed) leaves the account's rows untouched.
  virtual domain::Result<OutboxChannel*> channel_for(const domain::Account& account) = 0;
};

// How the run waits for the next scheduled retry: real sleep, or moving a test clock.
class Sleeper {
 public:
  virtual ~Sleeper() = default;
  virtual void sleep_until(std::chrono::system_clock::time_point when) = 0;
};

class RealSleeper final : public Sleeper {
 public:
  void sleep_until(std::chrono::system_clock::time_point when) override;
};

struct SyncOptions {
  std::optional<domain::AccountId> account{};  // unset: every account
  bool wait = false;
  std::optional<std::chrono::system_clock::time_point> deadline{};  // for wait; unset: none
  DeliveryOptions delivery{};
};

struct AccountSync {
  domain::AccountId account{};
  DeliveryCounts counts{};
  std::string error{};  // the account could not be served (e.g. its plugin is missing)
};

struct SyncReport {
  std::vector<AccountSync> accounts{};
  int unfinished = 0;      // rows still pending or in flight at the end
  bool timed_out = false;  // wait stopped at the deadline with rows unfinished
};

// Refused when options.account names no account.
domain::Result<SyncReport> run_sync(store::Store& store, ChannelProvider& channels,
                                    const services::Clock& clock, Jitter& jitter, Sleeper& sleeper,
                                    const SyncOptions& options);

}  // namespace orderhub::pipeline
