// One Supplier Oasis order -> one orderhub order, field by field; the first field that cannot be
// read rejects the whole order, naming the field and the text found there.
#include "order_mapping.h"

#include <algorithm>
#include <array>
#include <limits>

#include "iso_time.h"
#include "xml_nodes.h"

namespace orderhub::overstock {
namespace {

using nlohmann::json;

// Thrown inside this file only: the field path and the problem, turned into a Rejection.
struct FieldProblem {
  std::string field;
  std::string message;
};

json money(std::int64_t minor, const Currency& currency) {
  return {{"minor", minor}, {"currency", currency.code}};
}

std::string quoted(const std::string& text) {
  return "\"" + text + "\"";
}

std::int64_t required_time(const pugi::xml_node& order, const char* field) {
  const auto text = text_at(order, field);
  if (!text || text->empty()) {
    throw FieldProblem{field, std::string(field) + " is missing"};
  }
  const auto milliseconds = unix_milliseconds_from_iso(*text);
  if (!milliseconds) {
    throw FieldProblem{field, std::string(field) + " " + quoted(*text) +
                                  " is not an ISO 8601 time such as 2013-06-19T16:54:34.000-06:00"};
  }
  return *milliseconds;
}

std::int64_t amount_at(const pugi::xml_node& line, const std::string& prefix, const char* name,
                       const Currency& currency) {
  const std::string field = prefix + name;
  const auto text = text_at(line, name);
  if (!text || text->empty()) {
    throw FieldProblem{field, std::string(name) + " is missing"};
  }
  std::string problem;
  const auto minor = parse_minor_units(*text, currency, problem);
  if (!minor) {
    throw FieldProblem{field, std::string(name) + " " + problem};
  }
  if (*minor < 0) {
    throw FieldProblem{field, std::string(name) + " " + quoted(*text) + " is negative"};
  }
  return *minor;
}

std::int64_t quantity_at(const pugi::xml_node& node, const std::string& field, const char* name) {
  const std::string text = text_or_empty(node, name);
  const auto quantity = parse_whole_number(text);
  if (!quantity) {
    const bool negative = text.find('-') != std::string::npos;
    throw FieldProblem{field, std::string(name) + " " + quoted(text) +
                                  (negative ? " is negative" : " is not a whole number")};
  }
  return *quantity;
}

json address(const pugi::xml_node& node) {
  json result = json::object();
  const std::array<std::pair<const char*, const char*>, 8> fields{{{"name", "contactName"},
                                                                   {"line1", "address1"},
                                                                   {"line2", "address2"},
                                                                   {"city", "city"},
                                                                   {"state", "stateOrProvince"},
                                                                   {"postal_code", "postalCode"},
                                                                   {"country", "countryCode"},
                                                                   {"phone", "phone"}}};
  for (const auto& [key, wire] : fields) {
    const std::string text = text_or_empty(node, wire);
    if (!text.empty()) {
      result[key] = text;
    }
  }
  return result;
}

// A code given either as <name><code>X</code></name> or as plain <name>X</name>.
std::string code_of(const pugi::xml_node& node, const char* name) {
  const pugi::xml_node element = child_named(node, name);
  if (!element) {
    return {};
  }
  if (const pugi::xml_node code = child_named(element, "code")) {
    return code.child_value();
  }
  return element.child_value();
}

struct LineFigures {
  json line;
  std::int64_t quantity = 0;
  std::int64_t shipped = 0;
  std::int64_t cancelled = 0;
  std::int64_t line_total = 0;
};

LineFigures map_line(const pugi::xml_node& node, std::size_t index, const Currency& currency,
                     json& line_data) {
  const std::string prefix = "processedSalesOrderLine." + std::to_string(index) + ".";
  const std::string line_id = text_or_empty(node, "salesChannelLineId");
  if (line_id.empty()) {
    throw FieldProblem{prefix + "salesChannelLineId", "salesChannelLineId is missing"};
  }
  LineFigures figures;
  figures.quantity = quantity_at(node, prefix + "quantity", "quantity");
  if (figures.quantity == 0) {
    throw FieldProblem{prefix + "quantity", "quantity is 0"};
  }
  const std::string status = text_or_empty(node, "lineStatus");
  if (!status.empty() && !is_known_line_status(status)) {
    throw FieldProblem{prefix + "lineStatus", "lineStatus " + quoted(status) + " is not known"};
  }
  const std::int64_t unit_cost = amount_at(node, prefix, "unitCost", currency);

  const auto details = children_named(node, "shipConfirmationDetail");
  for (const pugi::xml_node& detail : details) {
    figures.shipped += quantity_at(detail, prefix + "shipConfirmationDetail.quantityShipped",
                                   "quantityShipped");
  }
  if (details.empty() && status == "SHIPPED") {
    figures.shipped = figures.quantity;
  }
  if (child_named(node, "quantityCancelled")) {
    figures.cancelled = quantity_at(node, prefix + "quantityCancelled", "quantityCancelled");
  } else if (status == "CANCELLED") {
    figures.cancelled = figures.quantity - figures.shipped;
  }
  if (figures.shipped + figures.cancelled > figures.quantity) {
    throw FieldProblem{prefix + "quantity", "more shipped and cancelled (" +
                                                std::to_string(figures.shipped + figures.cancelled) +
                                                ") than ordered (" +
                                                std::to_string(figures.quantity) + ")"};
  }
  if (unit_cost > std::numeric_limits<std::int64_t>::max() / figures.quantity) {
    throw FieldProblem{prefix + "unitCost", "unitCost times quantity is too large"};
  }
  figures.line_total = unit_cost * figures.quantity;

  std::string sku = text_or_empty(node, "partnerSKU");
  if (sku.empty()) {
    sku = text_or_empty(node, "salesChannelSKU");
  }
  figures.line = {{"line_id", line_id},
                  {"quantity", figures.quantity},
                  {"quantity_shipped", figures.shipped},
                  {"quantity_cancelled", figures.cancelled},
                  {"unit_price", money(unit_cost, currency)},
                  {"tax", money(0, currency)},
                  {"shipping", money(0, currency)},
                  {"discount", money(0, currency)}};
  if (!sku.empty()) {
    figures.line["sku"] = sku;
  }
  if (const std::string title = text_or_empty(node, "itemName"); !title.empty()) {
    figures.line["title"] = title;
  }
  json data = {{"line_status", status},
               {"sales_channel_sku", text_or_empty(node, "salesChannelSKU")}};
  if (const auto price = text_at(node, "itemPrice"); price && !price->empty()) {
    data["item_price"] = money(amount_at(node, prefix, "itemPrice", currency), currency);
  }
  line_data[line_id] = std::move(data);
  return figures;
}

json map_fields(const pugi::xml_node& order, const std::string& order_id,
                const Currency& currency) {
  const std::int64_t ordered_at = required_time(order, "orderDate");
  std::int64_t updated_at = ordered_at;
  if (const auto created = text_at(order, "sofsCreatedDate"); created && !created->empty()) {
    updated_at = std::max(ordered_at, required_time(order, "sofsCreatedDate"));
  }
  const std::string status = text_or_empty(order, "status");
  if (status.empty()) {
    throw FieldProblem{"status", "status is missing"};
  }
  if (!is_known_order_status(status)) {
    throw FieldProblem{"status", "status " + quoted(status) + " is not known"};
  }

  const auto line_nodes = children_named(order, "processedSalesOrderLine");
  if (line_nodes.empty()) {
    throw FieldProblem{"processedSalesOrderLine", "the order has no processedSalesOrderLine"};
  }
  json lines = json::array();
  json line_data = json::object();
  std::int64_t items_total = 0;
  std::int64_t open_quantity = 0;
  std::int64_t shipped_quantity = 0;
  for (std::size_t index = 0; index < line_nodes.size(); ++index) {
    LineFigures figures = map_line(line_nodes[index], index, currency, line_data);
    if (items_total > std::numeric_limits<std::int64_t>::max() - figures.line_total) {
      throw FieldProblem{"processedSalesOrderLine", "the order's total is too large"};
    }
    items_total += figures.line_total;
    open_quantity += figures.quantity - figures.cancelled - figures.shipped;
    shipped_quantity += figures.shipped;
    lines.push_back(std::move(figures.line));
  }
  const bool cancelled = status == "CANCELLED";
  const char* shipping_status = shipped_quantity == 0 ? "unshipped"
                                : open_quantity == 0  ? "fully_shipped"
                                                      : "partially_shipped";

  const pugi::xml_node parcel = child_named(
      child_named(order, "shippingSpecifications"), "smallParcelShipment");
  const std::string carrier = code_of(parcel, "carrier");
  const std::string service_level = code_of(parcel, "shippingServiceLevel");
  const std::string method = carrier.empty() || service_level.empty()
                                 ? carrier + service_level
                                 : carrier + " " + service_level;

  const pugi::xml_node ship_to_node = child_named(order, "shipToAddress");
  json ship_to = address(ship_to_node);
  json buyer = json::object();
  if (ship_to.contains("name")) {
    buyer["name"] = ship_to["name"];
  }
  if (ship_to.contains("phone")) {
    buyer["phone"] = ship_to["phone"];
  }

  json result = {{"channel_order_id", order_id},
                 {"created_at", iso_from_unix_milliseconds(ordered_at)},
                 {"updated_at", iso_from_unix_milliseconds(updated_at)},
                 {"currency", currency.code},
                 {"channel_status", status},
                 {"payment_status", "charged"},
                 {"shipping_status", shipping_status},
                 {"cancelled", cancelled},
                 {"buyer", std::move(buyer)},
                 {"ship_to", std::move(ship_to)},
                 {"totals",
                  {{"items", money(items_total, currency)},
                   {"shipping", money(0, currency)},
                   {"tax", money(0, currency)},
                   {"discount", money(0, currency)},
                   {"total", money(items_total, currency)}}},
                 {"paid", money(items_total, currency)},
                 {"lines", std::move(lines)},
                 {"channel_data",
                  {{"sales_channel_name", text_or_empty(order, "salesChannelName")},
                   {"warehouse", code_of(order, "warehouseName")},
                   {"order_id", text_or_empty(order, "orderId")},
                   {"carrier", carrier},
                   {"service_level", service_level},
                   {"lines", std::move(line_data)}}},
                 {"raw", node_text(order)}};
  if (!method.empty()) {
    result["shipping_method"] = method;
  }
  return result;
}

}  // namespace

json Rejection::to_json() const {
  return {{"channel_order_id", channel_order_id ? json(*channel_order_id) : json(nullptr)},
          {"field", field},
          {"message", message},
          {"raw", raw}};
}

bool is_known_order_status(const std::string& status) {
  static const std::array<const char*, 8> known{"NEW",     "OPEN",     "ACKNOWLEDGED",
                                                "PROCESSING", "PARTIALLY_SHIPPED", "SHIPPED",
                                                "COMPLETE", "CANCELLED"};
  for (const char* value : known) {
    if (status == value) {
      return true;
    }
  }
  return false;
}

bool is_known_line_status(const std::string& status) {
  static const std::array<const char*, 7> known{"NEW",     "OPEN",     "ACKNOWLEDGED", "PROCESSING",
                                                "SHIPPED", "PARTIALLY_SHIPPED", "CANCELLED"};
  for (const char* value : known) {
    if (status == value) {
      return true;
    }
  }
  return false;
}

OrderMapping map_order(const pugi::xml_node& sales_order, const Currency& currency) {
  OrderMapping mapping;
  const std::string order_id = text_or_empty(sales_order, "salesChannelOrderNumber");
  if (order_id.empty()) {
    mapping.rejection = {std::nullopt, "salesChannelOrderNumber",
                         "the order has no salesChannelOrderNumber", node_text(sales_order)};
    return mapping;
  }
  try {
    mapping.order = map_fields(sales_order, order_id, currency);
  } catch (const FieldProblem& problem) {
    mapping.rejection = {order_id, problem.field, problem.message, node_text(sales_order)};
  }
  return mapping;
}

}  // namespace orderhub::overstock
