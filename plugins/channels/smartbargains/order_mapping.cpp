// The rules that turn a Smart Bargains purchase order into an orderhub order: ids, times,
// statuses, money, lines, parties. Every rule that can fail throws FieldProblem, caught once in
// map_order().
#include "order_mapping.h"

#include <array>
#include <cstdint>
#include <vector>

#include "exact_json.h"
#include "order_parties.h"
#include "unix_time.h"
#include "wire_fields.h"

namespace orderhub::smartbargains {
namespace {

using nlohmann::json;

struct StatusName {
  PurchaseOrderStatus status;
  std::string_view name;
};

constexpr std::array<StatusName, 4> status_names{{
    {PurchaseOrderStatus::new_order, "NEW"},
    {PurchaseOrderStatus::acknowledged, "ACKNOWLEDGED"},
    {PurchaseOrderStatus::shipped, "SHIPPED"},
    {PurchaseOrderStatus::cancelled, "CANCELLED"},
}};

json money(std::int64_t minor, const Currency& currency) {
  return json{{"minor", minor}, {"currency", currency.code}};
}

std::int64_t checked_sum(std::int64_t left, std::int64_t right, const std::string& field) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(left, right, &sum)) {
    throw FieldProblem(field, "the amounts add up beyond what orderhub can count");
  }
  return sum;
}

// An RFC 3339 UTC time, kept as sent once checked.
std::string time_field(const json& order, const char* name) {
  const std::string text = text_field(order, name, name);
  if (text.empty()) {
    throw FieldProblem(name, std::string(name) + " is missing");
  }
  if (!unix_milliseconds_from_rfc3339(text)) {
    throw FieldProblem(name, std::string(name) + " \"" + text +
                                 "\" is not a UTC time such as 2026-11-23T16:00:00Z");
  }
  return text;
}

Currency order_currency(const json& order, const Currency& default_currency) {
  const std::string code = text_field(order, "currency", "currency");
  if (code.empty()) {
    return default_currency;
  }
  if (!is_currency_code(code)) {
    throw FieldProblem("currency", "currency \"" + code + "\" is not an ISO 4217 code");
  }
  return currency_for(code);
}

struct Line {
  std::string line_id;
  std::string sku;
  std::string title;
  std::int64_t quantity = 0;
  std::int64_t quantity_shipped = 0;
  std::int64_t unit_cost = 0;
  std::optional<std::int64_t> retail_price;
  std::int64_t tax = 0;
};

Line read_line(const json& wire, std::size_t index, const Currency& currency) {
  const std::string path = "lines." + std::to_string(index);
  if (!wire.is_object()) {
    throw FieldProblem(path, path + " must be an object");
  }
  Line line;
  const json* number = member(wire, "line_number");
  if (number == nullptr) {
    throw FieldProblem(path + ".line_number", path + ".line_number is missing");
  }
  line.line_id = std::to_string(whole_number(*number, 1, path + ".line_number"));
  line.sku = text_field(wire, "sku", path + ".sku");
  if (line.sku.empty()) {
    throw FieldProblem(path + ".sku", path + ".sku is missing");
  }
  line.title = text_field(wire, "title", path + ".title");
  const json* quantity = member(wire, "qty");
  if (quantity == nullptr) {
    throw FieldProblem(path + ".qty", path + ".qty is missing");
  }
  line.quantity = whole_number(*quantity, 1, path + ".qty");
  if (const json* shipped = member(wire, "qty_shipped")) {
    line.quantity_shipped = whole_number(*shipped, 0, path + ".qty_shipped");
    if (line.quantity_shipped > line.quantity) {
      throw FieldProblem(path + ".qty_shipped", path + ".qty_shipped " +
                                                    std::to_string(line.quantity_shipped) +
                                                    " is more than qty " +
                                                    std::to_string(line.quantity));
    }
  }
  const json* unit_cost = member(wire, "unit_cost");
  if (unit_cost == nullptr) {
    throw FieldProblem(path + ".unit_cost", path + ".unit_cost is missing");
  }
  line.unit_cost = amount_value(*unit_cost, currency, path + ".unit_cost");
  if (const json* retail = member(wire, "retail_price")) {
    line.retail_price = amount_value(*retail, currency, path + ".retail_price");
  }
  line.tax = amount_or_zero(wire, "tax", currency, path + ".tax");
  return line;
}

std::vector<Line> read_lines(const json& order, const Currency& currency) {
  const json* lines = member(order, "lines");
  if (lines == nullptr || !lines->is_array() || lines->empty()) {
    throw FieldProblem("lines", "the order has no lines");
  }
  std::vector<Line> result;
  for (std::size_t index = 0; index < lines->size(); ++index) {
    Line line = read_line((*lines)[index], index, currency);
    for (const Line& earlier : result) {
      if (earlier.line_id == line.line_id) {
        throw FieldProblem("lines." + std::to_string(index) + ".line_number",
                           "line_number " + line.line_id + " appears twice");
      }
    }
    result.push_back(std::move(line));
  }
  return result;
}

std::string_view shipping_status_of(PurchaseOrderStatus status, const std::vector<Line>& lines) {
  if (status == PurchaseOrderStatus::shipped) {
    return "fully_shipped";
  }
  bool any_shipped = false;
  bool all_shipped = true;
  for (const Line& line : lines) {
    any_shipped = any_shipped || line.quantity_shipped > 0;
    all_shipped = all_shipped && line.quantity_shipped >= line.quantity;
  }
  if (!any_shipped) {
    return "unshipped";
  }
  return all_shipped ? "fully_shipped" : "partially_shipped";
}

json mapped_order(const json& wire, const std::string& po_number, PurchaseOrderStatus status,
                  std::string_view status_name, const std::string& raw,
                  const Currency& default_currency) {
  const std::string created_at = time_field(wire, "created_at");
  const std::string updated_at = time_field(wire, "updated_at");
  const Currency currency = order_currency(wire, default_currency);
  const std::vector<Line> lines = read_lines(wire, currency);

  std::int64_t items = 0;
  std::int64_t line_tax = 0;
  json hub_lines = json::array();
  json retail_prices = json::object();
  for (const Line& line : lines) {
    std::int64_t line_total = 0;
    if (__builtin_mul_overflow(line.unit_cost, line.quantity, &line_total)) {
      throw FieldProblem("lines", "unit_cost times qty is beyond what orderhub can count");
    }
    items = checked_sum(items, line_total, "lines");
    line_tax = checked_sum(line_tax, line.tax, "lines");
    json hub_line = {{"line_id", line.line_id},
                     {"sku", line.sku},
                     {"quantity", line.quantity},
                     {"quantity_shipped", line.quantity_shipped},
                     {"quantity_cancelled", 0},
                     {"unit_price", money(line.unit_cost, currency)},
                     {"tax", money(line.tax, currency)}};
    if (!line.title.empty()) {
      hub_line["title"] = line.title;
    }
    hub_lines.push_back(std::move(hub_line));
    if (line.retail_price) {
      retail_prices[line.line_id] = money(*line.retail_price, currency);
    }
  }

  const json* order_total = member(wire, "order_total");
  if (order_total == nullptr) {
    throw FieldProblem("order_total", "order_total is missing");
  }
  const std::int64_t total = amount_value(*order_total, currency, "order_total");
  const std::int64_t tax = member(wire, "tax_total") != nullptr
                               ? amount_value(*member(wire, "tax_total"), currency, "tax_total")
                               : line_tax;
  const bool cancelled = status == PurchaseOrderStatus::cancelled;

  json order = {
      {"channel_order_id", po_number},
      {"created_at", created_at},
      {"updated_at", updated_at},
      {"currency", currency.code},
      {"channel_status", std::string(status_name)},
      // Smart Bargains has collected the buyer's money before it sends a purchase order; a
      // cancelled one has been given back by Smart Bargains.
      {"payment_status", cancelled ? "no_payment" : "charged"},
      {"shipping_status", std::string(shipping_status_of(status, lines))},
      {"cancelled", cancelled},
      {"third_party_managed", false},
      {"buyer", read_buyer(wire)},
      {"ship_to", read_address(wire, "ship_to")},
      {"totals",
       {{"items", money(items, currency)},
        {"shipping", money(amount_or_zero(wire, "shipping_total", currency, "shipping_total"),
                           currency)},
        {"tax", money(tax, currency)},
        {"discount", money(amount_or_zero(wire, "discount_total", currency, "discount_total"),
                           currency)},
        {"total", money(total, currency)}}},
      {"paid", money(cancelled ? 0 : total, currency)},
      {"lines", std::move(hub_lines)},
      {"raw", raw},
  };
  if (member(wire, "bill_to") != nullptr) {
    order["bill_to"] = read_address(wire, "bill_to");
  }
  const std::string method = text_field(wire, "ship_method_code", "ship_method_code");
  if (!method.empty()) {
    order["shipping_method"] = method;
  }
  json channel_data = {{"status", std::string(status_name)}};
  if (!retail_prices.empty()) {
    channel_data["retail_prices"] = std::move(retail_prices);
  }
  order["channel_data"] = std::move(channel_data);
  return order;
}

OrderMapping rejected(std::optional<std::string> po_number, std::string field,
                      std::string message, std::string raw) {
  OrderMapping mapping;
  mapping.rejection =
      Rejection{std::move(po_number), std::move(field), std::move(message), std::move(raw)};
  return mapping;
}

}  // namespace

std::optional<PurchaseOrderStatus> purchase_order_status(std::string_view text) {
  for (const StatusName& row : status_names) {
    if (row.name == text) {
      return row.status;
    }
  }
  return std::nullopt;
}

json Rejection::to_json() const {
  return json{{"channel_order_id", channel_order_id ? json(*channel_order_id) : json(nullptr)},
              {"field", field},
              {"message", message},
              {"raw", raw}};
}

OrderMapping map_order(std::string_view payload, const Currency& default_currency) {
  const auto wire = parse_json_keeping_decimals(payload);
  if (!wire) {
    return rejected(std::nullopt, "", "the order is not valid JSON", std::string(payload));
  }
  return map_order(*wire, std::string(payload), default_currency);
}

OrderMapping map_order(const json& wire, std::string raw, const Currency& default_currency) {
  if (!wire.is_object()) {
    return rejected(std::nullopt, "", "the order is not a JSON object", std::move(raw));
  }
  std::optional<std::string> po_number;
  try {
    const std::string id = text_field(wire, "po_number", "po_number");
    if (id.empty()) {
      throw FieldProblem("po_number", "the order has no po_number");
    }
    po_number = id;
    const std::string status_name = text_field(wire, "status", "status");
    const auto status = purchase_order_status(status_name);
    if (!status) {
      throw FieldProblem("status", status_name.empty()
                                       ? std::string("the order has no status")
                                       : "unknown order status \"" + status_name +
                                             "\" (expected NEW, ACKNOWLEDGED, SHIPPED or "
                                             "CANCELLED)");
    }
    OrderMapping mapping;
    mapping.mapped = true;
    mapping.order = mapped_order(wire, id, *status, status_name, raw, default_currency);
    return mapping;
  } catch (const FieldProblem& problem) {
    return rejected(po_number, problem.field(), problem.what(), std::move(raw));
  } catch (const nlohmann::json::exception& problem) {
    return rejected(po_number, "", std::string("the order cannot be read: ") + problem.what(),
                    std::move(raw));
  }
}

}  // namespace orderhub::smartbargains
