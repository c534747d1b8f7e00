// Decides, per channel request, which fault (if any) to inject, from a PRNG seeded by fault-seed.
// Every decision draws the same amount of randomness whatever the rates, so the n-th request of a
// run always gets the same rolls for a given seed.
#pragma once

#include "core/deterministic_random.h"
#include "core/fault_settings.h"

#include <optional>
#include <string_view>

namespace orderhub::sandbox {

enum class FaultKind { ServerError, TooManyRequests, Slow, DropAfterApply, Malformed };

// The names used in `GET /admin/stats`: "5xx", "429", "slow", "drop_after_apply", "malformed".
std::string_view fault_kind_name(FaultKind kind);

// Reads fetch state; writes change it. Drop-after-apply only hits writes and malformed bodies only
// hit reads, because those are the combinations a client must survive.
enum class RequestEffect { Read, Write };

struct FaultPlan {
  bool slow = false;                 // sleep slow-ms, then carry on
  std::optional<FaultKind> failure;  // ServerError, TooManyRequests, DropAfterApply or Malformed
};

class FaultInjector {
 public:
  explicit FaultInjector(const FaultSettings& settings);

  FaultPlan plan(RequestEffect effect);

  const FaultSettings& settings() const { return settings_; }

  // Changes rates and forms; the PRNG restarts only when the seed changed.
  void configure(const FaultSettings& settings);

 private:
  FaultSettings settings_;
  DeterministicRandom random_;
};

}  // namespace orderhub::sandbox
