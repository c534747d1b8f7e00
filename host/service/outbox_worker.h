// outbox_worker.h: the service's deliveries. Each account gets a thread that delivers its due
// outbox rows continuously through pipeline/outbox (claim with a lease, call the plugin, record
// the outcome; retries with capped exponential backoff and jitter, never before Retry-After;
// delayed shipment uploads wait for their due time). Between rows it sleeps until the account's
// next row is due, waking early when an action queues a row, and at least every second to see
// rows queued by other processes (the command line).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "domain/ids.h"
#include "http/metrics.h"
#include "orderhub/loader/plugin_registry.h"
#include "pipeline/outbox/outbox_delivery.h"
#include "store/store.h"

namespace orderhub::service {

class OutboxWorker {
 public:
  OutboxWorker(store::Store& store, const loader::PluginRegistry& plugins, http::Metrics& metrics,
               pipeline::DeliveryOptions options);
  ~OutboxWorker();
  OutboxWorker(const OutboxWorker&) = delete;
  OutboxWorker& operator=(const OutboxWorker&) = delete;

  // Starts a thread per stored account and the watcher that finds new accounts.
  void start();

  // Wakes the account's thread: a row may be due now.
  void wake(const domain::AccountId& account);

  // Stops taking rows; a delivery in progress finishes (the channel's answer is recorded) before
  // its thread ends, so no row is left in flight by a clean stop.
  void stop();

 private:
  struct AccountDelivery {
    std::mutex mutex;
    std::condition_variable wakeup;
    bool woken = false;
    std::thread thread;
  };

  AccountDelivery& delivery_for(const domain::AccountId& account);
  void account_loop(domain::AccountId account, AccountDelivery& delivery);
  void watch_accounts();
  void count(const domain::AccountId& account, pipeline::DeliveryStep step);

  store::Store& store_;
  const loader::PluginRegistry& plugins_;
  http::Metrics& metrics_;
  pipeline::DeliveryOptions options_;
  std::atomic<bool> stopping_{false};
  std::mutex accounts_mutex_;
  std::condition_variable watcher_wakeup_;
  std::map<domain::AccountId, std::unique_ptr<AccountDelivery>> accounts_;
  std::thread watcher_;
};

}  // namespace orderhub::service
