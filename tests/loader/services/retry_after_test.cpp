// Retry-After as delta-seconds and as an IMF-fixdate HTTP-date.
#include <gtest/gtest.h>

#include "orderhub/services/retry_after.h"

namespace orderhub::services {
namespace {

using std::chrono::milliseconds;

std::chrono::system_clock::time_point november_23_2026_at_16() {
  return std::chrono::sys_days(std::chrono::year(2026) / 11 / 23) + std::chrono::hours(16);
}

TEST(RetryAfterTest, DeltaSecondsBecomeMilliseconds) {
  EXPECT_EQ(parse_retry_after("3", november_23_2026_at_16()), milliseconds(3000));
  EXPECT_EQ(parse_retry_after(" 120 ", november_23_2026_at_16()), milliseconds(120000));
  EXPECT_EQ(parse_retry_after("0", november_23_2026_at_16()), milliseconds(0));
}

TEST(RetryAfterTest, HttpDateBecomesTheTimeFromNow) {
  EXPECT_EQ(parse_retry_after("Mon, 23 Nov 2026 16:02:00 GMT", november_23_2026_at_16()),
            milliseconds(120000));
}

TEST(RetryAfterTest, HttpDateInThePastMeansRetryNow) {
  EXPECT_EQ(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", november_23_2026_at_16()),
            milliseconds(0));
}

TEST(RetryAfterTest, ImfFixdateParsesToTheRightInstant) {
  const auto date = parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT");
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(std::chrono::duration_cast<std::chrono::seconds>(date->time_since_epoch()).count(),
            784111777);
}

TEST(RetryAfterTest, AnythingElseIsIgnored) {
  for (const char* value :
       {"", "soon", "-5", "3.5", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
        "Sun, 31 Feb 2026 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT"}) {
    EXPECT_EQ(parse_retry_after(value, november_23_2026_at_16()), std::nullopt) << value;
  }
}

TEST(RetryAfterTest, AbsurdDelayIsCappedAtAYear) {
  EXPECT_EQ(parse_retry_after("99999999999999999999999", november_23_2026_at_16()),
            std::chrono::seconds(365LL * 24 * 3600));
}

}  // namespace
}  // namespace orderhub::services
