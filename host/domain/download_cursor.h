// download_cursor.h: where an account's order download stands. It is saved in the same
// transaction as the orders it covers, so a crash can neither skip nor double an order.
#pragma once

#include <optional>
#include <string>

#include "domain/ids.h"
#include "domain/time.h"

namespace orderhub::domain {

struct DownloadCursor {
  AccountId account{};
  // Every order modified before this time is stored. The next run starts from here minus the
  // look-back overlap. Unset before the first complete run.
  std::optional<Timestamp> watermark{};
  // The window start of the run in progress (or of the last run).
  std::optional<Timestamp> run_since{};
  // The page token to resume an unfinished run from; unset when no run is in progress.
  std::optional<std::string> page_token{};
  std::optional<Timestamp> last_run_at{};
  std::optional<Timestamp> last_success_at{};
  std::string last_error{};  // empty after a successful run

  friend bool operator==(const DownloadCursor&, const DownloadCursor&) = default;
};

}  // namespace orderhub::domain
