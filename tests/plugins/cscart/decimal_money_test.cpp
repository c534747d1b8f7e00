// Exact decimal amounts: CS-Cart's "19.99" becomes 1999 minor units without floating point, in
// the account currency's number of decimals, and nothing that would lose a digit is accepted.
#include <gtest/gtest.h>

#include <limits>

#include "currency.h"
#include "decimal_money.h"

namespace orderhub::cscart {
namespace {

std::optional<std::int64_t> parse(const char* text, const char* currency) {
  std::string problem;
  return parse_minor_units(text, currency_for(currency), problem);
}

std::string problem_of(const char* text, const char* currency) {
  std::string problem;
  EXPECT_FALSE(parse_minor_units(text, currency_for(currency), problem).has_value()) << text;
  return problem;
}

TEST(CscartDecimalMoney, TwoDecimalCurrencyCountsCents) {
  EXPECT_EQ(parse("19.99", "USD"), 1999);
  EXPECT_EQ(parse("19.9", "USD"), 1990);
  EXPECT_EQ(parse("19", "USD"), 1900);
  EXPECT_EQ(parse("0.01", "EUR"), 1);
  EXPECT_EQ(parse("0", "USD"), 0);
  EXPECT_EQ(parse("-5.25", "USD"), -525);
}

TEST(CscartDecimalMoney, MoreDecimalsThanTheCurrencyHasAreRefused) {
  EXPECT_EQ(problem_of("19.999", "USD"), "\"19.999\" has more decimals than USD allows (2)");
  EXPECT_EQ(problem_of("1500.50", "JPY"), "\"1500.50\" has more decimals than JPY allows (0)");
}

TEST(CscartDecimalMoney, TrailingZeroDecimalsLoseNothingAndAreAccepted) {
  EXPECT_EQ(parse("19.990", "USD"), 1999);
  EXPECT_EQ(parse("1500.00", "JPY"), 1500);
}

TEST(CscartDecimalMoney, ZeroAndThreeDecimalCurrencies) {
  EXPECT_EQ(parse("1500", "JPY"), 1500);
  EXPECT_EQ(parse("1.234", "KWD"), 1234);
  EXPECT_EQ(parse("1.2", "KWD"), 1200);
  EXPECT_EQ(currency_for("JPY").minor_digits, 0);
  EXPECT_EQ(currency_for("KWD").minor_digits, 3);
  EXPECT_EQ(currency_for("GBP").minor_digits, 2);
}

TEST(CscartDecimalMoney, TextThatIsNotADecimalIsRefused) {
  for (const char* text : {"", "-", ".", "1.", ".5", "1.2.3", "1,00", " 1", "1 ", "+1", "1e2",
                           "0x10", "NaN", "1.-5"}) {
    EXPECT_NE(problem_of(text, "USD").find("is not a decimal amount"), std::string::npos) << text;
  }
}

TEST(CscartDecimalMoney, AmountsBeyondInt64AreRefusedNotWrapped) {
  EXPECT_EQ(parse("92233720368547758.07", "USD"), std::numeric_limits<std::int64_t>::max());
  EXPECT_NE(problem_of("92233720368547758.08", "USD").find("too large"), std::string::npos);
  EXPECT_NE(problem_of("99999999999999999999", "JPY").find("too large"), std::string::npos);
}

TEST(CscartDecimalMoney, FormattingIsTheInverse) {
  EXPECT_EQ(format_minor_units(1250, 2), "12.50");
  EXPECT_EQ(format_minor_units(5, 2), "0.05");
  EXPECT_EQ(format_minor_units(-5, 2), "-0.05");
  EXPECT_EQ(format_minor_units(1500, 0), "1500");
  EXPECT_EQ(format_minor_units(1234, 3), "1.234");
  EXPECT_EQ(format_minor_units(std::numeric_limits<std::int64_t>::min(), 2),
            "-92233720368547758.08");
}

}  // namespace
}  // namespace orderhub::cscart
