// The CS-Cart emulator's rules: listing filters and paging, shipping within what remains.
#include "channels/cscart/cscart_order_book.h"

#include <gtest/gtest.h>

namespace orderhub::sandbox::cscart {
namespace {

Order order_with(std::int64_t order_id, std::int64_t timestamp, OrderStatus status) {
  Order order;
  order.order_id = order_id;
  order.timestamp = timestamp;
  order.updated_at = timestamp;
  order.status = status;
  order.products = {CartItem{"11", 1, "SKU-1", "One", 500, 3, 0},
                    CartItem{"22", 2, "SKU-2", "Two", 700, 1, 0}};
  return order;
}

OrderBook book_of(std::vector<Order> orders) {
  OrderBook book;
  book.reset(GeneratedOrders{std::move(orders), {}});
  return book;
}

TEST(CscartOrderBook, UpdatedAtFromIsInclusiveAndUpdatedAtToExclusive) {
  const OrderBook book = book_of({order_with(1, 100, OrderStatus::Processed),
                                  order_with(2, 200, OrderStatus::Processed),
                                  order_with(3, 300, OrderStatus::Processed)});
  ListQuery query;
  query.updated_from = 200;
  query.updated_to = 300;
  const ListPage page = book.list(query);
  ASSERT_EQ(page.orders.size(), 1U);
  EXPECT_EQ(page.orders.front()->order_id, 2);
  EXPECT_EQ(page.total_items, 1);
}

TEST(CscartOrderBook, IncompleteOrdersAreNotListed) {
  const OrderBook book =
      book_of({order_with(1, 100, OrderStatus::Incomplete), order_with(2, 200, OrderStatus::Open)});
  EXPECT_EQ(book.list(ListQuery{}).total_items, 1);
}

TEST(CscartOrderBook, PagesSplitTheSortedList) {
  const OrderBook book = book_of({order_with(1, 300, OrderStatus::Processed),
                                  order_with(2, 100, OrderStatus::Processed),
                                  order_with(3, 200, OrderStatus::Processed)});
  ListQuery query;
  query.sort_order = SortOrder::Ascending;
  query.items_per_page = 2;
  query.page = 2;
  const ListPage page = book.list(query);
  EXPECT_EQ(page.total_items, 3);
  ASSERT_EQ(page.orders.size(), 1U);
  EXPECT_EQ(page.orders.front()->order_id, 1);
}

TEST(CscartOrderBook, PartialShipmentsAddUpAndCannotExceedTheOrder) {
  OrderBook book = book_of({order_with(1, 100, OrderStatus::Processed)});
  ShipmentRequest first;
  first.order_id = 1;
  first.products = {{"11", 2}};
  ASSERT_TRUE(std::holds_alternative<const Shipment*>(book.ship(first, 1000)));

  ShipmentRequest too_many = first;
  too_many.products = {{"11", 2}};
  const auto refused = book.ship(too_many, 1001);
  ASSERT_TRUE(std::holds_alternative<ApiError>(refused));
  EXPECT_EQ(std::get<ApiError>(refused).status, 400);
  EXPECT_EQ(book.find(1)->products[0].shipped_amount, 2);
  EXPECT_EQ(book.find(1)->updated_at, 1000);

  ShipmentRequest rest = first;
  rest.products = {{"11", 1}, {"22", 1}};
  rest.order_status = OrderStatus::Complete;
  const auto shipped = book.ship(rest, 1002);
  ASSERT_TRUE(std::holds_alternative<const Shipment*>(shipped));
  EXPECT_EQ(std::get<const Shipment*>(shipped)->shipment_id, 2);
  EXPECT_EQ(book.find(1)->status, OrderStatus::Complete);
}

TEST(CscartOrderBook, ShippingAnUnknownOrderIs404) {
  OrderBook book = book_of({});
  ShipmentRequest request;
  request.order_id = 5;
  request.products = {{"11", 1}};
  const auto refused = book.ship(request, 1);
  ASSERT_TRUE(std::holds_alternative<ApiError>(refused));
  EXPECT_EQ(std::get<ApiError>(refused).status, 404);
}

}  // namespace
}  // namespace orderhub::sandbox::cscart
