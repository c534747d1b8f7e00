// download_run.h: one download run of a channel account.
//
// The window is [since, until): since = the cursor's watermark minus download.lookback (the epoch
// before the first complete run), or the given --since; until = now. A run that was interrupted
// (the cursor holds a page token) resumes where it stopped, with the window it had, and then
// carries on with a fresh window up to now, so any run ends as current as a fresh one. Each page is
// read from the plugin, checked, and stored in ONE write transaction together with the cursor
// (run_since, the next page token), so a crash leaves the cursor at the last committed page and
// never past an order that is not stored; re-reading a page is harmless because orders are
// upserted. The last page also sets the watermark to until and clears the page token. A plugin
// error or a malformed batch ends the run: pages already committed stay, the error is recorded in
// the cursor's last_error, and nothing of the failing page is stored.
#pragma once

#include <atomic>
#include <optional>
#include <string>

#include "domain/ids.h"
#include "domain/time.h"
#include "orderhub/services/clock.h"
#include "pipeline/channels/channel_session.h"
#include "pipeline/download/download_summary.h"
#include "store/store.h"

namespace orderhub::pipeline {

struct DownloadOptions {
  // Start a new run from here instead of the watermark (any unfinished run is abandoned).
  std::optional<domain::Timestamp> since{};
  // Run even when the account's download.enabled is false.
  bool force = false;
  // Orders asked per page.
  int page_size = 100;
  // Checked after each committed page: when it reads true the run stops there, as if interrupted
  // (the cursor keeps the page token and the next run resumes). Unset: the run goes to the end.
  const std::atomic<bool>* stop_requested = nullptr;
};

struct DownloadOutcome {
  DownloadSummary summary{};  // what was committed, also when the run failed part way
  // Set when the run failed: one line naming the account and what went wrong.
  std::optional<std::string> error{};
  // The run stopped at a page boundary because stop_requested was set.
  bool stopped = false;

  bool ok() const { return !error.has_value(); }
};

// Runs the download of session's account. Throws store::StoreError when the store fails.
DownloadOutcome run_download(store::Store& store, ChannelSession& session,
                             const services::Clock& clock, const DownloadOptions& options = {});

}  // namespace orderhub::pipeline
