// download_scheduler.cpp: one download thread per account, woken by its interval or on demand.
#include "service/download_scheduler.h"

#include "orderhub/logging/logging_setup.h"
#include "orderhub/services/clock.h"
#include "pipeline/accounts/account_settings.h"
#include "pipeline/channels/channel_session.h"
#include "pipeline/download/download_run.h"

namespace orderhub::service {
namespace {

using Clock = std::chrono::system_clock;
using namespace std::chrono_literals;

// How often a disabled account's settings are looked at again, and a broken account retried.
constexpr auto kRecheck = 5s;
// How often the watcher looks for new accounts.
constexpr auto kAccountScan = 2s;

std::string now_text() {
  return domain::format_timestamp(std::chrono::floor<std::chrono::seconds>(Clock::now()));
}

struct Schedule {
  bool enabled = false;
  std::chrono::seconds interval{1800};
};

Schedule read_schedule(store::Store& store, const domain::AccountId& account) {
  const std::optional<domain::Account> stored = store.begin_read()->accounts().find(account);
  if (!stored) {
    return {};
  }
  auto settings = pipeline::parse_account_settings(stored->settings);
  if (!settings) {
    return {};
  }
  return Schedule{settings->download_enabled, settings->download_interval};
}

// The first run: one interval after the last successful one, or now.
Clock::time_point first_due(store::Store& store, const domain::AccountId& account,
                            std::chrono::seconds interval) {
  const auto cursor = store.begin_read()->cursors().find(account);
  if (cursor && cursor->last_success_at && !cursor->page_token) {
    return std::max(Clock::now(), Clock::time_point(*cursor->last_success_at + interval));
  }
  return Clock::now();
}

}  // namespace

DownloadScheduler::DownloadScheduler(store::Store& store, const loader::PluginRegistry& plugins,
                                     http::Metrics& metrics)
    : store_(store), plugins_(plugins), metrics_(metrics) {
  metrics_.describe("orderhub_downloads_total", "Download runs, by account and result");
  metrics_.describe("orderhub_orders_imported_total", "New orders stored by downloads, by account");
  metrics_.describe("orderhub_download_duration_seconds", "Time a download run took, by account");
}

DownloadScheduler::~DownloadScheduler() {
  stop();
}

void DownloadScheduler::start() {
  for (const domain::Account& account : store_.begin_read()->accounts().list()) {
    runs_for(account.id);
  }
  watcher_ = std::thread([this] { watch_accounts(); });
}

DownloadScheduler::AccountRuns& DownloadScheduler::runs_for(const domain::AccountId& account) {
  const std::lock_guard lock(accounts_mutex_);
  auto& runs = accounts_[account];
  if (!runs) {
    runs = std::make_unique<AccountRuns>();
    AccountRuns& created = *runs;
    created.thread = std::thread([this, account, &created] { account_loop(account, created); });
  }
  return *runs;
}

void DownloadScheduler::watch_accounts() {
  while (!stopping_) {
    try {
      for (const domain::Account& account : store_.begin_read()->accounts().list()) {
        runs_for(account.id);
      }
    } catch (const std::exception& error) {
      logging::host_logger()->warn("looking for new accounts failed: {}", error.what());
    }
    std::unique_lock lock(accounts_mutex_);
    watcher_wakeup_.wait_for(lock, kAccountScan, [this] { return stopping_.load(); });
  }
}

void DownloadScheduler::account_loop(domain::AccountId account, AccountRuns& runs) {
  const auto logger = logging::host_logger();
  const services::SystemClock clock;
  std::unique_ptr<pipeline::ChannelSession> session;
  Clock::time_point due = Clock::now();
  try {
    due = first_due(store_, account, read_schedule(store_, account).interval);
  } catch (const std::exception& error) {
    logger->warn("account {}: reading its download state failed: {}", account.str(), error.what());
  }
  while (true) {
    bool forced = false;
    {
      std::unique_lock lock(runs.mutex);
      runs.changed.wait_until(lock, due, [&] { return stopping_ || runs.requested; });
      if (stopping_) {
        return;
      }
      forced = runs.requested;
      if (!forced && Clock::now() < due) {
        continue;
      }
    }
    Schedule schedule;
    try {
      schedule = read_schedule(store_, account);
    } catch (const std::exception& error) {
      logger->warn("account {}: reading its settings failed: {}", account.str(), error.what());
      due = Clock::now() + kRecheck;
      continue;
    }
    if (!schedule.enabled && !forced) {
      due = Clock::now() + kRecheck;
      continue;
    }
    const auto started = Clock::now();
    const auto steady_start = std::chrono::steady_clock::now();
    {
      const std::lock_guard lock(runs.mutex);
      runs.requested = false;
      runs.running = true;
      ++runs.started;
      runs.last_started_at = now_text();
    }
    http::DownloadRequestResult outcome;
    outcome.started = true;
    std::string result = "ok";
    try {
      if (!session) {
        const std::optional<domain::Account> stored = store_.begin_read()->accounts().find(account);
        if (!stored) {
          throw std::runtime_error("unknown account \"" + account.str() + "\"");
        }
        auto opened = pipeline::ChannelSession::open(store_, plugins_, *stored);
        if (!opened) {
          throw std::runtime_error(opened.error().message);
        }
        session = std::move(opened).value();
      }
      pipeline::DownloadOptions options;
      options.force = forced;
      options.stop_requested = &stopping_;
      const pipeline::DownloadOutcome run =
          pipeline::run_download(store_, *session, clock, options);
      outcome.summary = run.summary;
      outcome.error = run.error;
      result = run.error ? "error" : run.stopped ? "stopped" : "ok";
      metrics_.count("orderhub_orders_imported_total", {{"account", account.str()}},
                     run.summary.inserted);
      if (run.error) {
        logger->warn("{}", *run.error);
      } else {
        logger->info("account {}: downloaded {} pages, {} new, {} updated orders{}", account.str(),
                     run.summary.pages, run.summary.inserted, run.summary.updated,
                     run.stopped ? " (stopped for shutdown)" : "");
      }
    } catch (const std::exception& error) {
      result = "error";
      outcome.error = "account " + account.str() + ": " + error.what();
      logger->error("{}", *outcome.error);
    }
    metrics_.count("orderhub_downloads_total", {{"account", account.str()}, {"result", result}});
    metrics_.observe("orderhub_download_duration_seconds", {{"account", account.str()}},
                     http::seconds_since(steady_start));
    {
      const std::lock_guard lock(runs.mutex);
      runs.running = false;
      ++runs.finished;
      runs.last_finished_at = now_text();
      runs.last_result = result;
      runs.last_error = outcome.error;
      runs.last_outcome = outcome;
    }
    runs.changed.notify_all();
    due = started + (result == "error" ? std::min<std::chrono::seconds>(schedule.interval, 60s)
                                       : schedule.interval);
  }
}

domain::Result<http::DownloadRequestResult> DownloadScheduler::download_now(
    const domain::AccountId& account, bool wait) {
  if (stopping_) {
    return domain::Error{"the service is shutting down"};
  }
  if (!store_.begin_read()->accounts().find(account)) {
    return domain::Error{"unknown account " + domain::quoted(account.str())};
  }
  AccountRuns& runs = runs_for(account);
  std::unique_lock lock(runs.mutex);
  // The run that serves this request starts after it: the next one to start.
  const std::int64_t serving = runs.started + 1;
  runs.requested = true;
  runs.changed.notify_all();
  http::DownloadRequestResult result;
  result.started = true;
  if (!wait) {
    return result;
  }
  runs.changed.wait(lock, [&] { return stopping_ || runs.finished >= serving; });
  if (runs.finished < serving) {
    return domain::Error{"the service is shutting down"};
  }
  return runs.last_outcome;
}

void DownloadScheduler::stop() {
  stopping_ = true;
  watcher_wakeup_.notify_all();
  if (watcher_.joinable()) {
    watcher_.join();
  }
  std::map<domain::AccountId, std::unique_ptr<AccountRuns>>* accounts = nullptr;
  {
    const std::lock_guard lock(accounts_mutex_);
    accounts = &accounts_;
  }
  for (auto& [account, runs] : *accounts) {
    { const std::lock_guard lock(runs->mutex); }
    runs->changed.notify_all();
    if (runs->thread.joinable()) {
      runs->thread.join();
    }
  }
}

nlohmann::ordered_json DownloadScheduler::health() {
  nlohmann::ordered_json accounts = nlohmann::ordered_json::array();
  const auto transaction = store_.begin_read();
  for (const domain::Account& account : transaction->accounts().list()) {
    const auto cursor = transaction->cursors().find(account.id);
    const auto settings = pipeline::parse_account_settings(account.settings);
    nlohmann::ordered_json json = {
        {"id", account.id.str()},
        {"download_enabled", settings && settings->download_enabled},
        {"last_success_at",
         cursor && cursor->last_success_at
             ? nlohmann::ordered_json(domain::format_timestamp(*cursor->last_success_at))
             : nlohmann::ordered_json()},
        {"last_error", cursor && !cursor->last_error.empty()
                           ? nlohmann::ordered_json(cursor->last_error)
                           : nlohmann::ordered_json()}};
    std::unique_lock accounts_lock(accounts_mutex_);
    const auto found = accounts_.find(account.id);
    AccountRuns* runs = found == accounts_.end() ? nullptr : found->second.get();
    accounts_lock.unlock();
    if (runs != nullptr) {
      const std::lock_guard lock(runs->mutex);
      json["running"] = runs->running;
      json["last_started_at"] = runs->last_started_at
                                    ? nlohmann::ordered_json(*runs->last_started_at)
                                    : nlohmann::ordered_json();
      json["last_finished_at"] = runs->last_finished_at
                                     ? nlohmann::ordered_json(*runs->last_finished_at)
                                     : nlohmann::ordered_json();
      json["last_result"] = runs->last_result.empty() ? nlohmann::ordered_json()
                                                      : nlohmann::ordered_json(runs->last_result);
    }
    accounts.push_back(json);
  }
  return accounts;
}

}  // namespace orderhub::service
