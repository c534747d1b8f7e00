// store_test_support.cpp: temporary directories and sample records for the store tests.
#include "store_test_support.h"

#include <stdlib.h>

#include <stdexcept>
#include <system_error>

namespace orderhub::store::testing {

TemporaryDirectory::TemporaryDirectory() {
  std::string pattern = (std::filesystem::temp_directory_path() / "orderhub-store-XXXXXX").string();
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

domain::ChannelOrderId channel_order_id(const std::string& text) {
  return domain::ChannelOrderId::parse(text).value();
}

domain::Account sample_account(const char* id) {
  domain::Account account;
  account.id = account_id(id);
  account.plugin_id = "com.example.channel";
  account.config_json = R"({"api_key":"secret"})";
  account.settings = {{"download.enabled", "true"}, {"download.interval_minutes", "30"}};
  account.created_at = at("2026-11-01T08:00:00Z");
  return account;
}

domain::Order sample_order(const domain::AccountId& account, const std::string& channel_id) {
  domain::Order order;
  order.account = account;
  order.channel_order_id = channel_order_id(channel_id);
  order.created_at = at("2026-11-20T10:00:00Z");
  order.updated_at = at("2026-11-20T10:05:00Z");
  order.imported_at = at("2026-11-20T10:30:00Z");
  order.currency = domain::Currency::parse("USD").value();
  order.status = domain::OrderStatus::in_process;
  order.shipping_status = domain::ShippingStatus::unshipped;
  order.payment_status = domain::PaymentStatus::charged;
  order.channel_notified_for_shipping = false;
  order.invoice_sent_to_channel = true;
  order.third_party_managed = false;
  order.channel_status = "P";
  order.marketplace = "eBay";
  order.buyer = {"Ada Buyer", "ada@example.com", "+1 555 0100"};
  order.ship_to = {"Ada Buyer", "Analytical Ltd", "1 Engine Way", "Suite 2",    "Springfield",
                   "IL",        "62701",          "US",           "+1 555 0101"};
  order.bill_to = {"Ada Buyer", "", "2 Bill St", "", "Springfield", "IL", "62702", "US", ""};
  order.shipping = {"UPS Ground", "UPS", "Ground", "UPS", "03", true, false};
  order.totals = {usd(4000), usd(500), usd(330), usd(200), usd(4630)};
  order.paid = usd(4630);
  order.refunded = usd(0);
  order.discount_added = usd(0);
  order.hold_reason = "";
  order.notes = "leave at the door";
  domain::OrderLine first;
  first.line_id = "7";
  first.sku = "SKU-1";
  first.title = "Widget";
  first.quantity = 2;
  first.unit_price = usd(1500);
  first.tax = usd(240);
  first.shipping = usd(300);
  first.discount = usd(200);
  domain::OrderLine second;
  second.line_id = "8";
  second.sku = "SKU-2";
  second.title = "Gadget \"deluxe\"";
  second.quantity = 1;
  second.quantity_shipped = 1;
  second.unit_price = usd(1000);
  second.tax = usd(90);
  second.shipping = usd(200);
  second.discount = usd(0);
  order.lines = {first, second};
  order.channel_data = R"({"channel_id":"A-1"})";
  order.raw = R"({"id":")" + channel_id + R"("})";
  return order;
}

void add_account(Store& store, const char* id) {
  in_write_transaction(
      store, [&](Transaction& transaction) { transaction.accounts().add(sample_account(id)); });
}

UpsertResult import(Store& store, const domain::Order& order) {
  return in_write_transaction(
      store, [&](Transaction& transaction) { return transaction.orders().upsert_imported(order); });
}

}  // namespace orderhub::store::testing
