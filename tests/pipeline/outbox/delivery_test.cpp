// delivery_test.cpp: what the channel's answer does to the row and to the order.
#include <nlohmann/json.hpp>

#include "outbox_test_support.h"

namespace orderhub::pipeline::testing {
namespace {

using loader::StatusCode;

TEST_F(OutboxTest, AnAcceptedShipmentMakesTheOrderShipConfirmed) {
  ShipRequest ship;
  ship.tracking_number = "1Z1";
  auto shipped = ship_order(*store_, order_id_, ship, full_channel(), context());
  ASSERT_TRUE(shipped.ok());
  const domain::OutboxRow queued = *shipped->channel.outbox_row;

  OutboxDelivery worker = delivery();
  const DeliveryReport report = worker.deliver_next(shop_, channel_);
  EXPECT_EQ(report.step, DeliveryStep::delivered);

  ASSERT_EQ(channel_.sent().size(), 1u);
  EXPECT_EQ(channel_.sent()[0].kind, domain::OutboxKind::shipment);
  EXPECT_EQ(channel_.sent()[0].document, queued.payload_json);  // the stored bytes, as queued
  const domain::OutboxRow done = row(queued.id);
  EXPECT_EQ(done.state, domain::OutboxState::done);
  EXPECT_EQ(done.channel_reference, "ref-1");
  EXPECT_TRUE(stored(order_id_).channel_notified_for_shipping);
  const domain::HistoryEvent last = history(order_id_).back();
  EXPECT_EQ(last.kind, "channel_notified");
  EXPECT_EQ(last.actor, "sync");
  EXPECT_EQ(nlohmann::json::parse(last.after_json)["channel_notified_for_shipping"], true);

  // Ship Confirmed now stands between the order and a cancel.
  CancelRequest cancel;
  cancel.form = domain::CancellationForm::internal;
  EXPECT_FALSE(cancel_order(*store_, order_id_, cancel, full_channel(), context()).ok());
}

TEST_F(OutboxTest, AnAcceptedInvoiceSetsInvoiceSentToChannel) {
  enqueue("invoice:1", domain::OutboxKind::invoice);
  EXPECT_EQ(delivery().deliver_next(shop_, channel_).step, DeliveryStep::delivered);
  const domain::Order order = stored(order_id_);
  EXPECT_TRUE(order.invoice_sent_to_channel);
  EXPECT_FALSE(order.channel_notified_for_shipping);
}

TEST_F(OutboxTest, PermanentFailureIsListedAndResendWorks) {
  const domain::OutboxRow queued = enqueue("ship:1:1");
  channel_.then(StatusCode::invalid_argument, "tracking number 1Z1 is not valid for UPS");

  OutboxDelivery worker = delivery();
  const DeliveryReport report = worker.deliver_next(shop_, channel_);
  EXPECT_EQ(report.step, DeliveryStep::failed);
  const auto failed = rows_in(domain::OutboxState::failed);
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].id, queued.id);
  EXPECT_EQ(failed[0].last_error, "INVALID_ARGUMENT: tracking number 1Z1 is not valid for UPS");
  EXPECT_EQ(history(order_id_).back().kind, "channel_refused");
  EXPECT_FALSE(stored(order_id_).channel_notified_for_shipping);
  // A failed row is not retried on its own.
  EXPECT_EQ(worker.deliver_next(shop_, channel_).step, DeliveryStep::nothing_due);

  ASSERT_TRUE(store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
    return transaction.outbox().resend(queued.id,
                                       std::chrono::floor<std::chrono::seconds>(clock_.now()));
  }));
  EXPECT_EQ(worker.deliver_next(shop_, channel_).step, DeliveryStep::delivered);
  EXPECT_EQ(row(queued.id).state, domain::OutboxState::done);
  EXPECT_EQ(channel_.sent().size(), 2u);
  EXPECT_EQ(channel_.sent()[0].document, channel_.sent()[1].document);
  EXPECT_TRUE(stored(order_id_).channel_notified_for_shipping);
}

TEST_F(OutboxTest, TooManyRetryableFailuresFailTheRow) {
  const domain::OutboxRow queued = enqueue("ship:1:1");
  DeliveryOptions options;
  options.retry.max_attempts = 3;
  OutboxDelivery worker = delivery(options);
  for (int attempt = 1; attempt <= 3; ++attempt) {
    channel_.then(StatusCode::unavailable, "503 Service Unavailable");
    const DeliveryReport report = worker.deliver_next(shop_, channel_);
    EXPECT_EQ(report.step, attempt < 3 ? DeliveryStep::retry_scheduled : DeliveryStep::failed);
    clock_.advance(std::chrono::minutes(20));
  }
  EXPECT_EQ(row(queued.id).state, domain::OutboxState::failed);
  EXPECT_EQ(row(queued.id).last_error,
            "gave up after 3 attempts: UNAVAILABLE: 503 Service Unavailable");
}

TEST_F(OutboxTest, AlreadyAppliedCountsAsDelivered) {
  const domain::OutboxRow queued = enqueue("ship:1:1");
  channel_.then(StatusCode::ok);
  EXPECT_EQ(delivery().deliver_next(shop_, channel_).step, DeliveryStep::delivered);
  EXPECT_EQ(row(queued.id).state, domain::OutboxState::done);
  EXPECT_NE(history(order_id_).back().summary.find("it already had it"), std::string::npos);
}

TEST_F(OutboxTest, EachKindReachesTheChannelAsItsOwnKind) {
  enqueue("ack:1", domain::OutboxKind::acknowledgement);
  enqueue("cancel:1:1", domain::OutboxKind::cancellation);
  enqueue("refund:1:1", domain::OutboxKind::refund);
  enqueue("inventory:1", domain::OutboxKind::inventory);
  const DeliveryCounts counts = delivery().deliver_due(shop_, channel_);
  EXPECT_EQ(counts.delivered, 4);
  ASSERT_EQ(channel_.sent().size(), 4u);
  EXPECT_EQ(channel_.sent()[0].kind, domain::OutboxKind::acknowledgement);
  EXPECT_EQ(channel_.sent()[1].kind, domain::OutboxKind::cancellation);
  EXPECT_EQ(channel_.sent()[2].kind, domain::OutboxKind::refund);
  EXPECT_EQ(channel_.sent()[3].kind, domain::OutboxKind::inventory);
}

}  // namespace
}  // namespace orderhub::pipeline::testing
