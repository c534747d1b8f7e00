// backorder_feed_test.cpp: the backorder rules on plain stock figures: the three cases of the
// feed, the cases they leave open (a date that is not in the future, a date with nothing on
// order), shipping containers, and the calendar month.
#include <gtest/gtest.h>

#include "pipeline/inventory/backorder_feed.h"

namespace orderhub::pipeline {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

domain::Date date(int y, unsigned m, unsigned d) {
  return domain::Date(year(y), month(m), day(d));
}

const domain::Date kToday = date(2026, 11, 23);

domain::InventoryItem out_of_stock(std::string sku, std::int64_t on_order,
                                   std::optional<domain::Date> expected) {
  domain::InventoryItem item;
  item.sku = std::move(sku);
  item.on_hand = 0;
  item.on_order = on_order;
  item.expected_date = expected;
  return item;
}

std::vector<BackorderItem> feed(const domain::InventoryItem& item,
                                OnOrderSource source = OnOrderSource::purchase_order) {
  return backorder_items({item}, source, kToday);
}

TEST(BackorderFeedTest, FutureDateSendsQuantityOnOrderAndDate) {
  EXPECT_EQ(feed(out_of_stock("A", 12, date(2026, 12, 5))),
            (std::vector<BackorderItem>{{"A", 0, 12, date(2026, 12, 5)}}));
}

TEST(BackorderFeedTest, QuantityWithoutDateSendsDateOneMonthAhead) {
  EXPECT_EQ(feed(out_of_stock("A", 4, std::nullopt)),
            (std::vector<BackorderItem>{{"A", 0, 4, date(2026, 12, 23)}}));
}

TEST(BackorderFeedTest, NeitherSendsQuantityZero) {
  EXPECT_EQ(feed(out_of_stock("A", 0, std::nullopt)),
            (std::vector<BackorderItem>{{"A", 0, std::nullopt, std::nullopt}}));
}

TEST(BackorderFeedTest, ContainersSettingUsesContainerFigures) {
  domain::InventoryItem item = out_of_stock("A", 12, date(2026, 12, 5));
  item.container_on_order = 30;
  item.container_eta = date(2027, 1, 15);
  EXPECT_EQ(feed(item, OnOrderSource::shipping_container),
            (std::vector<BackorderItem>{{"A", 0, 30, date(2027, 1, 15)}}));
  EXPECT_EQ(feed(item, OnOrderSource::purchase_order),
            (std::vector<BackorderItem>{{"A", 0, 12, date(2026, 12, 5)}}));

  // The container's figures alone decide, even when the purchase order has some.
  item.container_on_order = 0;
  item.container_eta = std::nullopt;
  EXPECT_EQ(feed(item, OnOrderSource::shipping_container),
            (std::vector<BackorderItem>{{"A", 0, std::nullopt, std::nullopt}}));
  item.container_on_order = 7;
  EXPECT_EQ(feed(item, OnOrderSource::shipping_container),
            (std::vector<BackorderItem>{{"A", 0, 7, date(2026, 12, 23)}}));
}

TEST(BackorderFeedTest, InStockProductsAreNotSent) {
  domain::InventoryItem in_stock = out_of_stock("IN", 5, date(2026, 12, 5));
  in_stock.on_hand = 1;
  domain::InventoryItem oversold = out_of_stock("OVERSOLD", 0, std::nullopt);
  oversold.on_hand = -3;
  const auto items = backorder_items({in_stock, out_of_stock("OUT", 0, std::nullopt), oversold},
                                     OnOrderSource::purchase_order, kToday);
  EXPECT_EQ(items, (std::vector<BackorderItem>{{"OUT", 0, std::nullopt, std::nullopt},
                                               {"OVERSOLD", 0, std::nullopt, std::nullopt}}));
}

TEST(BackorderFeedTest, PastOrTodayDateWithQuantityIsTreatedAsNoDate) {
  EXPECT_EQ(feed(out_of_stock("A", 4, date(2026, 11, 1))),
            (std::vector<BackorderItem>{{"A", 0, 4, date(2026, 12, 23)}}));
  EXPECT_EQ(feed(out_of_stock("A", 4, kToday)),
            (std::vector<BackorderItem>{{"A", 0, 4, date(2026, 12, 23)}}));
  EXPECT_EQ(feed(out_of_stock("A", 4, date(2026, 11, 24))),
            (std::vector<BackorderItem>{{"A", 0, 4, date(2026, 11, 24)}}));
}

TEST(BackorderFeedTest, DateWithoutQuantitySendsQuantityZeroOnly) {
  EXPECT_EQ(feed(out_of_stock("A", 0, date(2026, 12, 5))),
            (std::vector<BackorderItem>{{"A", 0, std::nullopt, std::nullopt}}));
}

TEST(BackorderFeedTest, OneMonthAheadIsACalendarMonthClampedToItsLastDay) {
  EXPECT_EQ(one_month_after(date(2026, 1, 31)), date(2026, 2, 28));
  EXPECT_EQ(one_month_after(date(2028, 1, 31)), date(2028, 2, 29));
  EXPECT_EQ(one_month_after(date(2026, 3, 31)), date(2026, 4, 30));
  EXPECT_EQ(one_month_after(date(2026, 12, 15)), date(2027, 1, 15));
  EXPECT_EQ(one_month_after(date(2026, 2, 28)), date(2026, 3, 28));
}

TEST(BackorderFeedTest, DocumentCarriesOnlyTheFiguresThatAreSet) {
  const auto document = inventory_update_document(
      {{"A", 0, 12, date(2026, 12, 5)}, {"B", 0, std::nullopt, std::nullopt}}, "inventory:k");
  EXPECT_EQ(document.dump(),
            R"({"schema":"orderhub.inventory_update/1","idempotency_key":"inventory:k",)"
            R"("items":[{"sku":"A","quantity":0,"quantity_on_order":12,)"
            R"("expected_delivery_date":"2026-12-05"},{"sku":"B","quantity":0}]})");
}

}  // namespace
}  // namespace orderhub::pipeline
