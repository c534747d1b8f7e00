// Per-request fault decisions; see fault_injector.h.
#include "core/fault_injector.h"

namespace orderhub::sandbox {

std::string_view fault_kind_name(FaultKind kind) {
  switch (kind) {
    case FaultKind::ServerError:
      return "5xx";
    case FaultKind::TooManyRequests:
      return "429";
    case FaultKind::Slow:
      return "slow";
    case FaultKind::DropAfterApply:
      return "drop_after_apply";
    case FaultKind::Malformed:
      return "malformed";
  }
  return "unknown";
}

FaultInjector::FaultInjector(const FaultSettings& settings)
    : settings_(settings), random_(settings.seed) {}

void FaultInjector::configure(const FaultSettings& settings) {
  if (settings.seed != settings_.seed) {
    random_ = DeterministicRandom(settings.seed);
  }
  settings_ = settings;
}

FaultPlan FaultInjector::plan(RequestEffect effect) {
  // Draw all five rolls first so the sequence never depends on which fault fired.
  const double slow_roll = random_.unit();
  const double server_error_roll = random_.unit();
  const double too_many_requests_roll = random_.unit();
  const double drop_roll = random_.unit();
  const double malformed_roll = random_.unit();

  FaultPlan plan;
  plan.slow = slow_roll < settings_.slow_rate;
  if (server_error_roll < settings_.server_error_rate) {
    plan.failure = FaultKind::ServerError;
  } else if (too_many_requests_roll < settings_.too_many_requests_rate) {
    plan.failure = FaultKind::TooManyRequests;
  } else if (effect == RequestEffect::Write && drop_roll < settings_.drop_after_apply_rate) {
    plan.failure = FaultKind::DropAfterApply;
  } else if (effect == RequestEffect::Read && malformed_roll < settings_.malformed_rate) {
    plan.failure = FaultKind::Malformed;
  }
  return plan;
}

}  // namespace orderhub::sandbox
