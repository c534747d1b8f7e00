// names_test.cpp: every enum's exact text form, both ways.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/cancellation.h"
#include "domain/outbox.h"
#include "domain/refund.h"
#include "domain/rma.h"
#include "domain/statuses.h"

namespace orderhub::domain {
namespace {

// Each value's name is the expected one, and parsing the name gives the value back.
template <class Enum, class Parse>
void expect_round_trip(const std::vector<std::pair<Enum, std::string>>& expected, Parse parse) {
  for (const auto& [value, name] : expected) {
    EXPECT_EQ(to_string(value), name);
    Result<Enum> parsed = parse(name);
    ASSERT_TRUE(parsed.ok()) << name;
    EXPECT_EQ(*parsed, value);
  }
}

TEST(Names, OrderStatusesRoundTrip) {
  expect_round_trip<OrderStatus>({{OrderStatus::in_process, "in_process"},
                                  {OrderStatus::on_hold, "on_hold"},
                                  {OrderStatus::completed, "completed"},
                                  {OrderStatus::cancelled, "cancelled"},
                                  {OrderStatus::problem, "problem"},
                                  {OrderStatus::voided, "void"}},
                                 parse_order_status);
}

TEST(Names, ShippingStatusesRoundTrip) {
  expect_round_trip<ShippingStatus>({{ShippingStatus::unshipped, "unshipped"},
                                     {ShippingStatus::partially_shipped, "partially_shipped"},
                                     {ShippingStatus::fully_shipped, "fully_shipped"}},
                                    parse_shipping_status);
}

TEST(Names, PaymentStatusesRoundTrip) {
  expect_round_trip<PaymentStatus>({{PaymentStatus::no_payment, "no_payment"},
                                    {PaymentStatus::authorized, "authorized"},
                                    {PaymentStatus::charged, "charged"},
                                    {PaymentStatus::partial_payment, "partial_payment"},
                                    {PaymentStatus::partial_refund, "partial_refund"},
                                    {PaymentStatus::full_refund, "full_refund"},
                                    {PaymentStatus::payment_error, "payment_error"}},
                                   parse_payment_status);
}

TEST(Names, RecordFormsAndStatesRoundTrip) {
  expect_round_trip<CancellationForm>({{CancellationForm::on_channel, "channel"},
                                       {CancellationForm::internal, "internal"},
                                       {CancellationForm::void_order, "void"}},
                                      parse_cancellation_form);
  expect_round_trip<RefundForm>({{RefundForm::on_channel, "channel"},
                                 {RefundForm::local, "local"},
                                 {RefundForm::discount, "discount"}},
                                parse_refund_form);
  expect_round_trip<RmaStatus>({{RmaStatus::created, "created"}, {RmaStatus::received, "received"}},
                               parse_rma_status);
  expect_round_trip<OutboxKind>({{OutboxKind::shipment, "shipment"},
                                 {OutboxKind::cancellation, "cancellation"},
                                 {OutboxKind::refund, "refund"},
                                 {OutboxKind::invoice, "invoice"},
                                 {OutboxKind::inventory, "inventory"},
                                 {OutboxKind::acknowledgement, "acknowledgement"}},
                                parse_outbox_kind);
  expect_round_trip<OutboxState>({{OutboxState::pending, "pending"},
                                  {OutboxState::in_flight, "in_flight"},
                                  {OutboxState::done, "done"},
                                  {OutboxState::failed, "failed"}},
                                 parse_outbox_state);
}

TEST(Names, UnknownNamesAreRefusedWithTheChoices) {
  Result<OrderStatus> status = parse_order_status("shipped");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message,
            "order status \"shipped\" is not one of in_process, on_hold, completed, cancelled, "
            "problem, void");
  EXPECT_FALSE(parse_payment_status("Charged").ok());
  EXPECT_FALSE(parse_shipping_status("").ok());
}

}  // namespace
}  // namespace orderhub::domain
