// money_text_test.cpp: reading decimal text into minor units and writing it back.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

#include "domain/money.h"

namespace orderhub::domain {
namespace {

Currency currency(const char* code) {
  return Currency::parse(code).value();
}

std::int64_t minor_of(const char* text, const char* code,
                      NegativeAmounts negative = NegativeAmounts::refused) {
  return parse_money(text, currency(code), negative).value().minor;
}

std::string error_of(const char* text, const char* code,
                     NegativeAmounts negative = NegativeAmounts::refused) {
  Result<Money> parsed = parse_money(text, currency(code), negative);
  EXPECT_FALSE(parsed.ok()) << text;
  return parsed.ok() ? std::string() : parsed.error().message;
}

TEST(ParseMoney, AcceptsWholeAndFractionalAmounts) {
  EXPECT_EQ(minor_of("12", "USD"), 1200);
  EXPECT_EQ(minor_of("12.3", "USD"), 1230);
  EXPECT_EQ(minor_of("12.34", "USD"), 1234);
  EXPECT_EQ(minor_of("0.05", "USD"), 5);
  EXPECT_EQ(minor_of("007.10", "EUR"), 710);
  EXPECT_EQ(minor_of("0", "USD"), 0);
}

TEST(ParseMoney, UsesTheCurrencyExponent) {
  EXPECT_EQ(minor_of("1234", "JPY"), 1234);
  EXPECT_EQ(minor_of("1.234", "KWD"), 1234);
  EXPECT_EQ(minor_of("1.2", "KWD"), 1200);
  EXPECT_EQ(minor_of("5", "BHD"), 5000);
}

TEST(ParseMoney, AcceptsNegativesOnlyWhenAllowed) {
  EXPECT_EQ(minor_of("-1.50", "USD", NegativeAmounts::allowed), -150);
  EXPECT_EQ(minor_of("-0", "USD", NegativeAmounts::allowed), 0);
  const std::string message = error_of("-1.50", "USD");
  EXPECT_NE(message.find("\"-1.50\""), std::string::npos);
  EXPECT_NE(message.find("negative"), std::string::npos);
}

TEST(ParseMoney, RefusesMoreDecimalsThanTheCurrencyHas) {
  EXPECT_NE(error_of("12.345", "USD").find("has 3 decimals but USD has 2"), std::string::npos);
  EXPECT_NE(error_of("12.0", "JPY").find("but JPY has 0"), std::string::npos);
  EXPECT_NE(error_of("1.2345", "KWD").find("but KWD has 3"), std::string::npos);
  // Trailing zeros count too: the text says more precision than the currency has.
  EXPECT_FALSE(parse_money("12.340", currency("USD")).ok());
}

TEST(ParseMoney, RefusesTextThatIsNotAPlainDecimal) {
  for (const char* text : {"", "1.2.3", "abc", "1e5", " 12", "12 ", "1 2", "+", "-", "+12", "12.",
                           ".5", "--1", "1,5", "0x10", "12.3a", "\xc2\xbd"}) {
    const std::string message = error_of(text, "USD", NegativeAmounts::allowed);
    EXPECT_NE(message.find("\"" + std::string(text) + "\""), std::string::npos) << message;
  }
}

TEST(ParseMoney, RefusesAmountsBeyondSixtyFourBits) {
  EXPECT_EQ(minor_of("92233720368547758.07", "USD"), std::numeric_limits<std::int64_t>::max());
  EXPECT_NE(error_of("92233720368547758.08", "USD").find("too large"), std::string::npos);
  EXPECT_NE(error_of("99999999999999999999", "JPY").find("too large"), std::string::npos);
  EXPECT_NE(error_of("-99999999999999999999", "USD", NegativeAmounts::allowed).find("too large"),
            std::string::npos);
}

TEST(ParseMoney, RefusesAnUnsetCurrency) {
  Result<Money> parsed = parse_money("1.00", Currency{});
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().message.find("no currency"), std::string::npos);
}

TEST(FormatMoney, WritesTheCurrencyExponentDigits) {
  EXPECT_EQ(format_money(Money{1234, currency("USD")}), "12.34");
  EXPECT_EQ(format_money(Money{5, currency("USD")}), "0.05");
  EXPECT_EQ(format_money(Money{0, currency("USD")}), "0.00");
  EXPECT_EQ(format_money(Money{-50, currency("USD")}), "-0.50");
  EXPECT_EQ(format_money(Money{1234, currency("JPY")}), "1234");
  EXPECT_EQ(format_money(Money{-7, currency("JPY")}), "-7");
  EXPECT_EQ(format_money(Money{1250, currency("KWD")}), "1.250");
  EXPECT_EQ(to_string(Money{1234, currency("EUR")}), "12.34 EUR");
}

TEST(FormatMoney, HandlesTheExtremesOfSixtyFourBits) {
  EXPECT_EQ(format_money(Money{std::numeric_limits<std::int64_t>::max(), currency("USD")}),
            "92233720368547758.07");
  EXPECT_EQ(format_money(Money{std::numeric_limits<std::int64_t>::min(), currency("USD")}),
            "-92233720368547758.08");
}

TEST(FormatMoney, ParsesBackToTheSameAmount) {
  for (const char* code : {"USD", "JPY", "KWD"}) {
    for (std::int64_t minor :
         {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{999},
          std::int64_t{-123456789}, std::numeric_limits<std::int64_t>::max()}) {
      const Money money{minor, currency(code)};
      EXPECT_EQ(parse_money(format_money(money), money.currency, NegativeAmounts::allowed).value(),
                money)
          << code << " " << minor;
    }
  }
}

}  // namespace
}  // namespace orderhub::domain
