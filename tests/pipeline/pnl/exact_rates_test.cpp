// exact_rates_test.cpp: percentages read exactly and rounded half to even, once.
#include <gtest/gtest.h>

#include "pipeline/pnl/exact_rates.h"

namespace orderhub::pipeline::pnl {
namespace {

domain::Money usd(std::int64_t minor) {
  return domain::Money{minor, domain::Currency::parse("USD").value()};
}

TEST(ExactRatesTest, PercentagesAreReadExactly) {
  EXPECT_EQ(parse_percentage("12.5").value().ten_thousandths, 125000);
  EXPECT_EQ(parse_percentage("0.0001").value().ten_thousandths, 1);
  EXPECT_EQ(parse_percentage("100").value().ten_thousandths, 1000000);
  EXPECT_FALSE(parse_percentage("100.0001").ok());
  EXPECT_FALSE(parse_percentage("1.23456").ok());
  EXPECT_FALSE(parse_percentage("-1").ok());
  EXPECT_FALSE(parse_percentage("1e2").ok());
}

TEST(ExactRatesTest, TiesRoundToTheEvenMinorUnit) {
  const Percentage twelve_and_half = parse_percentage("12.5").value();
  EXPECT_EQ(percentage_of(usd(4500), twelve_and_half), usd(562));  // 562.5 -> 562
  EXPECT_EQ(percentage_of(usd(3500), twelve_and_half), usd(438));  // 437.5 -> 438
  EXPECT_EQ(percentage_of(usd(1005), twelve_and_half), usd(126));  // 125.625 -> 126
  EXPECT_EQ(percentage_of(usd(50), twelve_and_half), usd(6));      // 6.25 -> 6
  EXPECT_EQ(divide_half_even(-5, 2), -2);
  EXPECT_EQ(divide_half_even(-7, 2), -4);
}

TEST(ExactRatesTest, MarginIsBasisPointsAndADecimalString) {
  EXPECT_EQ(basis_points(1513, 4500), 3362);
  EXPECT_EQ(basis_points(1, 8), 1250);
  EXPECT_EQ(basis_points(-200, 10000), -200);
  EXPECT_EQ(basis_points_to_percent_text(3362), "33.62");
  EXPECT_EQ(basis_points_to_percent_text(-5), "-0.05");
  EXPECT_EQ(basis_points_to_percent_text(10000), "100.00");
}

}  // namespace
}  // namespace orderhub::pipeline::pnl
