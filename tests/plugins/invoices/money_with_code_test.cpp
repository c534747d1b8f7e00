// Money followed by its currency code (the Word invoice's form): placed by the currency's ISO 4217
// exponent, grouped by thousands, never rounded.
#include <gtest/gtest.h>

#include <limits>

#include "locale_format.h"

namespace orderhub::invoices {
namespace {

TEST(MoneyWithCode, TwoDecimalCurrenciesAreGroupedByThousands) {
  EXPECT_EQ(format_money_with_code(123456, "USD"), "1,234.56 USD");
  EXPECT_EQ(format_money_with_code(5, "EUR"), "0.05 EUR");
  EXPECT_EQ(format_money_with_code(0, "EUR"), "0.00 EUR");
  EXPECT_EQ(format_money_with_code(100000000, "GBP"), "1,000,000.00 GBP");
}

TEST(MoneyWithCode, NegativeAmountsKeepTheirSign) {
  EXPECT_EQ(format_money_with_code(-500, "EUR"), "-5.00 EUR");
  EXPECT_EQ(format_money_with_code(-1, "USD"), "-0.01 USD");
  EXPECT_EQ(format_money_with_code(-5, "EUR"), "-0.05 EUR");
}

TEST(MoneyWithCode, ExponentFollowsIso4217) {
  EXPECT_EQ(format_money_with_code(1500, "JPY"), "1,500 JPY");
  EXPECT_EQ(format_money_with_code(12345, "KWD"), "12.345 KWD");
  EXPECT_EQ(format_money_with_code(10000, "CLF"), "1.0000 CLF");
}

TEST(MoneyWithCode, ExtremeAmountsAreExact) {
  EXPECT_EQ(format_money_with_code(std::numeric_limits<std::int64_t>::min(), "USD"),
            "-92,233,720,368,547,758.08 USD");
  EXPECT_EQ(format_money_with_code(std::numeric_limits<std::int64_t>::max(), "JPY"),
            "9,223,372,036,854,775,807 JPY");
}

TEST(CurrencyExponent, FollowsIso4217ForEveryCurrencyThatIsNotTwoDigits) {
  for (const char* code : {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
                           "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"}) {
    EXPECT_EQ(currency_exponent(code), 0) << code;
  }
  for (const char* code : {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}) {
    EXPECT_EQ(currency_exponent(code), 3) << code;
  }
  for (const char* code : {"CLF", "UYW"}) {
    EXPECT_EQ(currency_exponent(code), 4) << code;
  }
  for (const char* code : {"USD", "EUR", "GBP", "CHF", "CNY", "INR"}) {
    EXPECT_EQ(currency_exponent(code), 2) << code;
  }
}

TEST(CurrencyExponent, TheLocaleFormKeepsItsSymbolsWithTheMergedTable) {
  const LocaleFormat us = *find_locale("en-US");
  EXPECT_EQ(format_money(1500, "JPY", us), "\u00A51,500");
  EXPECT_EQ(format_money(1500, "XPF", us), "XPF 1,500");
  EXPECT_EQ(format_money(12345, "LYD", us), "LYD 12.345");
}

}  // namespace
}  // namespace orderhub::invoices
