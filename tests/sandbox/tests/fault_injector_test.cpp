// Fault decisions: rates, which requests each fault can hit, and reproducibility from the seed.
#include "core/fault_injector.h"

#include <gtest/gtest.h>

namespace orderhub::sandbox {
namespace {

TEST(FaultInjector, NoFaultsWhenEveryRateIsZero) {
  FaultInjector injector(FaultSettings{});
  for (int request = 0; request < 100; ++request) {
    const FaultPlan plan = injector.plan(RequestEffect::Write);
    EXPECT_FALSE(plan.slow);
    EXPECT_FALSE(plan.failure);
  }
}

TEST(FaultInjector, RateOneAlwaysInjects) {
  FaultSettings settings;
  settings.too_many_requests_rate = 1.0;
  settings.slow_rate = 1.0;
  FaultInjector injector(settings);
  for (int request = 0; request < 20; ++request) {
    const FaultPlan plan = injector.plan(RequestEffect::Read);
    EXPECT_TRUE(plan.slow);
    EXPECT_EQ(plan.failure, FaultKind::TooManyRequests);
  }
}

TEST(FaultInjector, DropAfterApplyOnlyHitsWritesAndMalformedOnlyReads) {
  FaultSettings settings;
  settings.drop_after_apply_rate = 1.0;
  settings.malformed_rate = 1.0;
  FaultInjector injector(settings);
  EXPECT_EQ(injector.plan(RequestEffect::Write).failure, FaultKind::DropAfterApply);
  EXPECT_EQ(injector.plan(RequestEffect::Read).failure, FaultKind::Malformed);
}

TEST(FaultInjector, TheSameSeedReplaysTheSameDecisions) {
  FaultSettings settings;
  settings.server_error_rate = 0.3;
  settings.seed = 11;
  FaultInjector first(settings);
  FaultInjector second(settings);
  int failures = 0;
  for (int request = 0; request < 200; ++request) {
    const auto expected = first.plan(RequestEffect::Read).failure;
    EXPECT_EQ(second.plan(RequestEffect::Read).failure, expected);
    failures += expected ? 1 : 0;
  }
  EXPECT_GT(failures, 20);
  EXPECT_LT(failures, 120);
}

TEST(FaultSettings, ChangesAreAllOrNothing) {
  FaultSettings settings;
  const auto error =
      apply_fault_changes(settings, {{"fault-5xx", 0.5}, {"fault-malformed", "often"}});
  ASSERT_TRUE(error);
  EXPECT_NE(error->find("fault-malformed"), std::string::npos);
  EXPECT_EQ(settings.server_error_rate, 0.0);
}

}  // namespace
}  // namespace orderhub::sandbox
