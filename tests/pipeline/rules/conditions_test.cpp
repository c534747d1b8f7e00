// conditions_test.cpp: each condition, matching and not matching the sample order, and the
// all / any / not groups.
#include <gtest/gtest.h>

#include "action_test_support.h"
#include "pipeline/rules/conditions.h"

namespace orderhub::pipeline::order_rules {
namespace {

using nlohmann::json;
using testing::account_id;

class ConditionTest : public ::testing::Test {
 protected:
  ConditionTest() {
    account_.id = account_id("shop");
    account_.plugin_id = "org.orderhub.channel.cscart";
    order_ = testing::sample_order(account_.id, "1001");
    overrides_.custom_fields["gift"] = "yes";
  }

  bool holds(const json& condition) {
    auto parsed = parse_condition(condition, "$.conditions");
    EXPECT_TRUE(parsed.ok()) << parsed.error().message;
    std::vector<std::string> matched;
    return matches(*parsed, OrderFacts{order_, account_, overrides_}, matched);
  }

  domain::Account account_;
  domain::Order order_;
  domain::OrderOverrides overrides_;
};

TEST_F(ConditionTest, AccountMatchesTheOrdersAccountId) {
  EXPECT_TRUE(holds({{"account", "shop"}}));
  EXPECT_FALSE(holds({{"account", "other"}}));
}

TEST_F(ConditionTest, ChannelMatchesTheAccountsPluginId) {
  EXPECT_TRUE(holds({{"channel", "org.orderhub.channel.cscart"}}));
  EXPECT_FALSE(holds({{"channel", "org.orderhub.channel.overstock"}}));
}

TEST_F(ConditionTest, ShipToCountryMatchesTheCode) {
  EXPECT_TRUE(holds({{"ship_to_country", "US"}}));
  EXPECT_FALSE(holds({{"ship_to_country", "CA"}}));
}

TEST_F(ConditionTest, ShipToStateMatchesIgnoringCase) {
  EXPECT_TRUE(holds({{"ship_to_state", "il"}}));
  EXPECT_FALSE(holds({{"ship_to_state", "TX"}}));
}

TEST_F(ConditionTest, ShipToPostalPrefixMatchesTheStart) {
  EXPECT_TRUE(holds({{"ship_to_postal_prefix", "627"}}));
  EXPECT_FALSE(holds({{"ship_to_postal_prefix", "701"}}));
}

TEST_F(ConditionTest, OrderTotalRangeIsInclusiveAndInOneCurrency) {
  EXPECT_TRUE(holds({{"order_total", {{"currency", "USD"}, {"min", "48.30"}, {"max", "48.30"}}}}));
  EXPECT_TRUE(holds({{"order_total", {{"currency", "USD"}, {"min", "10"}}}}));
  EXPECT_FALSE(holds({{"order_total", {{"currency", "USD"}, {"max", "48.29"}}}}));
  EXPECT_FALSE(holds({{"order_total", {{"currency", "EUR"}, {"min", "1"}}}}));
}

TEST_F(ConditionTest, LineCountCountsTheLines) {
  EXPECT_TRUE(holds({{"line_count", {{"min", 2}, {"max", 2}}}}));
  EXPECT_FALSE(holds({{"line_count", {{"min", 3}}}}));
}

TEST_F(ConditionTest, SkuEqualsMatchesAnyLine) {
  EXPECT_TRUE(holds({{"sku_equals", "SKU-2"}}));
  EXPECT_FALSE(holds({{"sku_equals", "SKU"}}));
}

TEST_F(ConditionTest, SkuStartsWithMatchesAnyLine) {
  EXPECT_TRUE(holds({{"sku_starts_with", "SKU-"}}));
  EXPECT_FALSE(holds({{"sku_starts_with", "ABC"}}));
}

TEST_F(ConditionTest, TitleContainsIgnoresCase) {
  EXPECT_TRUE(holds({{"title_contains", "gadg"}}));
  EXPECT_FALSE(holds({{"title_contains", "sprocket"}}));
}

TEST_F(ConditionTest, ShippingMethodMatchesTheChannelsMethod) {
  EXPECT_TRUE(holds({{"shipping_method", "UPS Ground"}}));
  EXPECT_FALSE(holds({{"shipping_method", "Next Day"}}));
}

TEST_F(ConditionTest, CarrierAndServiceMatchTheMappedMethod) {
  EXPECT_TRUE(holds({{"carrier", "UPS"}}));
  EXPECT_FALSE(holds({{"carrier", "FedEx"}}));
  EXPECT_TRUE(holds({{"service", "ground"}}));
  EXPECT_FALSE(holds({{"service", "Express"}}));
}

TEST_F(ConditionTest, RushMatchesTheFlag) {
  EXPECT_TRUE(holds({{"rush", false}}));
  order_.shipping.rush = true;
  EXPECT_TRUE(holds({{"rush", true}}));
  EXPECT_FALSE(holds({{"rush", false}}));
}

TEST_F(ConditionTest, PaymentStatusMatchesItsName) {
  EXPECT_TRUE(holds({{"payment_status", "charged"}}));
  EXPECT_FALSE(holds({{"payment_status", "no_payment"}}));
}

TEST_F(ConditionTest, ShippingStatusMatchesItsName) {
  EXPECT_TRUE(holds({{"shipping_status", "unshipped"}}));
  EXPECT_FALSE(holds({{"shipping_status", "fully_shipped"}}));
}

TEST_F(ConditionTest, BuyerEmailDomainMatchesAfterTheAt) {
  EXPECT_TRUE(holds({{"buyer_email_domain", "EXAMPLE.com"}}));
  EXPECT_FALSE(holds({{"buyer_email_domain", "ample.com"}}));
}

TEST_F(ConditionTest, OrderDateWindowTakesDatesAndTimes) {
  // Created 2026-11-20T10:00:00Z.
  EXPECT_TRUE(holds({{"order_date", {{"from", "2026-11-20"}, {"to", "2026-11-20"}}}}));
  EXPECT_TRUE(holds({{"order_date", {{"to", "2026-11-20T10:00:00Z"}}}}));
  EXPECT_FALSE(holds({{"order_date", {{"to", "2026-11-20T09:59:59Z"}}}}));
  EXPECT_FALSE(holds({{"order_date", {{"from", "2026-11-21"}}}}));
}

TEST_F(ConditionTest, CustomFieldMatchesItsValue) {
  EXPECT_TRUE(holds({{"custom_field", {{"name", "gift"}, {"equals", "yes"}}}}));
  EXPECT_FALSE(holds({{"custom_field", {{"name", "gift"}, {"equals", "no"}}}}));
  EXPECT_FALSE(holds({{"custom_field", {{"name", "missing"}, {"equals", ""}}}}));
}

TEST_F(ConditionTest, AllNeedsEveryChildAnyNeedsOneNotInverts) {
  const json texas = {{"ship_to_state", "TX"}};
  const json illinois = {{"ship_to_state", "IL"}};
  EXPECT_FALSE(holds({{"all", {illinois, texas}}}));
  EXPECT_TRUE(holds({{"any", {texas, illinois}}}));
  EXPECT_TRUE(holds({{"not", texas}}));
  EXPECT_FALSE(holds({{"not", illinois}}));
  // Nested: IL and (rush or not a Texas order) and not (any SKU starting with "X").
  EXPECT_TRUE(holds({{"all",
                      {illinois,
                       {{"any", {{{"rush", true}}, {{"not", texas}}}}},
                       {{"not", {{"any", {{{"sku_starts_with", "X"}}}}}}}}}}));
}

TEST_F(ConditionTest, MatchedConditionsAreDescribedForTheLog) {
  auto parsed = parse_condition({{"all", {{{"ship_to_state", "IL"}}, {{"not", {{"rush", true}}}}}}},
                                "$.conditions");
  ASSERT_TRUE(parsed.ok());
  std::vector<std::string> matched;
  ASSERT_TRUE(matches(*parsed, OrderFacts{order_, account_, overrides_}, matched));
  EXPECT_EQ(matched, (std::vector<std::string>{"ship_to_state \"IL\"", "not(rush = true)"}));
}

}  // namespace
}  // namespace orderhub::pipeline::order_rules
