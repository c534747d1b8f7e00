// money_arithmetic_test.cpp: checked arithmetic on Money.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <vector>

#include "domain/money.h"

namespace orderhub::domain {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

Money usd(std::int64_t minor) {
  return Money{minor, Currency::parse("USD").value()};
}
Money eur(std::int64_t minor) {
  return Money{minor, Currency::parse("EUR").value()};
}

TEST(MoneyArithmetic, AddsSubtractsMultipliesAndNegates) {
  EXPECT_EQ(add(usd(150), usd(275)).value(), usd(425));
  EXPECT_EQ(subtract(usd(150), usd(275)).value(), usd(-125));
  EXPECT_EQ(multiply(usd(1999), 3).value(), usd(5997));
  EXPECT_EQ(negate(usd(42)).value(), usd(-42));
}

TEST(MoneyArithmetic, RefusesMixedCurrencies) {
  for (const Result<Money>& result : {add(usd(1), eur(1)), subtract(usd(1), eur(1))}) {
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("0.01 USD and 0.01 EUR"), std::string::npos)
        << result.error().message;
    EXPECT_NE(result.error().message.find("currencies differ"), std::string::npos);
  }
  EXPECT_FALSE(compare(usd(1), eur(1)).ok());
  EXPECT_FALSE(add(usd(1), Money{1, Currency{}}).ok());
}

TEST(MoneyArithmetic, ReportsOverflowInsteadOfWrapping) {
  EXPECT_NE(add(usd(kMax), usd(1)).error().message.find("overflows"), std::string::npos);
  EXPECT_FALSE(subtract(usd(kMin), usd(1)).ok());
  EXPECT_FALSE(multiply(usd(kMax / 2 + 1), 2).ok());
  EXPECT_FALSE(multiply(usd(kMin), -1).ok());
  EXPECT_FALSE(negate(usd(kMin)).ok());
  EXPECT_EQ(add(usd(kMax - 1), usd(1)).value(), usd(kMax));
}

TEST(MoneyArithmetic, SumsAListInOneCurrency) {
  const Currency dollars = Currency::parse("USD").value();
  const std::vector<Money> amounts = {usd(100), usd(250), usd(-50)};
  EXPECT_EQ(sum(amounts, dollars).value(), usd(300));
  EXPECT_EQ(sum(std::vector<Money>{}, dollars).value(), usd(0));
  EXPECT_FALSE(sum(std::vector<Money>{usd(1), eur(1)}, dollars).ok());
  EXPECT_FALSE(sum(std::vector<Money>{usd(kMax), usd(1)}, dollars).ok());
}

TEST(MoneyArithmetic, ComparesAmountsOfOneCurrency) {
  EXPECT_EQ(compare(usd(1), usd(2)).value(), std::strong_ordering::less);
  EXPECT_EQ(compare(usd(2), usd(2)).value(), std::strong_ordering::equal);
  EXPECT_EQ(compare(usd(-1), usd(-2)).value(), std::strong_ordering::greater);
}

TEST(MoneyArithmetic, ValueOfAnErrorThrowsWithItsMessage) {
  try {
    (void)add(usd(1), eur(1)).value();
    FAIL() << "value() of an error returned";
  } catch (const ResultError& error) {
    EXPECT_NE(std::string(error.what()).find("currencies differ"), std::string::npos);
  }
}

}  // namespace
}  // namespace orderhub::domain
