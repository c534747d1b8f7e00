// download_scheduler.h: the service's downloads. Each account gets a thread that runs the
// account's download (pipeline/download) every download.interval while download.enabled is on,
// and at once when asked ("download now"). One thread per account means never two runs of one
// account at once in this process; a request during a run is served by the next run, which starts
// as soon as the current one ends. Accounts added while the service runs are picked up within a
// few seconds; settings are read again before every run.
#pragma once

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "domain/ids.h"
#include "domain/result.h"
#include "http/metrics.h"
#include "http/service_control.h"
#include "orderhub/loader/plugin_registry.h"
#include "store/store.h"

namespace orderhub::service {

class DownloadScheduler {
 public:
  DownloadScheduler(store::Store& store, const loader::PluginRegistry& plugins,
                    http::Metrics& metrics);
  ~DownloadScheduler();
  DownloadScheduler(const DownloadScheduler&) = delete;
  DownloadScheduler& operator=(const DownloadScheduler&) = delete;

  // Starts a thread per stored account and the watcher that finds new accounts.
  void start();

  // Asks for a run of the account now; with wait, blocks until a run that started after the
  // request ended and returns its outcome. Refused when the account does not exist or the
  // scheduler is stopping.
  domain::Result<http::DownloadRequestResult> download_now(const domain::AccountId& account,
                                                           bool wait);

  // Stops every thread: a run in progress stops after the page it is committing (its cursor keeps
  // the page token, so the next start resumes there).
  void stop();

  // [{"id", "running", "last_started_at", "last_finished_at", "last_result", "last_error",
  //   "last_success_at"}] per account.
  nlohmann::ordered_json health();

 private:
  struct AccountRuns {
    std::mutex mutex;
    std::condition_variable changed;
    bool requested = false;  // a "download now" waits for the next run
    bool running = false;
    std::int64_t started = 0;   // runs started so far
    std::int64_t finished = 0;  // runs finished so far
    std::optional<std::string> last_started_at;
    std::optional<std::string> last_finished_at;
    std::string last_result;  // "ok", "error", "stopped"
    std::optional<std::string> last_error;
    http::DownloadRequestResult last_outcome;
    std::thread thread;
  };

  AccountRuns& runs_for(const domain::AccountId& account);
  void account_loop(domain::AccountId account, AccountRuns& runs);
  void watch_accounts();

  store::Store& store_;
  const loader::PluginRegistry& plugins_;
  http::Metrics& metrics_;
  std::atomic<bool> stopping_{false};
  std::mutex accounts_mutex_;
  std::condition_variable watcher_wakeup_;
  std::map<domain::AccountId, std::unique_ptr<AccountRuns>> accounts_;
  std::thread watcher_;
};

}  // namespace orderhub::service
