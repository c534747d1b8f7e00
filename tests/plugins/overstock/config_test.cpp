// The account configuration and the small pure helpers: reason codes, Overstock codes, money text.
#include <orderhub/sdk/error.h>

#include <gtest/gtest.h>

#include "config.h"
#include "money_text.h"
#include "write_requests.h"

namespace orderhub::overstock {
namespace {

std::string refusal(const std::string& config) {
  try {
    parse_config(config);
  } catch (const sdk::Error& error) {
    return error.what();
  }
  return "";
}

TEST(OverstockConfig, EveryRequiredKeyIsNamedWhenMissing) {
  const std::string all = R"("base_url":"https://api.example.com/","username":"u","password":"p","warehouse_code":"WH1")";
  const OverstockConfig config = parse_config("{" + all + "}");
  EXPECT_EQ(config.base_url, "https://api.example.com");
  EXPECT_EQ(config.currency.code, "USD");
  for (const char* key : {"base_url", "username", "password", "warehouse_code"}) {
    std::string without = all;
    const std::size_t start = without.find(std::string("\"") + key + "\"");
    const std::size_t end = without.find(',', start);
    without.erase(start, end == std::string::npos ? std::string::npos : end - start + 1);
    if (!without.empty() && without.back() == ',') {
      without.pop_back();
    }
    EXPECT_NE(refusal("{" + without + "}").find(std::string("\"") + key + "\" is missing"),
              std::string::npos)
        << key;
  }
  EXPECT_NE(refusal("{" + all + R"(,"currency":"usd"})").find("\"currency\""), std::string::npos);
  EXPECT_NE(refusal("{" + all + R"(,"timeout_ms":0})").find("\"timeout_ms\""), std::string::npos);
  EXPECT_NE(refusal("{" + all + R"(,"api_key":"x"})").find("\"api_key\" is not an Overstock"),
            std::string::npos);
}

TEST(OverstockConfig, ThePasswordIsNeverQuoted) {
  const std::string message = refusal(
      R"({"base_url":"ftp://x","username":"u","password":"hunter2-secret","warehouse_code":"W"})");
  EXPECT_NE(message.find("base_url"), std::string::npos);
  EXPECT_EQ(message.find("hunter2-secret"), std::string::npos);
}

TEST(OverstockWrites, FreeTextReasonsMapToReasonCodes) {
  EXPECT_STREQ(reason_code(cancel_reason_for("out of stock")), "OUT_OF_STOCK");
  EXPECT_STREQ(reason_code(cancel_reason_for("buyer asked")), "CUSTOMER_REQUEST");
  EXPECT_STREQ(reason_code(cancel_reason_for("Customer changed mind")), "CUSTOMER_REQUEST");
  EXPECT_STREQ(reason_code(cancel_reason_for("bad address")), "UNDELIVERABLE_ADDRESS");
  EXPECT_STREQ(reason_code(cancel_reason_for("UNDELIVERABLE_ADDRESS")), "UNDELIVERABLE_ADDRESS");
  EXPECT_STREQ(reason_code(cancel_reason_for("duplicate order")), "OTHER");
  EXPECT_STREQ(reason_code(cancel_reason_for("")), "OTHER");
}

TEST(OverstockWrites, NamesBecomeOverstockCodes) {
  EXPECT_EQ(overstock_code("Ground"), "GROUND");
  EXPECT_EQ(overstock_code("Next Day"), "NEXT_DAY");
  EXPECT_EQ(overstock_code("two-day"), "TWO_DAY");
}

TEST(OverstockMoney, DecimalTextIsExact) {
  std::string problem;
  const Currency usd = currency_for("USD");
  EXPECT_EQ(parse_minor_units("19.99", usd, problem), 1999);
  EXPECT_EQ(parse_minor_units("0.1", usd, problem), 10);
  EXPECT_EQ(parse_minor_units(" 7 ", usd, problem), 700);
  EXPECT_EQ(parse_minor_units("1.10", currency_for("JPY"), problem), std::nullopt);
  EXPECT_EQ(parse_minor_units("1500.00", currency_for("JPY"), problem), 1500);
  EXPECT_EQ(parse_minor_units("99999999999999999999", usd, problem), std::nullopt);
  EXPECT_EQ(parse_minor_units("1.", usd, problem), std::nullopt);
  EXPECT_EQ(format_minor_units(525, 2), "5.25");
  EXPECT_EQ(format_minor_units(-5, 2), "-0.05");
  EXPECT_EQ(format_minor_units(1500, 0), "1500");
}

}  // namespace
}  // namespace orderhub::overstock
