// outbox_worker.cpp: one delivery thread per account.
#include "service/outbox_worker.h"

#include "orderhub/logging/logging_setup.h"
#include "orderhub/services/clock.h"
#include "orderhub/services/retry_gate.h"
#include "pipeline/channels/channel_session.h"
#include "pipeline/invoices/invoice_printer.h"
#include "pipeline/invoices/invoice_upload.h"
#include "pipeline/outbox/outbox_channel.h"

namespace orderhub::service {
namespace {

using Clock = std::chrono::system_clock;
using namespace std::chrono_literals;

// The longest sleep between looks at the outbox: rows queued by another process are seen this late.
constexpr auto kPoll = 1s;
// How long an account whose channel cannot be opened waits before trying again.
constexpr auto kChannelRetry = 5s;
constexpr auto kAccountScan = 2s;
constexpr auto kMinimumSleep = 100ms;

std::string_view step_name(pipeline::DeliveryStep step) {
  switch (step) {
    case pipeline::DeliveryStep::delivered:
      return "delivered";
    case pipeline::DeliveryStep::retry_scheduled:
      return "retry_scheduled";
    case pipeline::DeliveryStep::failed:
      return "failed";
    case pipeline::DeliveryStep::claim_lost:
      return "claim_lost";
    default:
      return "idle";
  }
}

}  // namespace

OutboxWorker::OutboxWorker(store::Store& store, const loader::PluginRegistry& plugins,
                           http::Metrics& metrics, pipeline::DeliveryOptions options)
    : store_(store), plugins_(plugins), metrics_(metrics), options_(std::move(options)) {
  metrics_.describe("orderhub_outbox_deliveries_total",
                    "Outbox delivery attempts, by account, kind and result");
  metrics_.describe("orderhub_outbox_delivery_duration_seconds",
                    "Time a delivery attempt took (claim, channel call, record), by account");
}

OutboxWorker::~OutboxWorker() {
  stop();
}

void OutboxWorker::start() {
  for (const domain::Account& account : store_.begin_read()->accounts().list()) {
    delivery_for(account.id);
  }
  watcher_ = std::thread([this] { watch_accounts(); });
}

OutboxWorker::AccountDelivery& OutboxWorker::delivery_for(const domain::AccountId& account) {
  const std::lock_guard lock(accounts_mutex_);
  auto& delivery = accounts_[account];
  if (!delivery) {
    delivery = std::make_unique<AccountDelivery>();
    AccountDelivery& created = *delivery;
    created.thread = std::thread([this, account, &created] { account_loop(account, created); });
  }
  return *delivery;
}

void OutboxWorker::wake(const domain::AccountId& account) {
  if (stopping_) {
    return;
  }
  AccountDelivery& delivery = delivery_for(account);
  {
    const std::lock_guard lock(delivery.mutex);
    delivery.woken = true;
  }
  delivery.wakeup.notify_all();
}

void OutboxWorker::watch_accounts() {
  while (!stopping_) {
    try {
      for (const domain::Account& account : store_.begin_read()->accounts().list()) {
        delivery_for(account.id);
      }
    } catch (const std::exception& error) {
      logging::host_logger()->warn("looking for new accounts failed: {}", error.what());
    }
    std::unique_lock lock(accounts_mutex_);
    watcher_wakeup_.wait_for(lock, kAccountScan, [this] { return stopping_.load(); });
  }
}

void OutboxWorker::count(const domain::AccountId& account, pipeline::DeliveryStep step) {
  metrics_.count("orderhub_outbox_deliveries_total",
                 {{"account", account.str()}, {"result", std::string(step_name(step))}});
}

void OutboxWorker::account_loop(domain::AccountId account, AccountDelivery& delivery) {
  const auto logger = logging::host_logger();
  // This thread's requests go before a download's of the same account: they are actions already
  // accepted, waiting to reach the channel.
  services::RetryGate::mark_this_thread_urgent();
  const services::SystemClock clock;
  pipeline::RandomJitter jitter;
  pipeline::OutboxDelivery outbox(store_, clock, jitter, options_);
  std::unique_ptr<pipeline::ChannelSession> session;
  std::unique_ptr<pipeline::PluginOutboxChannel> plugin_channel;
  // Invoice rows get their PDF attached on the way out; the printer is this thread's own, since
  // invoice plugin instances are not shared between threads.
  pipeline::InvoicePrinter invoices(store_, plugins_);
  std::unique_ptr<pipeline::InvoiceAttachingChannel> channel;

  const auto sleep_until = [&](Clock::time_point until) {
    std::unique_lock lock(delivery.mutex);
    delivery.wakeup.wait_until(lock, until, [&] { return stopping_ || delivery.woken; });
    delivery.woken = false;
  };

  while (!stopping_) {
    try {
      if (!channel) {
        const std::optional<domain::Account> stored = store_.begin_read()->accounts().find(account);
        if (!stored) {
          sleep_until(Clock::now() + kChannelRetry);
          continue;
        }
        auto opened = pipeline::ChannelSession::open(store_, plugins_, *stored);
        if (!opened) {
          logger->warn("outbox of account {}: {}", account.str(), opened.error().message);
          sleep_until(Clock::now() + kChannelRetry);
          continue;
        }
        session = std::move(opened).value();
        plugin_channel = std::make_unique<pipeline::PluginOutboxChannel>(session->instance());
        channel = std::make_unique<pipeline::InvoiceAttachingChannel>(*plugin_channel, invoices);
      }
      const auto started = std::chrono::steady_clock::now();
      const pipeline::DeliveryReport report = outbox.deliver_next(account, *channel);
      switch (report.step) {
        case pipeline::DeliveryStep::delivered:
        case pipeline::DeliveryStep::retry_scheduled:
        case pipeline::DeliveryStep::failed:
        case pipeline::DeliveryStep::claim_lost:
          count(account, report.step);
          metrics_.observe("orderhub_outbox_delivery_duration_seconds",
                           {{"account", account.str()}}, http::seconds_since(started));
          if (report.step == pipeline::DeliveryStep::failed) {
            logger->warn("outbox row {} of account {} failed: {}", report.row ? report.row->id : 0,
                         account.str(), report.message);
          }
          continue;  // the next row may be due at once
        default:
          break;
      }
      const std::optional<domain::Timestamp> next =
          store_.begin_read()->outbox().next_due_at(account);
      Clock::time_point until = Clock::now() + kPoll;
      if (next) {
        until = std::min(until, Clock::time_point(*next));
      }
      // A row that is due but held back (behind a retry, or leased elsewhere) must not make this
      // loop spin.
      until = std::max(until, Clock::now() + kMinimumSleep);
      sleep_until(until);
    } catch (const std::exception& error) {
      logger->error("outbox of account {}: {}", account.str(), error.what());
      sleep_until(Clock::now() + kPoll);
    }
  }
}

void OutboxWorker::stop() {
  stopping_ = true;
  watcher_wakeup_.notify_all();
  if (watcher_.joinable()) {
    watcher_.join();
  }
  for (auto& [account, delivery] : accounts_) {
    {
      const std::lock_guard lock(delivery->mutex);
      delivery->woken = true;
    }
    delivery->wakeup.notify_all();
    if (delivery->thread.joinable()) {
      delivery->thread.join();
    }
  }
}

}  // namespace orderhub::service
