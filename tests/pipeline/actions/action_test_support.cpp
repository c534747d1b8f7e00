// action_test_support.cpp: the store, the sample order and the snapshot of the action tests.
#include "action_test_support.h"

#include <stdlib.h>

#include <stdexcept>
#include <system_error>

namespace orderhub::pipeline::testing {

TemporaryDirectory::TemporaryDirectory() {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "orderhub-pipeline-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot create a temporary directory from " + pattern);
  }
  path_ = pattern;
}

TemporaryDirectory::~TemporaryDirectory() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

domain::Timestamp at(const char* text) {
  return domain::parse_timestamp(text).value();
}

domain::Money usd(std::int64_t minor) {
  return domain::Money{minor, domain::Currency::parse("USD").value()};
}

domain::AccountId account_id(const char* text) {
  return domain::AccountId::parse(text).value();
}

domain::Order sample_order(const domain::AccountId& account, const std::string& channel_order_id) {
  domain::Order order;
  order.account = account;
  order.channel_order_id = domain::ChannelOrderId::parse(channel_order_id).value();
  order.created_at = at("2026-11-20T10:00:00Z");
  order.updated_at = at("2026-11-20T10:05:00Z");
  order.imported_at = at("2026-11-20T10:30:00Z");
  order.currency = domain::Currency::parse("USD").value();
  order.payment_status = domain::PaymentStatus::charged;
  order.channel_status = "P";
  order.buyer = {"Ada Buyer", "ada@example.com", "+1 555 0100"};
  order.ship_to = {"Ada Buyer", "", "1 Engine Way", "", "Springfield", "IL", "62701", "US", ""};
  order.shipping = {"UPS Ground", "UPS", "Ground", "UPS", "03", false, false};
  order.totals = {usd(4000), usd(500), usd(330), usd(0), usd(4830)};
  order.paid = usd(4830);
  order.refunded = usd(0);
  order.discount_added = usd(0);
  domain::OrderLine widget;
  widget.line_id = "7";
  widget.sku = "SKU-1";
  widget.title = "Widget";
  widget.quantity = 2;
  widget.unit_price = usd(1500);
  widget.tax = usd(240);
  widget.shipping = usd(300);
  widget.discount = usd(0);
  domain::OrderLine gadget;
  gadget.line_id = "8";
  gadget.sku = "SKU-2";
  gadget.title = "Gadget";
  gadget.quantity = 1;
  gadget.unit_price = usd(1000);
  gadget.tax = usd(90);
  gadget.shipping = usd(200);
  gadget.discount = usd(0);
  order.lines = {widget, gadget};
  order.channel_data = R"({"order_id":")" + channel_order_id + R"("})";
  order.raw = R"({"order_id":")" + channel_order_id + R"("})";
  return order;
}

ActionTest::ActionTest() {
  store_ = store::open_store((directory_.path() / "orderhub.db").string());
  store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
    domain::Account account;
    account.id = shop_;
    account.plugin_id = "org.orderhub.channel.test";
    account.config_json = "{}";
    account.created_at = at("2026-11-01T08:00:00Z");
    transaction.accounts().add(account);
  });
  order_id_ = import(sample_order(shop_, "1001"));
}

domain::OrderId ActionTest::import(const domain::Order& order) {
  return store::in_write_transaction(*store_, [&](store::Transaction& transaction) {
    return transaction.orders().upsert_imported(order).id;
  });
}

domain::Order ActionTest::stored(domain::OrderId id) {
  return *store_->begin_read()->orders().find(id);
}

void ActionTest::store_order(const domain::Order& order) {
  store::in_write_transaction(
      *store_, [&](store::Transaction& transaction) { transaction.orders().update(order); });
}

Snapshot ActionTest::snapshot(domain::OrderId id) {
  std::unique_ptr<store::Transaction> reading = store_->begin_read();
  Snapshot snapshot;
  snapshot.order = *reading->orders().find(id);
  snapshot.shipments = reading->fulfilment().list_shipments(id).size();
  snapshot.cancellations = reading->fulfilment().list_cancellations(id).size();
  snapshot.refunds = reading->fulfilment().list_refunds(id).size();
  snapshot.rmas = reading->fulfilment().list_rmas(id).size();
  snapshot.history = reading->history().list(id).size();
  store::OutboxFilter every;
  every.limit = -1;
  snapshot.outbox_rows = reading->outbox().list(every).size();
  snapshot.inventory = reading->inventory().list();
  return snapshot;
}

std::vector<domain::OutboxRow> ActionTest::outbox_rows() {
  store::OutboxFilter every;
  every.limit = -1;
  return store_->begin_read()->outbox().list(every);
}

std::vector<domain::HistoryEvent> ActionTest::history(domain::OrderId id) {
  return store_->begin_read()->history().list(id);
}

void ActionTest::ship_and_confirm(domain::OrderId id) {
  ShipRequest request;
  request.tracking_number = "1Z999";
  ship_order(*store_, id, request, full_channel(), context()).value();
  domain::Order order = stored(id);
  order.channel_notified_for_shipping = true;
  store_order(order);
}

}  // namespace orderhub::pipeline::testing
