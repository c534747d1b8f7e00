// quarantine.h: a downloaded order the hub could not import, kept with the reason so that a
// malformed order never blocks the rest of its page and is never silently lost.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/ids.h"
#include "domain/time.h"

namespace orderhub::domain {

struct QuarantinedOrder {
  std::int64_t id = 0;  // assigned by the store
  AccountId account{};
  std::optional<std::string> channel_order_id{};  // verbatim, when the payload had one
  std::string field{};                            // the offending field, e.g. "lines[7].quantity"
  std::string message{};                          // what is wrong with it
  std::string raw{};                              // the payload as received
  Timestamp at{};

  friend bool operator==(const QuarantinedOrder&, const QuarantinedOrder&) = default;
};

}  // namespace orderhub::domain
