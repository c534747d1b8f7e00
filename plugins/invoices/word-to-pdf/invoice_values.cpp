#include "invoice_values.h"

#include <orderhub/sdk/error.h>

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>

#include "locale_format.h"
#include "utf8_text.h"
#include "xml_text.h"

namespace orderhub::word_to_pdf {
namespace {

using nlohmann::json;

[[noreturn]] void refuse(const std::string& message) {
  throw sdk::Error(sdk::Status::INVALID_ARGUMENT, "render request: " + message);
}

// "order" + "totals" -> "order.totals"; a top-level member is named alone.
std::string join(const std::string& where, const char* key) {
  return where.empty() ? std::string(key) : where + "." + key;
}

const json& member(const json& object, const char* key, const std::string& where) {
  if (!object.is_object() || !object.contains(key)) {
    refuse(join(where, key) + " is missing");
  }
  return object.at(key);
}

const json& object_member(const json& object, const char* key, const std::string& where) {
  const json& value = member(object, key, where);
  if (!value.is_object()) {
    refuse(join(where, key) + " is not an object");
  }
  return value;
}

// An optional string member: "" when absent or null.
std::string text_member(const json& object, const char* key, const std::string& where) {
  if (!object.is_object() || !object.contains(key) || object.at(key).is_null()) {
    return "";
  }
  const json& value = object.at(key);
  if (value.is_string()) {
    return xml_safe_text(value.get<std::string>());
  }
  if (value.is_number_integer()) {
    return value.dump();
  }
  refuse(join(where, key) + " is not a string");
}

std::string required_text(const json& object, const char* key, const std::string& where) {
  const json& value = member(object, key, where);
  if (!value.is_string() || value.get<std::string>().empty()) {
    refuse(join(where, key) + " is not a non-empty string");
  }
  return xml_safe_text(value.get<std::string>());
}

struct Money {
  std::int64_t minor = 0;
  std::string currency;
};

Money money_member(const json& object, const char* key, const std::string& where) {
  const json& value = member(object, key, where);
  const std::string path = join(where, key);
  if (!value.is_object() || !value.contains("minor") || !value.at("minor").is_number_integer()) {
    refuse(path + " is not money: it needs an integer \"minor\"");
  }
  const json& currency = value.contains("currency") ? value.at("currency") : json();
  if (!currency.is_string() || currency.get<std::string>().size() != 3) {
    refuse(path + ".currency is not an ISO 4217 code");
  }
  for (char letter : currency.get<std::string>()) {
    if (letter < 'A' || letter > 'Z') {
      refuse(path + ".currency is not an ISO 4217 code");
    }
  }
  if (value.at("minor").is_number_unsigned() &&
      value.at("minor").get<std::uint64_t>() >
          static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    refuse(path + ".minor is out of range");
  }
  return Money{value.at("minor").get<std::int64_t>(), currency.get<std::string>()};
}

void read_address(const json& owner, const char* key, const std::string& where,
                  const std::string& prefix, FieldValues& fields) {
  const json empty = json::object();
  const json& address = owner.is_object() && owner.contains(key) ? owner.at(key) : empty;
  if (!address.is_object() && !address.is_null()) {
    refuse(join(where, key) + " is not an object");
  }
  for (const char* part :
       {"name", "company", "line1", "line2", "city", "state", "postal_code", "country", "phone"}) {
    fields[prefix + "." + part] = text_member(address, part, join(where, key));
  }
}

FieldValues read_line(const json& line, const std::string& where) {
  if (!line.is_object()) {
    refuse(where + " is not an object");
  }
  FieldValues item;
  item["item.line_id"] = required_text(line, "line_id", where);
  item["item.sku"] = text_member(line, "sku", where);
  item["item.title"] = text_member(line, "title", where);
  const json& quantity = member(line, "quantity", where);
  if (!quantity.is_number_unsigned() || quantity.get<std::uint64_t>() > 1'000'000'000u) {
    refuse(where + ".quantity is not a whole number from 0 to 1000000000");
  }
  const auto count = quantity.get<std::int64_t>();
  item["item.quantity"] = std::to_string(count);
  const Money unit_price = money_member(line, "unit_price", where);
  item["item.unit_price"] = invoices::format_money_with_code(unit_price.minor, unit_price.currency);
  std::int64_t total = 0;
  if (__builtin_mul_overflow(unit_price.minor, count, &total)) {
    refuse(where + ": quantity times unit_price overflows");
  }
  item["item.total"] = invoices::format_money_with_code(total, unit_price.currency);
  for (const char* key : {"tax", "shipping", "discount"}) {
    std::string text;
    if (line.contains(key)) {
      const Money amount = money_member(line, key, where);
      text = invoices::format_money_with_code(amount.minor, amount.currency);
    }
    item[std::string("item.") + key] = text;
  }
  return item;
}

}  // namespace

InvoiceValues read_render_request(std::string_view request) {
  // Invalid UTF-8 is replaced before parsing: the JSON parser would refuse the whole request.
  json document = json::parse(invoices::repair_utf8(request), nullptr, false);
  if (document.is_discarded() || !document.is_object()) {
    refuse("not a JSON object");
  }
  if (document.value("schema", json()) != "orderhub.render_request/1") {
    refuse("schema is not \"orderhub.render_request/1\"");
  }
  InvoiceValues values;
  FieldValues& fields = values.fields;
  const json& order = object_member(document, "order", "");
  fields["order.id"] = text_member(order, "id", "order");
  fields["order.channel_order_id"] = required_text(order, "channel_order_id", "order");
  // The date part of the UTC timestamp: an invoice names the day of the order.
  fields["order.created_at"] = required_text(order, "created_at", "order").substr(0, 10);
  fields["order.currency"] = text_member(order, "currency", "order");
  for (const char* key : {"status", "payment_status", "marketplace", "shipping_method", "notes"}) {
    fields[std::string("order.") + key] = text_member(order, key, "order");
  }
  const json empty = json::object();
  const json& buyer = order.contains("buyer") ? order.at("buyer") : empty;
  for (const char* key : {"name", "email", "phone"}) {
    fields[std::string("buyer.") + key] = text_member(buyer, key, "order.buyer");
  }
  read_address(order, "ship_to", "order", "ship_to", fields);
  read_address(order, "bill_to", "order", "bill_to", fields);

  const json& totals = object_member(order, "totals", "order");
  for (const char* key : {"items", "shipping", "tax", "discount"}) {
    const Money amount = money_member(totals, key, "order.totals");
    fields[std::string("totals.") + key] =
        invoices::format_money_with_code(amount.minor, amount.currency);
  }
  const Money grand_total = money_member(totals, "total", "order.totals");
  fields["totals.grand_total"] =
      invoices::format_money_with_code(grand_total.minor, grand_total.currency);

  const json& lines = member(order, "lines", "order");
  if (!lines.is_array() || lines.empty()) {
    refuse("order.lines is not a non-empty array");
  }
  for (std::size_t index = 0; index < lines.size(); ++index) {
    values.items.push_back(read_line(lines[index], "order.lines[" + std::to_string(index) + "]"));
  }

  const json& invoice = object_member(document, "invoice", "");
  fields["invoice.number"] = required_text(invoice, "number", "invoice");
  fields["invoice.date"] = required_text(invoice, "date", "invoice");

  const json& seller = object_member(document, "seller", "");
  for (const char* key : {"name", "vat_id", "email", "phone"}) {
    fields[std::string("seller.") + key] = text_member(seller, key, "seller");
  }
  FieldValues seller_address;
  read_address(seller, "address", "seller", "seller", seller_address);
  for (auto& [name, text] : seller_address) {
    // The seller's own name and phone win over the address's.
    if (fields[name].empty()) {
      fields[name] = text;
    }
  }

  const json& channel = document.contains("channel") ? document.at("channel") : empty;
  fields["channel.name"] = text_member(channel, "name", "channel");

  if (document.contains("template") && !document.at("template").is_null()) {
    if (!document.at("template").is_string() ||
        document.at("template").get<std::string>().empty()) {
      refuse("template is not a path or null");
    }
    values.template_path = document.at("template").get<std::string>();
  }
  return values;
}

}  // namespace orderhub::word_to_pdf
