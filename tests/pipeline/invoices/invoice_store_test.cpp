// invoice_store_test.cpp: invoice numbers and renditions on a real SQLite file, and the invoice
// upload row a shipment queues only when it completes the order of an account that uploads
// invoices to a channel that takes them.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "pipeline/actions/actions.h"
#include "pipeline_test_support.h"
#include "store/store.h"

namespace orderhub::pipeline {
namespace {

using testing::TemporaryDirectory;

class InvoiceStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = store::open_store(directory_.file("orderhub.db"));
    testing::add_account(*store_, "shop");
    order_id_ = store::in_write_transaction(*store_, [](store::Transaction& transaction) {
      return transaction.orders().upsert_imported(testing::sample_order("shop", "1001")).id;
    });
  }

  std::vector<domain::OutboxRow> invoice_rows() {
    store::OutboxFilter every;
    every.limit = -1;
    std::vector<domain::OutboxRow> rows;
    for (domain::OutboxRow& row : store_->begin_read()->outbox().list(every)) {
      if (row.kind == domain::OutboxKind::invoice) {
        rows.push_back(std::move(row));
      }
    }
    return rows;
  }

  domain::Result<ShipOutcome> ship(const CapabilityList& capabilities, bool invoice_upload,
                                   std::vector<domain::LineQuantity> lines = {}) {
    ActionSettings settings;
    settings.invoice_upload = invoice_upload;
    ShipRequest request;
    request.carrier = "UPS";
    request.service = "Ground";
    request.tracking_number = "1Z";
    request.lines = std::move(lines);
    return ship_order(*store_, order_id_, request, ChannelFacts{capabilities, settings},
                      ActionContext{"test", testing::at("2026-11-23T16:00:00Z")});
  }

  TemporaryDirectory directory_;
  std::unique_ptr<store::Store> store_;
  domain::OrderId order_id_{};
};

TEST_F(InvoiceStoreTest, AnOrdersNumberIsAssignedOnceWithItsFirstDate) {
  const domain::Date first = domain::parse_date("2026-11-23").value();
  const domain::Date later = domain::parse_date("2026-12-01").value();
  const store::InvoiceNumber assigned = store::in_write_transaction(
      *store_, [&](store::Transaction& t) { return t.invoices().assign_number(order_id_, first); });
  EXPECT_EQ(assigned.number, "INV-" + std::to_string(order_id_.value));
  const store::InvoiceNumber again = store::in_write_transaction(
      *store_, [&](store::Transaction& t) { return t.invoices().assign_number(order_id_, later); });
  EXPECT_EQ(again, assigned);
  EXPECT_THROW(store::in_write_transaction(*store_,
                                           [&](store::Transaction& t) {
                                             return t.invoices().assign_number(domain::OrderId{999},
                                                                               first);
                                           }),
               store::StoreError);
}

TEST_F(InvoiceStoreTest, ARenditionIsStoredOnceAndTheFirstBytesStay) {
  const store::RenditionKey key{order_id_, "INV-1", "org.example.a", "abc"};
  store::in_write_transaction(*store_, [&](store::Transaction& t) {
    t.invoices().assign_number(order_id_, domain::parse_date("2026-11-23").value());
    t.invoices().store_rendition({key, "%PDF-first", testing::at("2026-11-23T16:00:00Z")});
    const store::Rendition second =
        t.invoices().store_rendition({key, "%PDF-second", testing::at("2026-11-23T17:00:00Z")});
    EXPECT_EQ(second.pdf, "%PDF-first");
  });
  store::RenditionKey other = key;
  other.template_version = "def";
  const auto reading = store_->begin_read();
  EXPECT_EQ(reading->invoices().find_rendition(key)->pdf, "%PDF-first");
  EXPECT_FALSE(reading->invoices().find_rendition(other).has_value());
}

TEST_F(InvoiceStoreTest, ShipmentThatCompletesTheOrderQueuesTheInvoiceOnlyWhenAllowed) {
  const CapabilityList with_upload({"shipment.upload", "invoice.upload"});
  const CapabilityList without_upload({"shipment.upload"});
  const domain::Order order = store_->begin_read()->orders().find(order_id_).value();

  // Part of the first line: not complete, nothing queued even with upload on.
  auto partial = ship(with_upload, true, {{order.lines[0].line_id, 1}});
  ASSERT_TRUE(partial) << partial.error().message;
  EXPECT_FALSE(partial->invoice_upload.has_value());
  EXPECT_TRUE(invoice_rows().empty());

  auto complete = ship(without_upload, true);
  ASSERT_TRUE(complete) << complete.error().message;
  EXPECT_FALSE(complete->invoice_upload.has_value());
  EXPECT_TRUE(invoice_rows().empty());
}

TEST_F(InvoiceStoreTest, ShipmentThatCompletesTheOrderQueuesOneInvoiceRowWithoutThePdf) {
  auto shipped = ship(CapabilityList({"shipment.upload", "invoice.upload"}), true);
  ASSERT_TRUE(shipped) << shipped.error().message;
  ASSERT_TRUE(shipped->invoice_upload.has_value());
  const std::vector<domain::OutboxRow> rows = invoice_rows();
  ASSERT_EQ(rows.size(), 1u);
  const std::string number = "INV-" + std::to_string(order_id_.value);
  EXPECT_EQ(rows[0].idempotency_key, "invoice:" + std::to_string(order_id_.value) + ":" + number);
  const nlohmann::json payload = nlohmann::json::parse(rows[0].payload_json);
  EXPECT_EQ(payload["schema"], "orderhub.invoice_upload/1");
  EXPECT_EQ(payload["invoice_number"], number);
  EXPECT_EQ(payload["invoice_date"], "2026-11-23");
  EXPECT_FALSE(payload.contains("pdf_base64"));  // attached at delivery
  EXPECT_EQ(store_->begin_read()->invoices().find_number(order_id_)->number, number);
}

TEST_F(InvoiceStoreTest, NoInvoiceRowWhenTheAccountDoesNotUpload) {
  auto shipped = ship(CapabilityList({"shipment.upload", "invoice.upload"}), false);
  ASSERT_TRUE(shipped) << shipped.error().message;
  EXPECT_TRUE(invoice_rows().empty());
}

}  // namespace
}  // namespace orderhub::pipeline
