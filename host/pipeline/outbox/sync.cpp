// sync.cpp: deliver due rows account by account; with wait, sleep until the next row is due.
#include "pipeline/outbox/sync.h"

#include <algorithm>
#include <thread>

#include "pipeline/rules/rule_engine.h"

namespace orderhub::pipeline {

void RealSleeper::sleep_until(std::chrono::system_clock::time_point when) {
  std::this_thread::sleep_until(when);
}

namespace {

std::vector<domain::Account> accounts_to_sync(store::Store& store, const SyncOptions& options,
                                              std::optional<domain::Error>& error) {
  std::unique_ptr<store::Transaction> transaction = store.begin_read();
  if (!options.account) {
    return transaction->accounts().list();
  }
  std::optional<domain::Account> account = transaction->accounts().find(*options.account);
  if (!account) {
    error = domain::Error{"there is no account " + domain::quoted(options.account->str())};
    return {};
  }
  return {*account};
}

int unfinished_rows(store::Transaction& transaction, const domain::AccountId& account) {
  int count = 0;
  for (domain::OutboxState state : {domain::OutboxState::pending, domain::OutboxState::in_flight}) {
    store::OutboxFilter filter;
    filter.account = account;
    filter.state = state;
    filter.limit = -1;
    count += static_cast<int>(transaction.outbox().list(filter).size());
  }
  return count;
}

}  // namespace

domain::Result<SyncReport> run_sync(store::Store& store, ChannelProvider& channels,
                                    const services::Clock& clock, Jitter& jitter, Sleeper& sleeper,
                                    const SyncOptions& options) {
  std::optional<domain::Error> refused;
  const std::vector<domain::Account> accounts = accounts_to_sync(store, options, refused);
  if (refused) {
    return *refused;
  }
  // Rule evaluations held back by a rule's delay run on sync too, before anything is delivered.
  (void)order_rules::run_due_rules(store, std::chrono::floor<std::chrono::seconds>(clock.now()));
  OutboxDelivery delivery(store, clock, jitter, options.delivery);
  SyncReport report;
  for (const domain::Account& account : accounts) {
    report.accounts.push_back(AccountSync{account.id, {}, ""});
  }

  for (;;) {
    const auto now = clock.now();
    const domain::Timestamp now_seconds = std::chrono::floor<std::chrono::seconds>(now);
    std::optional<std::chrono::system_clock::time_point> next_wake;
    report.unfinished = 0;
    for (std::size_t index = 0; index < accounts.size(); ++index) {
      AccountSync& sync = report.accounts[index];
      if (!sync.error.empty()) {
        continue;
      }
      const std::optional<domain::Timestamp> due =
          store.begin_read()->outbox().next_due_at(sync.account);
      if (due && *due <= now_seconds) {
        auto channel = channels.channel_for(accounts[index]);
        if (!channel) {
          sync.error = channel.error().message;
          continue;
        }
        const DeliveryCounts counts = delivery.deliver_due(sync.account, **channel);
        sync.counts.delivered += counts.delivered;
        sync.counts.retried += counts.retried;
        sync.counts.failed += counts.failed;
        sync.counts.lost += counts.lost;
      }
      std::unique_ptr<store::Transaction> reading = store.begin_read();
      report.unfinished += unfinished_rows(*reading, sync.account);
      if (const auto later = reading->outbox().next_due_at(sync.account)) {
        const std::chrono::system_clock::time_point at = *later;
        next_wake = next_wake ? std::min(*next_wake, at) : at;
      }
    }
    if (!options.wait || report.unfinished == 0) {
      return report;
    }
    // Something is unfinished but nothing can go before next_wake; a row that is due yet held
    // back (behind a delayed row of its order) is looked at again a second later.
    auto wake = next_wake.value_or(clock.now() + std::chrono::seconds(1));
    wake = std::max(wake,
                    std::chrono::system_clock::time_point(now_seconds) + std::chrono::seconds(1));
    if (options.deadline && wake > *options.deadline) {
      if (clock.now() < *options.deadline) {
        sleeper.sleep_until(*options.deadline);
        continue;  // one last round at the deadline
      }
      report.timed_out = true;
      return report;
    }
    sleeper.sleep_until(wake);
  }
}

}  // namespace orderhub::pipeline
