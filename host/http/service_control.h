// service_control.h: what the admin API asks of the running service beyond the store: downloads
// on demand, waking the outbox worker after an action queued a row, and the health of the parts.
// The service implements it; API tests may implement it too.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/ids.h"
#include "domain/result.h"
#include "pipeline/download/download_summary.h"

namespace orderhub::http {

struct DownloadRequestResult {
  bool started = false;  // false: a run of this account was already going (it was not doubled)
  // Set when the caller waited for the run: its summary and error.
  std::optional<pipeline::DownloadSummary> summary{};
  std::optional<std::string> error{};
};

class ServiceControl {
 public:
  virtual ~ServiceControl() = default;

  // Runs a download of the account now (or joins the one running). With wait, returns when it
  // ended. Errors: unknown account, the service is stopping.
  virtual domain::Result<DownloadRequestResult> download_now(const domain::AccountId& account,
                                                             bool wait) = 0;

  // An outbox row of the account became due (an action queued it, or it was resent).
  virtual void outbox_changed(const domain::AccountId& account) = 0;

  // {"accounts": [{"id", "scheduled", "running", "last_download_at", ...}], ...}
  virtual nlohmann::ordered_json health() = 0;

  // False once shutdown began: actions are then refused with 503.
  virtual bool accepting_work() const = 0;
};

}  // namespace orderhub::http
