// download_run.cpp: the page loop of a download run, its window and its cursor.
#include "pipeline/download/download_run.h"

#include <nlohmann/json.hpp>

#include "pipeline/accounts/account_settings.h"
#include "pipeline/accounts/accounts.h"
#include "pipeline/download/page_import.h"
#include "pipeline/rules/rule_engine.h"

namespace orderhub::pipeline {
namespace {

// Where the run starts and stops, and from which page.
struct Window {
  domain::Timestamp since{};
  domain::Timestamp until{};
  std::optional<std::string> page_token{};
};

domain::Timestamp now_of(const services::Clock& clock) {
  return std::chrono::floor<std::chrono::seconds>(clock.now());
}

Window window_for(const std::optional<domain::DownloadCursor>& cursor,
                  const AccountSettings& settings, const DownloadOptions& options,
                  domain::Timestamp now) {
  Window window;
  window.until = now;
  if (options.since) {
    window.since = *options.since;
  } else if (cursor && cursor->page_token) {
    // Resume the interrupted run on the window it had, so its page tokens still mean the same
    // pages. Its until is the time it started (last_run_at).
    window.since = cursor->run_since.value_or(domain::Timestamp{});
    window.page_token = cursor->page_token;
    if (cursor->last_run_at && *cursor->last_run_at >= window.since) {
      window.until = *cursor->last_run_at;
    }
  } else if (cursor && cursor->watermark) {
    window.since = *cursor->watermark - settings.lookback;
  }
  if (window.since > window.until) {
    window.since = window.until;
  }
  return window;
}

std::string download_request(const Window& window, const std::optional<std::string>& page_token,
                             const AccountSettings& settings, int page_size) {
  const nlohmann::json request = {
      {"schema", "orderhub.download_request/1"},
      {"since", domain::format_timestamp(window.since)},
      {"until", domain::format_timestamp(window.until)},
      {"page_token", page_token ? nlohmann::json(*page_token) : nlohmann::json(nullptr)},
      {"page_size", page_size},
      {"options",
       {{"allow_unpaid", settings.allow_unpaid}, {"allow_shipped", settings.allow_shipped}}}};
  return request.dump();
}

void record_error(store::Store& store, const domain::AccountId& account, const std::string& error) {
  store::in_write_transaction(store, [&](store::Transaction& transaction) {
    domain::DownloadCursor cursor =
        transaction.cursors().find(account).value_or(domain::DownloadCursor{account});
    cursor.last_error = error;
    transaction.cursors().save(cursor);
  });
}

// Downloads every page of window (from its page token, if any), committing each page with the
// cursor. Adds to outcome.summary; sets outcome.error and stops at the first failure.
void run_window(store::Store& store, ChannelSession& session, const PageImport& page,
                const Window& window, const DownloadOptions& options, DownloadOutcome& outcome) {
  const int page_size = options.page_size;
  const domain::AccountId& account_id = page.account.id;
  const std::string who = "account " + account_id.str();
  std::optional<std::string> page_token = window.page_token;
  while (true) {
    const loader::CallResult call = session.download_orders_page(
        download_request(window, page_token, page.settings, page_size));
    if (!call.ok()) {
      outcome.error = who + ": plugin " + session.plugin().id + " failed to download orders (" +
                      std::string(services::status_name(call.status)) + "): " + call.message;
      return;
    }
    auto batch = read_order_batch(call.output, account_id);
    if (!batch) {
      outcome.error = who + ": plugin " + session.plugin().id +
                      " returned a malformed page: " + batch.error().message;
      return;
    }
    if (batch->next_page_token && batch->next_page_token == page_token) {
      outcome.error = who + ": plugin " + session.plugin().id + " returned the page token " +
                      domain::quoted(*page_token) + " it was given: the download would not end";
      return;
    }

    const bool last_page = !batch->next_page_token.has_value();
    const DownloadSummary counts =
        store::in_write_transaction(store, [&](store::Transaction& transaction) {
          DownloadSummary page_counts = import_page(transaction, page, *batch);
          domain::DownloadCursor saved =
              transaction.cursors().find(account_id).value_or(domain::DownloadCursor{account_id});
          saved.run_since = window.since;
          saved.last_run_at = window.until;
          saved.page_token = batch->next_page_token;
          if (last_page) {
            saved.watermark = window.until;
            saved.last_success_at = page.now;
            saved.last_error.clear();
          }
          transaction.cursors().save(saved);
          return page_counts;
        });
    outcome.summary += counts;
    ++outcome.summary.pages;
    if (last_page) {
      return;
    }
    if (options.stop_requested != nullptr && options.stop_requested->load()) {
      outcome.stopped = true;
      return;
    }
    page_token = batch->next_page_token;
  }
}

}  // namespace

DownloadOutcome run_download(store::Store& store, ChannelSession& session,
                             const services::Clock& clock, const DownloadOptions& options) {
  DownloadOutcome outcome;
  const domain::AccountId& account_id = session.account().id;
  const std::string who = "account " + account_id.str();

  // The account as stored now (settings may have changed since the session was opened).
  auto account = store::in_read_transaction(store, [&](store::Transaction& transaction) {
    return find_account(transaction, account_id.str());
  });
  if (!account) {
    outcome.error = account.error().message;
    return outcome;
  }
  auto settings = parse_account_settings(account->settings);
  if (!settings) {
    outcome.error = who + ": " + settings.error().message;
    return outcome;
  }
  if (!settings->download_enabled && !options.force) {
    outcome.error = who +
                    ": download is disabled (download.enabled=false); use --force to "
                    "download anyway";
    return outcome;
  }
  if (options.page_size < 1) {
    outcome.error = who + ": page size must be at least 1";
    return outcome;
  }

  const domain::Timestamp now = now_of(clock);
  const auto cursor = store::in_read_transaction(store, [&](store::Transaction& transaction) {
    return transaction.cursors().find(account_id);
  });
  const PageImport page{
      *account, *settings,
      session.has_capability("orders.acknowledge") ? Acknowledge::yes : Acknowledge::no, now};
  const Window window = window_for(cursor, *settings, options, now);
  run_window(store, session, page, window, options, outcome);
  if (outcome.ok() && !outcome.stopped && window.page_token) {
    // The interrupted run is complete up to the time it started; carry on to now, so that a
    // download always ends with the store as current as a fresh run would leave it.
    Window fresh;
    fresh.since = std::min(window.until - settings->lookback, now);
    fresh.until = now;
    run_window(store, session, page, fresh, options, outcome);
  }

  if (outcome.error) {
    record_error(store, account_id, *outcome.error);
  }
  // Rule evaluations held back by a rule's delay run on the next download once due.
  (void)order_rules::run_due_rules(store, now);
  return outcome;
}

}  // namespace orderhub::pipeline
