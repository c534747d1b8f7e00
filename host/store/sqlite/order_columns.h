// order_columns.h: the one list that pairs each column of the orders and order_lines tables with
// the field it holds. Binding and reading both walk this list, so the SQL column order, the bound
// parameters and the read-back fields cannot drift apart.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/order.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {

// Calls visit(column_name, field) for every column of orders except id, in table order. The
// currency column comes before every money column (readers need it first).
template <class OrderType, class Visitor>
void visit_order_columns(OrderType& order, Visitor&& visit) {
  visit("account", order.account);
  visit("channel_order_id", order.channel_order_id);
  visit("created_at", order.created_at);
  visit("updated_at", order.updated_at);
  visit("imported_at", order.imported_at);
  visit("currency", order.currency);
  visit("status", order.status);
  visit("shipping_status", order.shipping_status);
  visit("payment_status", order.payment_status);
  visit("channel_notified_for_shipping", order.channel_notified_for_shipping);
  visit("invoice_sent_to_channel", order.invoice_sent_to_channel);
  visit("third_party_managed", order.third_party_managed);
  visit("channel_status", order.channel_status);
  visit("marketplace", order.marketplace);
  visit("buyer_name", order.buyer.name);
  visit("buyer_email", order.buyer.email);
  visit("buyer_phone", order.buyer.phone);
  visit("ship_to_name", order.ship_to.name);
  visit("ship_to_company", order.ship_to.company);
  visit("ship_to_line1", order.ship_to.line1);
  visit("ship_to_line2", order.ship_to.line2);
  visit("ship_to_city", order.ship_to.city);
  visit("ship_to_state", order.ship_to.state);
  visit("ship_to_postal_code", order.ship_to.postal_code);
  visit("ship_to_country", order.ship_to.country);
  visit("ship_to_phone", order.ship_to.phone);
  visit("bill_to_name", order.bill_to.name);
  visit("bill_to_company", order.bill_to.company);
  visit("bill_to_line1", order.bill_to.line1);
  visit("bill_to_line2", order.bill_to.line2);
  visit("bill_to_city", order.bill_to.city);
  visit("bill_to_state", order.bill_to.state);
  visit("bill_to_postal_code", order.bill_to.postal_code);
  visit("bill_to_country", order.bill_to.country);
  visit("bill_to_phone", order.bill_to.phone);
  visit("shipping_method", order.shipping.channel_method);
  visit("shipping_carrier", order.shipping.carrier);
  visit("shipping_service", order.shipping.service);
  visit("shipping_code_to_send", order.shipping.code_to_send);
  visit("shipping_service_code", order.shipping.service_code);
  visit("shipping_rush", order.shipping.rush);
  visit("shipping_unmapped", order.shipping.unmapped);
  visit("items_minor", order.totals.items);
  visit("shipping_minor", order.totals.shipping);
  visit("tax_minor", order.totals.tax);
  visit("discount_minor", order.totals.discount);
  visit("total_minor", order.totals.total);
  visit("paid_minor", order.paid);
  visit("refunded_minor", order.refunded);
  visit("discount_added_minor", order.discount_added);
  visit("hold_reason", order.hold_reason);
  visit("notes", order.notes);
  visit("channel_data", order.channel_data);
  visit("raw", order.raw);
}

// The same for order_lines, except order_id and position.
template <class LineType, class Visitor>
void visit_line_columns(LineType& line, Visitor&& visit) {
  visit("line_id", line.line_id);
  visit("sku", line.sku);
  visit("title", line.title);
  visit("quantity", line.quantity);
  visit("quantity_shipped", line.quantity_shipped);
  visit("quantity_cancelled", line.quantity_cancelled);
  visit("quantity_refunded", line.quantity_refunded);
  visit("quantity_returned", line.quantity_returned);
  visit("unit_price_minor", line.unit_price);
  visit("tax_minor", line.tax);
  visit("shipping_minor", line.shipping);
  visit("discount_minor", line.discount);
}

// Binds visited fields to consecutive parameters starting after first_index.
class ColumnBinder {
 public:
  ColumnBinder(Statement& statement, int first_index)
      : statement_(statement), index_(first_index) {}

  void operator()(std::string_view, const domain::AccountId& value) { next(value.str()); }
  void operator()(std::string_view, const domain::ChannelOrderId& value) { next(value.str()); }
  void operator()(std::string_view, const domain::Currency& value) { next(value.code()); }
  void operator()(std::string_view, const domain::Money& value) { next(value.minor); }
  void operator()(std::string_view, const domain::OrderStatus& value) { next(to_string(value)); }
  void operator()(std::string_view, const domain::ShippingStatus& value) { next(to_string(value)); }
  void operator()(std::string_view, const domain::PaymentStatus& value) { next(to_string(value)); }
  template <class Value>
  void operator()(std::string_view, const Value& value) {
    next(value);
  }

  [[nodiscard]] int last_index() const { return index_; }

 private:
  template <class Value>
  void next(const Value& value) {
    statement_.bind_at(++index_, value);
  }

  Statement& statement_;
  int index_;
};

// Reads visited fields from consecutive columns starting at first_column. Money takes the
// currency most recently read (or given).
class ColumnReader {
 public:
  ColumnReader(const Statement& statement, int first_column, domain::Currency currency = {})
      : statement_(statement), column_(first_column), currency_(currency) {}

  void operator()(std::string_view, domain::AccountId& field) {
    field = read_account_id(statement_, column_++);
  }
  void operator()(std::string_view, domain::ChannelOrderId& field) {
    field = read_channel_order_id(statement_, column_++);
  }
  void operator()(std::string_view, domain::Currency& field) {
    field = read_currency(statement_, column_++);
    currency_ = field;
  }
  void operator()(std::string_view, domain::Money& field) {
    field = domain::Money{statement_.integer(column_++), currency_};
  }
  void operator()(std::string_view, domain::Timestamp& field) {
    field = statement_.timestamp(column_++);
  }
  void operator()(std::string_view, domain::OrderStatus& field) {
    field =
        parsed_column(statement_, column_, domain::parse_order_status(statement_.text(column_)));
    ++column_;
  }
  void operator()(std::string_view, domain::ShippingStatus& field) {
    field =
        parsed_column(statement_, column_, domain::parse_shipping_status(statement_.text(column_)));
    ++column_;
  }
  void operator()(std::string_view, domain::PaymentStatus& field) {
    field =
        parsed_column(statement_, column_, domain::parse_payment_status(statement_.text(column_)));
    ++column_;
  }
  void operator()(std::string_view, bool& field) { field = statement_.boolean(column_++); }
  void operator()(std::string_view, std::int64_t& field) { field = statement_.integer(column_++); }
  void operator()(std::string_view, std::string& field) { field = statement_.text(column_++); }

 private:
  const Statement& statement_;
  int column_;
  domain::Currency currency_;
};

// Collects the column names in visiting order.
struct ColumnNames {
  std::vector<std::string_view> names;

  template <class Field>
  void operator()(std::string_view name, const Field&) {
    names.push_back(name);
  }

  // "a, b, c" with an optional prefix on each name.
  [[nodiscard]] std::string joined(std::string_view prefix = "") const {
    std::string text;
    for (std::string_view name : names) {
      text += text.empty() ? "" : ", ";
      text += prefix;
      text += name;
    }
    return text;
  }
  // "?, ?, ?" with one placeholder per column.
  [[nodiscard]] std::string placeholders() const {
    std::string text;
    for (std::size_t index = 0; index < names.size(); ++index) {
      text += index == 0 ? "?" : ", ?";
    }
    return text;
  }
};

}  // namespace orderhub::store::sqlite
