// Money as the invoice prints it: placed by the currency's exponent, grouped, never rounded.
#include "money_text.h"

#include <gtest/gtest.h>

#include <limits>

namespace orderhub::word_to_pdf {
namespace {

TEST(MoneyTextTest, TwoDecimalCurrenciesAreGroupedByThousands) {
  EXPECT_EQ(format_money(123456, "USD"), "1,234.56 USD");
  EXPECT_EQ(format_money(5, "EUR"), "0.05 EUR");
  EXPECT_EQ(format_money(0, "EUR"), "0.00 EUR");
  EXPECT_EQ(format_money(100000000, "GBP"), "1,000,000.00 GBP");
}

TEST(MoneyTextTest, NegativeAmountsKeepTheirSign) {
  EXPECT_EQ(format_money(-500, "EUR"), "-5.00 EUR");
  EXPECT_EQ(format_money(-1, "USD"), "-0.01 USD");
}

TEST(MoneyTextTest, ExponentFollowsIso4217) {
  EXPECT_EQ(format_money(1500, "JPY"), "1,500 JPY");
  EXPECT_EQ(format_money(12345, "KWD"), "12.345 KWD");
  EXPECT_EQ(format_money(10000, "CLF"), "1.0000 CLF");
}

TEST(MoneyTextTest, ExtremeAmountsAreExact) {
  EXPECT_EQ(format_money(std::numeric_limits<std::int64_t>::min(), "USD"),
            "-92,233,720,368,547,758.08 USD");
  EXPECT_EQ(format_money(std::numeric_limits<std::int64_t>::max(), "JPY"),
            "9,223,372,036,854,775,807 JPY");
}

}  // namespace
}  // namespace orderhub::word_to_pdf
