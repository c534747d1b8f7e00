// fulfilment_test.cpp: shipments, cancellations, refunds, RMAs and the order history.
#include <gtest/gtest.h>

#include "store/store.h"
#include "store_test_support.h"

namespace orderhub::store {
namespace {

using testing::at;
using testing::usd;

class FulfilmentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = open_store(directory_.file("orderhub.db"));
    testing::add_account(*store_, "shop");
    order_id_ =
        testing::import(*store_, testing::sample_order(testing::account_id("shop"), "1001")).id;
  }

  template <class Work>
  decltype(auto) write(Work&& work) {
    return in_write_transaction(*store_, std::forward<Work>(work));
  }

  testing::TemporaryDirectory directory_;
  std::unique_ptr<Store> store_;
  domain::OrderId order_id_;
};

TEST_F(FulfilmentTest, ShipmentsAreStoredWithTheirLines) {
  domain::Shipment shipment{
      .order_id = order_id_,
      .carrier = "UPS",
      .service = "Ground",
      .tracking_number = "1Z999AA10123456784",
      .ship_date = at("2026-11-23T15:00:00Z"),
      .lines = {{"7", 1}, {"8", 1}},
      .created_at = at("2026-11-23T15:01:00Z"),
  };
  shipment.id = write(
      [&](Transaction& transaction) { return transaction.fulfilment().add_shipment(shipment); });
  const domain::Shipment partial{.order_id = order_id_, .lines = {{"7", 1}}};
  write([&](Transaction& transaction) { transaction.fulfilment().add_shipment(partial); });

  const std::vector<domain::Shipment> stored =
      store_->begin_read()->fulfilment().list_shipments(order_id_);
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0], shipment);
  EXPECT_EQ(stored[1].lines, partial.lines);
}

TEST_F(FulfilmentTest, ARecordOfAMissingOrderIsRefused) {
  std::unique_ptr<Transaction> transaction = store_->begin_write();
  try {
    transaction->fulfilment().add_shipment(domain::Shipment{.order_id = domain::OrderId{999}});
    FAIL() << "a shipment of a missing order was stored";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::not_found);
    EXPECT_NE(std::string(error.what()).find("there is no order 999"), std::string::npos)
        << error.what();
  }
}

TEST_F(FulfilmentTest, CancellationsKeepTheirFormLinesAndRestockChoice) {
  domain::Cancellation cancellation{
      .order_id = order_id_,
      .form = domain::CancellationForm::on_channel,
      .reason = "buyer asked",
      .lines = {{"8", 1}},
      .restock = true,
      .created_at = at("2026-11-23T15:00:00Z"),
  };
  cancellation.id = write([&](Transaction& transaction) {
    return transaction.fulfilment().add_cancellation(cancellation);
  });
  EXPECT_EQ(store_->begin_read()->fulfilment().list_cancellations(order_id_),
            std::vector<domain::Cancellation>{cancellation});
}

TEST_F(FulfilmentTest, RefundsKeepEveryAmountAndDetail) {
  domain::Refund refund{
      .order_id = order_id_,
      .form = domain::RefundForm::local,
      .amount = usd(1740),
      .shipping = usd(300),
      .tax = usd(240),
      .lines = {{"7", 1, usd(1200)}},
      .reason = "damaged",
      .notes = "photo received",
      .operation_type = "PayPal",
      .method = "original payment",
      .reference = "R-77",
      .refund_date = domain::parse_date("2026-11-24").value(),
      .created_at = at("2026-11-24T10:00:00Z"),
  };
  refund.id =
      write([&](Transaction& transaction) { return transaction.fulfilment().add_refund(refund); });
  EXPECT_EQ(store_->begin_read()->fulfilment().list_refunds(order_id_),
            std::vector<domain::Refund>{refund});
}

TEST_F(FulfilmentTest, ARefundMixingCurrenciesIsRefused) {
  domain::Refund refund{.order_id = order_id_,
                        .amount = usd(100),
                        .shipping = usd(0),
                        .tax = domain::Money{0, domain::Currency::parse("EUR").value()}};
  std::unique_ptr<Transaction> transaction = store_->begin_write();
  try {
    transaction->fulfilment().add_refund(refund);
    FAIL() << "a mixed-currency refund was stored";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::invalid_value);
    EXPECT_NE(std::string(error.what()).find("tax is in EUR"), std::string::npos) << error.what();
  }
}

TEST_F(FulfilmentTest, AnRmaIsCreatedThenReceived) {
  domain::Rma rma{
      .order_id = order_id_,
      .lines = {{"7", 1}},
      .reason = "wrong size",
      .created_at = at("2026-11-25T10:00:00Z"),
  };
  rma.id = write([&](Transaction& transaction) { return transaction.fulfilment().add_rma(rma); });
  EXPECT_EQ(store_->begin_read()->fulfilment().find_rma(rma.id), rma);

  rma.status = domain::RmaStatus::received;
  rma.restock = true;
  rma.refunded = true;
  rma.received_at = at("2026-11-28T09:00:00Z");
  write([&](Transaction& transaction) { transaction.fulfilment().update_rma(rma); });

  std::unique_ptr<Transaction> reading = store_->begin_read();
  EXPECT_EQ(reading->fulfilment().find_rma(rma.id), rma);
  EXPECT_EQ(reading->fulfilment().list_rmas(order_id_), std::vector<domain::Rma>{rma});
  EXPECT_FALSE(reading->fulfilment().find_rma(rma.id + 1).has_value());
}

TEST_F(FulfilmentTest, UpdatingAMissingRmaIsNotFound) {
  std::unique_ptr<Transaction> transaction = store_->begin_write();
  try {
    transaction->fulfilment().update_rma(domain::Rma{.id = 31337, .order_id = order_id_});
    FAIL() << "a missing RMA was updated";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::not_found);
  }
}

TEST_F(FulfilmentTest, HistoryListsAnOrdersEventsInOrder) {
  const domain::HistoryEvent imported{.order_id = order_id_,
                                      .at = at("2026-11-20T10:30:00Z"),
                                      .actor = "download",
                                      .kind = "imported",
                                      .summary = "Imported from the channel",
                                      .before_json = "",
                                      .after_json = "{}"};
  const domain::HistoryEvent shipped{.order_id = order_id_,
                                     .at = at("2026-11-23T15:00:00Z"),
                                     .actor = "cli",
                                     .kind = "shipped",
                                     .summary = "Shipped 2 items by UPS Ground",
                                     .before_json = R"({"shipping_status":"unshipped"})",
                                     .after_json = R"({"shipping_status":"fully_shipped"})"};
  std::vector<domain::HistoryEvent> expected = {imported, shipped};
  write([&](Transaction& transaction) {
    for (domain::HistoryEvent& event : expected) {
      event.id = transaction.history().append(event);
    }
  });
  EXPECT_EQ(store_->begin_read()->history().list(order_id_), expected);
  EXPECT_TRUE(store_->begin_read()->history().list(domain::OrderId{999}).empty());
}

}  // namespace
}  // namespace orderhub::store
