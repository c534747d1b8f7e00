// What a download does to an order already stored: the channel's data replaces the old, the hub's
// state stays, and the history learns exactly what changed.
#include <gtest/gtest.h>

#include "pipeline/download/order_merge.h"
#include "pipeline_test_support.h"

namespace orderhub::pipeline {
namespace {

using testing::at;
using testing::sample_order;
using testing::usd;

domain::ShippingMapping ups_mapping() {
  domain::ShippingMapping mapping;
  mapping.account = testing::account_id("shop");
  mapping.channel_method = "UPS Ground";
  mapping.carrier = "UPS";
  mapping.service = "Ground";
  mapping.code_to_send = "UPS";
  mapping.service_code = "GND";
  mapping.rush = true;
  return mapping;
}

// The order as stored after some hub activity: mapped, on hold with a note, one unit shipped,
// part refunded, the shipment confirmed.
domain::Order stored_with_hub_state() {
  domain::Order stored =
      prepare_new_order(sample_order("shop", "1001"), ups_mapping(), at("2026-11-20T11:00:00Z"));
  stored.id = domain::OrderId{5};
  stored.status = domain::OrderStatus::on_hold;
  stored.hold_reason = "address check";
  stored.notes = "call before delivery";
  stored.channel_notified_for_shipping = true;
  stored.shipping_status = domain::ShippingStatus::partially_shipped;
  stored.lines[0].quantity_shipped = 1;
  stored.lines[0].quantity_refunded = 1;
  stored.refunded = usd(1299);
  stored.payment_status = domain::PaymentStatus::partial_refund;
  return stored;
}

TEST(OrderMergeTest, ANewOrderGetsTheMappingAndImportTime) {
  const domain::Order order =
      prepare_new_order(sample_order("shop", "1001"), ups_mapping(), at("2026-11-21T00:00:00Z"));
  EXPECT_EQ(order.imported_at, at("2026-11-21T00:00:00Z"));
  EXPECT_EQ(order.shipping.carrier, "UPS");
  EXPECT_EQ(order.shipping.service, "Ground");
  EXPECT_EQ(order.shipping.code_to_send, "UPS");
  EXPECT_EQ(order.shipping.service_code, "GND");
  EXPECT_TRUE(order.shipping.rush);
  EXPECT_FALSE(order.shipping.unmapped);
}

TEST(OrderMergeTest, ANewOrderWithoutAMappingIsReportedUnmapped) {
  const domain::Order order =
      prepare_new_order(sample_order("shop", "1001"), std::nullopt, at("2026-11-21T00:00:00Z"));
  EXPECT_TRUE(order.shipping.unmapped);
  EXPECT_EQ(order.shipping.carrier, "");
  EXPECT_EQ(order.shipping.channel_method, "UPS Ground");
}

TEST(OrderMergeTest, ChannelDataIsReplacedAndHubStateKept) {
  const domain::Order stored = stored_with_hub_state();
  domain::Order downloaded = sample_order("shop", "1001");
  downloaded.ship_to.city = "Lyon";
  downloaded.updated_at = at("2026-11-22T09:00:00Z");
  downloaded.channel_status = "B";

  const domain::Order merged = merge_downloaded_order(stored, downloaded, ups_mapping()).value();
  EXPECT_EQ(merged.ship_to.city, "Lyon");
  EXPECT_EQ(merged.updated_at, at("2026-11-22T09:00:00Z"));
  EXPECT_EQ(merged.channel_status, "B");
  EXPECT_EQ(merged.id, stored.id);
  EXPECT_EQ(merged.imported_at, stored.imported_at);
  EXPECT_EQ(merged.status, domain::OrderStatus::on_hold);
  EXPECT_EQ(merged.hold_reason, "address check");
  EXPECT_EQ(merged.notes, "call before delivery");
  EXPECT_TRUE(merged.channel_notified_for_shipping);
  EXPECT_EQ(merged.shipping_status, domain::ShippingStatus::partially_shipped);
  EXPECT_EQ(merged.lines[0].quantity_shipped, 1);
  EXPECT_EQ(merged.lines[0].quantity_refunded, 1);
  EXPECT_EQ(merged.refunded, usd(1299));
  EXPECT_EQ(merged.payment_status, domain::PaymentStatus::partial_refund);
  EXPECT_EQ(merged.shipping, stored.shipping);
}

TEST(OrderMergeTest, AnUnchangedDownloadMergesToTheStoredOrder) {
  const domain::Order stored = stored_with_hub_state();
  const domain::Order merged =
      merge_downloaded_order(stored, sample_order("shop", "1001"), ups_mapping()).value();
  EXPECT_EQ(merged, stored);
}

TEST(OrderMergeTest, ACancellationAtTheChannelCancelsAnOpenOrder) {
  domain::Order downloaded = sample_order("shop", "1001");
  downloaded.status = domain::OrderStatus::cancelled;
  const domain::Order merged =
      merge_downloaded_order(stored_with_hub_state(), downloaded, ups_mapping()).value();
  EXPECT_EQ(merged.status, domain::OrderStatus::cancelled);
}

TEST(OrderMergeTest, AShipmentAtTheChannelCompletesAnInProcessOrder) {
  domain::Order stored = stored_with_hub_state();
  stored.status = domain::OrderStatus::in_process;
  domain::Order downloaded = sample_order("shop", "1001");
  downloaded.shipping_status = domain::ShippingStatus::fully_shipped;
  downloaded.lines[0].quantity_shipped = 2;
  downloaded.lines[1].quantity_shipped = 1;
  const domain::Order merged = merge_downloaded_order(stored, downloaded, ups_mapping()).value();
  EXPECT_EQ(merged.status, domain::OrderStatus::completed);
  EXPECT_EQ(merged.shipping_status, domain::ShippingStatus::fully_shipped);
  EXPECT_EQ(merged.lines[0].quantity_shipped, 2);
}

TEST(OrderMergeTest, AChangedChannelMethodIsMappedAgain) {
  const domain::Order stored = stored_with_hub_state();
  domain::Order downloaded = sample_order("shop", "1001");
  downloaded.shipping.channel_method = "Express Overnight";
  const domain::Order merged = merge_downloaded_order(stored, downloaded, std::nullopt).value();
  EXPECT_EQ(merged.shipping.channel_method, "Express Overnight");
  EXPECT_TRUE(merged.shipping.unmapped);
  EXPECT_EQ(merged.shipping.carrier, "");
}

TEST(OrderMergeTest, ACurrencyChangeAfterHubRefundsIsRefused) {
  domain::Order downloaded = sample_order("shop", "1001");
  const domain::Currency euro = domain::Currency::parse("EUR").value();
  downloaded.currency = euro;
  const auto merged = merge_downloaded_order(stored_with_hub_state(), downloaded, ups_mapping());
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.error().field, "currency");
}

TEST(OrderMergeTest, ChangesNameTheFieldsWithBeforeAndAfter) {
  const domain::Order before = stored_with_hub_state();
  domain::Order after = before;
  after.ship_to.city = "Lyon";
  after.payment_status = domain::PaymentStatus::charged;
  after.raw = "{\"changed\":true}";
  const OrderChanges changes = changes_between(before, after);
  EXPECT_EQ(changes.fields, (std::vector<std::string>{"payment_status", "ship_to", "raw"}));
  EXPECT_EQ(changes.before["payment_status"], "partial_refund");
  EXPECT_EQ(changes.after["payment_status"], "charged");
  EXPECT_EQ(changes.after["ship_to"]["city"], "Lyon");
  EXPECT_FALSE(changes.after.contains("raw"));
}

}  // namespace
}  // namespace orderhub::pipeline
