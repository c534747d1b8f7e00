// Decimal text, Basic credentials and HTTP dates: the small wire-format helpers of the sandbox.
#include "core/decimal_text.h"
#include "core/basic_auth.h"
#include "core/http_date.h"

#include <gtest/gtest.h>

namespace orderhub::sandbox {
namespace {

TEST(DecimalText, FormatsMinorUnitsWithTwoDecimals) {
  EXPECT_EQ(format_minor_units(1999), "19.99");
  EXPECT_EQ(format_minor_units(5), "0.05");
  EXPECT_EQ(format_minor_units(0), "0.00");
  EXPECT_EQ(format_minor_units(-150), "-1.50");
}

TEST(DecimalText, ParsesDecimalStringsExactly) {
  EXPECT_EQ(parse_minor_units("19.99"), 1999);
  EXPECT_EQ(parse_minor_units("19.9"), 1990);
  EXPECT_EQ(parse_minor_units("19"), 1900);
  EXPECT_EQ(parse_minor_units("-1.50"), -150);
}

TEST(DecimalText, RefusesAmountsItWouldHaveToRound) {
  for (const char* text : {"", "-", "1.999", "1.", ".5", "1..", "1.a", "1,50", " 1.00", "+1"}) {
    EXPECT_FALSE(parse_minor_units(text)) << text;
  }
}

TEST(DecimalText, IntegersComeFromStringsOrJsonIntegersButNotFractions) {
  EXPECT_EQ(integer_from_json(nlohmann::json("42")), 42);
  EXPECT_EQ(integer_from_json(nlohmann::json(42)), 42);
  EXPECT_FALSE(integer_from_json(nlohmann::json(4.2)));
  EXPECT_FALSE(integer_from_json(nlohmann::json("4x")));
  EXPECT_FALSE(minor_units_from_json(nlohmann::json(19.99)));
}

TEST(BasicAuth, DecodesUserAndPassword) {
  // base64("admin@example.com:sandbox-api-key")
  const auto credentials =
      parse_basic_authorization("Basic YWRtaW5AZXhhbXBsZS5jb206c2FuZGJveC1hcGkta2V5");
  ASSERT_TRUE(credentials);
  EXPECT_EQ(credentials->user, "admin@example.com");
  EXPECT_EQ(credentials->password, "sandbox-api-key");
}

TEST(BasicAuth, RefusesOtherSchemesAndBrokenPayloads) {
  EXPECT_FALSE(parse_basic_authorization("Bearer abc"));
  EXPECT_FALSE(parse_basic_authorization("Basic !!!"));
  EXPECT_FALSE(parse_basic_authorization("Basic bm9jb2xvbg=="));  // "nocolon"
}

TEST(HttpDate, FormatsInImfFixdate) {
  EXPECT_EQ(format_http_date(WallClock::from_time_t(784111777)), "Sun, 06 Nov 1994 08:49:37 GMT");
}

}  // namespace
}  // namespace orderhub::sandbox
