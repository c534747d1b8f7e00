// The rules that turn a CS-Cart order into an orderhub order: ids, times, status letters, money,
// lines, parties. Every rule that can fail throws FieldProblem, caught once in map_order().
#include "order_mapping.h"

#include <cstdint>
#include <vector>

#include "exact_json.h"
#include "order_parties.h"
#include "order_status.h"
#include "order_wire.h"
#include "unix_time.h"
#include "wire_fields.h"

namespace orderhub::cscart {
namespace {

using nlohmann::json;

json money(std::int64_t minor, const Currency& currency) {
  return json{{"minor", minor}, {"currency", currency.code}};
}

// A unix time in seconds: "1456917981" or 1456917981.
std::int64_t unix_seconds(const json& order, const char* name) {
  const std::string text = text_field(order, name, name);
  const auto seconds = parse_digits(text);
  if (!seconds || *seconds > latest_unix_seconds) {
    throw FieldProblem(name, "\"" + text + "\" is not a unix time in seconds");
  }
  return *seconds;
}

// CS-Cart fills updated_at since 4.12; older orders have none or "0": they were last changed
// when they were placed, as far as anyone knows.
std::int64_t updated_seconds(const json& order, std::int64_t placed_seconds) {
  const std::string text = text_field(order, "updated_at", "updated_at");
  if (text.empty() || text == "0") {
    return placed_seconds;
  }
  return unix_seconds(order, "updated_at");
}

// An amount that CS-Cart may leave out when it is zero (discount, tax, ...).
std::int64_t amount_or_zero(const json& order, const char* name, const Currency& currency) {
  const json* value = member(order, name);
  if (value == nullptr || (value->is_string() && value->get<std::string>().empty())) {
    return 0;
  }
  return amount_value(*value, currency, name);
}

std::int64_t checked_sum(std::int64_t left, std::int64_t right, const char* field) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(left, right, &sum)) {
    throw FieldProblem(field, "the amounts add up beyond what orderhub can count");
  }
  return sum;
}

std::int64_t items_subtotal(const json& order, const std::vector<CartItem>& items,
                            const Currency& currency) {
  if (member(order, "subtotal") != nullptr) {
    return amount_value(*member(order, "subtotal"), currency, "subtotal");
  }
  std::int64_t subtotal = 0;
  for (const CartItem& item : items) {
    std::int64_t line_total = 0;
    if (__builtin_mul_overflow(item.unit_price_minor, item.quantity, &line_total)) {
      throw FieldProblem("products." + item.item_id + ".price",
                         "price times amount is beyond what orderhub can count");
    }
    subtotal = checked_sum(subtotal, line_total, "subtotal");
  }
  return subtotal;
}

std::string_view shipping_status_of(OrderStatus status, const std::vector<CartItem>& items) {
  // C is how a store says "fulfilled", with or without shipment records.
  if (status == OrderStatus::complete) {
    return "fully_shipped";
  }
  bool any_shipped = false;
  bool all_shipped = true;
  for (const CartItem& item : items) {
    any_shipped = any_shipped || item.quantity_shipped > 0;
    all_shipped = all_shipped && item.quantity_shipped >= item.quantity;
  }
  if (!any_shipped) {
    return "unshipped";
  }
  return all_shipped ? "fully_shipped" : "partially_shipped";
}

json line_of(const CartItem& item, const Currency& currency) {
  json line = {{"line_id", item.item_id},
               {"quantity", item.quantity},
               {"quantity_shipped", item.quantity_shipped},
               {"quantity_cancelled", 0},
               {"unit_price", money(item.unit_price_minor, currency)}};
  if (!item.sku.empty()) {
    line["sku"] = item.sku;
  }
  if (!item.title.empty()) {
    line["title"] = item.title;
  }
  return line;
}

// Everything after the order id: the order id is read first so that a rejection can name it.
json mapped_order(const json& wire, const std::string& order_id, OrderStatus status,
                  const std::string& raw, const Currency& currency) {
  const std::int64_t placed = unix_seconds(wire, "timestamp");
  const std::int64_t updated = updated_seconds(wire, placed);
  const std::vector<CartItem> items = read_cart_items(wire, currency);

  const std::int64_t total = [&] {
    const json* value = member(wire, "total");
    if (value == nullptr) {
      throw FieldProblem("total", "the order total is missing");
    }
    return amount_value(*value, currency, "total");
  }();
  const std::int64_t discount =
      checked_sum(amount_or_zero(wire, "discount", currency),
                  amount_or_zero(wire, "subtotal_discount", currency), "discount");
  const std::string_view payment_status = payment_status_of(status);

  json lines = json::array();
  for (const CartItem& item : items) {
    lines.push_back(line_of(item, currency));
  }

  json channel_data = {{"status", std::string(letter_of(status))}};
  json order = {
      {"channel_order_id", order_id},
      {"created_at", rfc3339_from_unix_seconds(placed)},
      {"updated_at", rfc3339_from_unix_seconds(updated)},
      {"currency", currency.code},
      {"channel_status", std::string(letter_of(status))},
      {"payment_status", std::string(payment_status)},
      {"shipping_status", std::string(shipping_status_of(status, items))},
      {"cancelled", status == OrderStatus::cancelled},
      {"third_party_managed", false},
      {"buyer", read_buyer(wire)},
      {"ship_to", read_address(wire, "s_")},
      {"bill_to", read_address(wire, "b_")},
      {"totals",
       {{"items", money(items_subtotal(wire, items, currency), currency)},
        {"shipping", money(amount_or_zero(wire, "shipping_cost", currency), currency)},
        {"tax", money(amount_or_zero(wire, "tax_subtotal", currency), currency)},
        {"discount", money(discount, currency)},
        {"total", money(total, currency)}}},
      {"paid", money(payment_status == "charged" ? total : 0, currency)},
      {"lines", std::move(lines)},
      {"raw", raw},
  };
  if (const auto shipping = read_shipping_choice(wire)) {
    if (!shipping->name.empty()) {
      order["shipping_method"] = shipping->name;
    }
    if (!shipping->shipping_id.empty()) {
      channel_data["shipping_id"] = shipping->shipping_id;
    }
  }
  if (const json* payment_method = member(wire, "payment_method")) {
    const std::string payment = text_field(*payment_method, "payment", "payment_method.payment");
    if (!payment.empty()) {
      channel_data["payment_method"] = payment;
    }
  }
  order["channel_data"] = std::move(channel_data);
  return order;
}

OrderMapping rejected(std::optional<std::string> order_id, std::string field, std::string message,
                      std::string raw) {
  OrderMapping mapping;
  mapping.outcome = MappingOutcome::rejected;
  mapping.rejection =
      Rejection{std::move(order_id), std::move(field), std::move(message), std::move(raw)};
  return mapping;
}

}  // namespace

json Rejection::to_json() const {
  json entry = {{"channel_order_id", channel_order_id ? json(*channel_order_id) : json(nullptr)},
                {"field", field},
                {"message", message},
                {"raw", raw}};
  return entry;
}

OrderMapping map_order(std::string_view payload, const Currency& currency) {
  const auto wire = parse_json_keeping_decimals(payload);
  if (!wire) {
    return rejected(std::nullopt, "", "the order is not valid JSON", std::string(payload));
  }
  return map_order(*wire, std::string(payload), currency);
}

OrderMapping map_order(const json& wire, std::string raw, const Currency& currency) {
  if (!wire.is_object()) {
    return rejected(std::nullopt, "", "the order is not a JSON object", std::move(raw));
  }
  std::optional<std::string> order_id;
  try {
    const std::string id_text = text_field(wire, "order_id", "order_id");
    if (id_text.empty()) {
      throw FieldProblem("order_id", "the order has no order_id");
    }
    order_id = id_text;
    if (!parse_digits(id_text)) {
      throw FieldProblem("order_id", "order_id \"" + id_text + "\" is not a CS-Cart order id");
    }

    const std::string letter = text_field(wire, "status", "status");
    const auto status = order_status_from_letter(letter);
    if (!status) {
      throw FieldProblem("status", letter.empty() ? std::string("the order has no status")
                                                  : "unknown order status \"" + letter + "\"");
    }
    if (*status == OrderStatus::incomplete) {
      OrderMapping mapping;
      mapping.outcome = MappingOutcome::skipped;
      mapping.skip_reason = "order " + id_text + " is incomplete (status N): checkout not finished";
      return mapping;
    }

    OrderMapping mapping;
    mapping.outcome = MappingOutcome::mapped;
    mapping.order = mapped_order(wire, id_text, *status, raw, currency);
    return mapping;
  } catch (const FieldProblem& problem) {
    return rejected(order_id, problem.field(), problem.what(), std::move(raw));
  }
}

}  // namespace orderhub::cscart
