// Generated CS-Cart orders: reproducible, consistent, and varied enough to exercise a client.
#include "channels/cscart/cscart_order_generator.h"
#include "channels/cscart/cscart_wire.h"

#include <gtest/gtest.h>

#include <set>

namespace orderhub::sandbox::cscart {
namespace {

TEST(CscartGenerator, TheSameSeedGivesTheSameOrders) {
  const auto first = generate_orders(3, 40);
  const auto second = generate_orders(3, 40);
  ASSERT_EQ(first.orders.size(), 40U);
  for (std::size_t index = 0; index < first.orders.size(); ++index) {
    EXPECT_EQ(order_to_wire(first.orders[index]), order_to_wire(second.orders[index]));
  }
}

TEST(CscartGenerator, TotalsAreExactSumsOfTheirParts) {
  for (const auto& order : generate_orders(1, 200).orders) {
    EXPECT_EQ(order.subtotal_cents, products_subtotal_cents(order)) << order.order_id;
    EXPECT_EQ(order.total_cents, computed_total_cents(order)) << order.order_id;
    EXPECT_GE(order.products.size(), 1U);
    EXPECT_LE(order.products.size(), 4U);
  }
}

TEST(CscartGenerator, OrdersFallInTheThirtyDaysBeforeTheSeedEpoch) {
  const std::int64_t epoch = generation_epoch(8);
  std::int64_t previous = 0;
  std::int64_t expected_id = first_generated_order_id;
  for (const auto& order : generate_orders(8, 100).orders) {
    EXPECT_EQ(order.order_id, expected_id++);
    EXPECT_GE(order.timestamp, previous);  // ids grow with the placement time
    EXPECT_GE(order.timestamp, epoch - 30 * 86400);
    EXPECT_LE(order.updated_at, epoch);
    EXPECT_GE(order.updated_at, order.timestamp);
    previous = order.timestamp;
  }
}

TEST(CscartGenerator, CompleteOrdersAreFullyShippedWithAShipment) {
  const auto generated = generate_orders(2, 100);
  std::set<std::int64_t> shipped_orders;
  for (const auto& shipment : generated.shipments) {
    shipped_orders.insert(shipment.order_id);
    EXPECT_FALSE(shipment.tracking_number.empty());
  }
  for (const auto& order : generated.orders) {
    const bool complete = order.status == OrderStatus::Complete;
    EXPECT_EQ(shipped_orders.count(order.order_id), complete ? 1U : 0U);
    for (const auto& item : order.products) {
      EXPECT_EQ(item.shipped_amount, complete ? item.amount : 0);
    }
  }
}

TEST(CscartGenerator, StatusesAndShippingMethodsVary) {
  std::set<OrderStatus> statuses;
  std::set<std::string> methods;
  for (const auto& order : generate_orders(1, 200).orders) {
    statuses.insert(order.status);
    methods.insert(order.shipping.front().shipping);
  }
  for (const auto status :
       {OrderStatus::Processed, OrderStatus::Open, OrderStatus::Complete, OrderStatus::Cancelled}) {
    EXPECT_EQ(statuses.count(status), 1U) << static_cast<char>(status);
  }
  EXPECT_EQ(methods, (std::set<std::string>{"UPS Ground", "USPS Priority", "FedEx 2Day",
                                            "Express Overnight"}));
}

TEST(CscartWire, AnOrderSurvivesTheRoundTripThroughItsWireForm) {
  for (const auto& order : generate_orders(5, 30).orders) {
    const auto parsed = order_from_wire(order_to_wire(order));
    ASSERT_TRUE(std::holds_alternative<Order>(parsed)) << std::get<std::string>(parsed);
    EXPECT_EQ(order_to_wire(std::get<Order>(parsed)), order_to_wire(order));
  }
}

}  // namespace
}  // namespace orderhub::sandbox::cscart
