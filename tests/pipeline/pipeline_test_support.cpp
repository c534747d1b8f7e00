// pipeline_test_support.cpp: the shared test helpers.
#include "pipeline_test_support.h"

#include <random>

#include <gtest/gtest.h>

#include "pipeline/documents/field_result.h"

namespace orderhub::pipeline::testing {

TemporaryDirectory::TemporaryDirectory() {
  std::random_device random;
  path_ = std::filesystem::temp_directory_path() /
          ("orderhub-pipeline-test-" + std::to_string(random()) + std::to_string(random()));
  std::filesystem::create_directories(path_);
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

domain::Order sample_order(const char* account, const char* channel_order_id) {
  domain::Order order;
  order.account = account_id(account);
  order.channel_order_id = domain::ChannelOrderId::parse(channel_order_id).value();
  order.created_at = at("2026-11-20T10:00:00Z");
  order.updated_at = at("2026-11-20T10:05:00Z");
  order.currency = domain::Currency::parse("USD").value();
  order.status = domain::OrderStatus::in_process;
  order.shipping_status = domain::ShippingStatus::unshipped;
  order.payment_status = domain::PaymentStatus::charged;
  order.channel_status = "P";
  order.marketplace = "eBay";
  order.buyer = {"Zoë Müller", "zoe@example.com", "+1 555-0100"};
  order.ship_to = {"Zoë Müller", "",      "1 Main St", "Apt 2",      "Springfield",
                   "IL",         "62701", "US",        "+1 555-0100"};
  order.bill_to = {"Zoë Müller", "Acme", "1 Main St", "", "Springfield", "IL", "62701", "US", ""};
  order.shipping.channel_method = "UPS Ground";
  order.totals = {usd(3998), usd(500), usd(320), usd(100), usd(4718)};
  order.paid = usd(4718);
  order.refunded = usd(0);
  order.discount_added = usd(0);
  domain::OrderLine first;
  first.line_id = "7";
  first.sku = "SKU-1";
  first.title = "Café Mug";
  first.quantity = 2;
  first.unit_price = usd(1299);
  first.tax = usd(200);
  first.shipping = usd(300);
  first.discount = usd(100);
  domain::OrderLine second;
  second.line_id = "8";
  second.sku = "SKU-2";
  second.title = "Notebook";
  second.quantity = 1;
  second.unit_price = usd(1400);
  second.tax = usd(120);
  second.shipping = usd(200);
  second.discount = usd(0);
  order.lines = {first, second};
  order.channel_data = R"({"shipping_id":"1"})";
  order.raw = R"({"order_id":"1001"})";
  return order;
}

void add_account(store::Store& store, const char* id) {
  domain::Account account;
  account.id = account_id(id);
  account.plugin_id = "org.orderhub.channel.cscart";
  account.config_json = "{}";
  account.created_at = at("2026-11-01T00:00:00Z");
  store::in_write_transaction(
      store, [&](store::Transaction& transaction) { transaction.accounts().add(account); });
}

}  // namespace orderhub::pipeline::testing

namespace orderhub::pipeline {
void PrintTo(const FieldError& error, std::ostream* out) {
  *out << "{\"" << error.field << "\", \"" << error.message << "\"}";
}
}  // namespace orderhub::pipeline
