// currency_test.cpp: ISO 4217 codes and their minor-unit exponents.
#include <gtest/gtest.h>

#include "domain/currency.h"

namespace orderhub::domain {
namespace {

TEST(Currency, KnowsTheExponentOfEachRequiredCurrency) {
  const std::pair<const char*, int> expected[] = {
      {"USD", 2}, {"EUR", 2}, {"GBP", 2}, {"CAD", 2}, {"AUD", 2}, {"CHF", 2},
      {"PLN", 2}, {"SEK", 2}, {"NOK", 2}, {"DKK", 2}, {"CZK", 2}, {"HUF", 2},
      {"RON", 2}, {"BGN", 2}, {"JPY", 0}, {"KRW", 0}, {"CNY", 2}, {"HKD", 2},
      {"TWD", 2}, {"SGD", 2}, {"INR", 2}, {"MXN", 2}, {"BRL", 2}, {"RUB", 2},
      {"UAH", 2}, {"TRY", 2}, {"KWD", 3}, {"BHD", 3}, {"JOD", 3}, {"TND", 3}};
  for (const auto& [code, digits] : expected) {
    Result<Currency> currency = Currency::parse(code);
    ASSERT_TRUE(currency.ok()) << code;
    EXPECT_EQ(currency->code(), code);
    EXPECT_EQ(currency->minor_digits(), digits) << code;
  }
}

TEST(Currency, RefusesAWellFormedCodeItDoesNotKnow) {
  Result<Currency> currency = Currency::parse("XYZ");
  ASSERT_FALSE(currency.ok());
  EXPECT_NE(currency.error().message.find("\"XYZ\""), std::string::npos);
  EXPECT_NE(currency.error().message.find("not an ISO 4217 currency"), std::string::npos);
}

TEST(Currency, RefusesMalformedCodes) {
  for (const char* code : {"", "usd", "US", "USDD", "U5D", " USD", "US D"}) {
    Result<Currency> currency = Currency::parse(code);
    ASSERT_FALSE(currency.ok()) << code;
    EXPECT_NE(currency.error().message.find("\"" + std::string(code) + "\""), std::string::npos);
  }
}

TEST(Currency, DefaultIsUnsetAndDiffersFromEveryRealCurrency) {
  const Currency unset;
  EXPECT_FALSE(unset.is_set());
  EXPECT_EQ(unset.code(), "");
  EXPECT_NE(unset, Currency::parse("USD").value());
  EXPECT_EQ(Currency::parse("USD").value(), Currency::parse("USD").value());
  EXPECT_NE(Currency::parse("USD").value(), Currency::parse("CAD").value());
}

}  // namespace
}  // namespace orderhub::domain
