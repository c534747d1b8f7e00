// order_test.cpp: the one-currency rule of an order and line lookups.
#include <gtest/gtest.h>

#include "domain/order.h"

namespace orderhub::domain {
namespace {

Order order_in(const char* code) {
  const Currency currency = Currency::parse(code).value();
  Order order;
  order.currency = currency;
  order.totals = {Money::zero(currency), Money::zero(currency), Money::zero(currency),
                  Money::zero(currency), Money::zero(currency)};
  order.paid = order.refunded = order.discount_added = Money::zero(currency);
  OrderLine line;
  line.line_id = "7";
  line.unit_price = line.tax = line.shipping = line.discount = Money::zero(currency);
  order.lines.push_back(line);
  return order;
}

TEST(Order, AcceptsAmountsAllInTheOrderCurrency) {
  EXPECT_FALSE(check_currencies(order_in("USD")).has_value());
}

TEST(Order, NamesTheFirstAmountInAnotherCurrency) {
  Order order = order_in("USD");
  order.lines[0].tax = Money{5, Currency::parse("EUR").value()};
  const std::optional<Error> error = check_currencies(order);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->message, "lines[0].tax: amount is in EUR but the order is in USD");
}

TEST(Order, NamesAnAmountLeftWithoutCurrency) {
  Order order = order_in("USD");
  order.discount_added = Money{};
  ASSERT_TRUE(check_currencies(order).has_value());
  EXPECT_NE(check_currencies(order)->message.find("discount_added"), std::string::npos);
  EXPECT_TRUE(check_currencies(Order{}).has_value());
}

TEST(Order, FindsLinesByChannelLineId) {
  Order order = order_in("USD");
  ASSERT_NE(find_line(order, "7"), nullptr);
  EXPECT_EQ(find_line(order, "7")->line_id, "7");
  EXPECT_EQ(find_line(order, "8"), nullptr);
}

}  // namespace
}  // namespace orderhub::domain
