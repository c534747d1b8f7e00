// Field-by-field mapping of a ChannelAdvisor order; the first problem found rejects the order.
#include "order_mapping.h"

#include <map>

#include "exact_json.h"
#include "utc_time.h"

namespace orderhub::channeladvisor {
namespace {

using nlohmann::json;

// Thrown inside the mapping only; map_order turns it into a Rejection.
struct FieldProblem {
  std::string field;
  std::string message;
};

std::optional<std::string> text_of(const json& value) {
  if (value.is_string()) {
    return value.get<std::string>();
  }
  if (value.is_number_integer() || value.is_number_unsigned()) {
    return value.dump();
  }
  return std::nullopt;
}

std::string optional_text(const json& object, const char* key, const std::string& path = "") {
  const json* value = member(object, key);
  if (value == nullptr) {
    return std::string();
  }
  const auto text = text_of(*value);
  if (!text) {
    throw FieldProblem{path + key, std::string(key) + " must be text, got " + value->dump()};
  }
  return *text;
}

std::string positive_id(const json& object, const char* key, const std::string& path) {
  const json* value = member(object, key);
  const auto text = value != nullptr ? text_of(*value) : std::nullopt;
  if (!text || text->empty()) {
    throw FieldProblem{path + key, std::string(key) + " is missing"};
  }
  for (const char letter : *text) {
    if (letter < '0' || letter > '9') {
      throw FieldProblem{path + key, std::string(key) + " \"" + *text + "\" is not a ChannelAdvisor id"};
    }
  }
  return *text;
}

std::int64_t amount(const json& object, const char* key, const std::string& path,
                    const Currency& currency, bool required) {
  const json* value = member(object, key);
  if (value == nullptr) {
    if (required) {
      throw FieldProblem{path + key, std::string(key) + " is missing"};
    }
    return 0;
  }
  const auto text = text_of(*value);
  if (!text) {
    throw FieldProblem{path + key, std::string(key) + " must be a decimal number, got " + value->dump()};
  }
  std::string problem;
  const auto minor = parse_minor_units(*text, currency, problem);
  if (!minor) {
    throw FieldProblem{path + key, std::string(key) + " " + problem};
  }
  return *minor;
}

json money(std::int64_t minor, const Currency& currency) {
  return json{{"minor", minor}, {"currency", currency.code}};
}

std::string utc_field(const json& object, const char* key, bool required) {
  const json* value = member(object, key);
  if (value == nullptr) {
    if (required) {
      throw FieldProblem{key, std::string(key) + " is missing"};
    }
    return std::string();
  }
  const auto milliseconds =
      value->is_string() ? unix_milliseconds_from_utc(value->get<std::string>()) : std::nullopt;
  if (!milliseconds) {
    throw FieldProblem{key, std::string(key) + " " + value->dump() +
                                " is not a UTC time such as 2026-11-23T16:00:00Z"};
  }
  return utc_text(*milliseconds);
}

struct Statuses {
  std::string payment;
  std::string shipping = "unshipped";
  bool paid = false;
  bool cancelled = false;
  bool third_party_managed = false;
  bool unshipped = true;
};

Statuses statuses_of(const json& wire) {
  Statuses statuses;
  static const std::map<std::string, std::string> payment{{"NotYetSubmitted", "no_payment"},
                                                          {"Submitted", "authorized"},
                                                          {"Cleared", "charged"},
                                                          {"Deposited", "charged"},
                                                          {"Failed", "payment_error"}};
  const std::string payment_status = optional_text(wire, "PaymentStatus");
  const auto found = payment.find(payment_status);
  if (found == payment.end()) {
    throw FieldProblem{"PaymentStatus", payment_status.empty()
                                            ? "PaymentStatus is missing"
                                            : "PaymentStatus \"" + payment_status +
                                                  "\" is not a ChannelAdvisor payment status"};
  }
  statuses.payment = found->second;
  statuses.paid = found->second == "charged";

  const std::string shipping_status = optional_text(wire, "ShippingStatus");
  if (shipping_status == "Unshipped" || shipping_status == "PendingShipment") {
    statuses.shipping = "unshipped";
  } else if (shipping_status == "PartiallyShipped") {
    statuses.shipping = "partially_shipped";
    statuses.unshipped = false;
  } else if (shipping_status == "Shipped") {
    statuses.shipping = "fully_shipped";
    statuses.unshipped = false;
  } else if (shipping_status == "Canceled") {
    statuses.cancelled = true;
  } else if (shipping_status == "ThirdPartyManaged") {
    statuses.third_party_managed = true;
  } else {
    throw FieldProblem{"ShippingStatus", shipping_status.empty()
                                             ? "ShippingStatus is missing"
                                             : "ShippingStatus \"" + shipping_status +
                                                   "\" is not a ChannelAdvisor shipping status"};
  }
  return statuses;
}

std::string joined_name(const json& wire, const char* first_key, const char* last_key) {
  std::string first = optional_text(wire, first_key);
  const std::string last = optional_text(wire, last_key);
  if (!first.empty() && !last.empty()) {
    first += ' ';
  }
  return first + last;
}

// The Shipping* or Billing* fields as an orderhub address; empty parts are left out.
json address(const json& wire, const std::string& prefix) {
  json result = json::object();
  const auto put = [&](const char* key, const std::string& value) {
    if (!value.empty()) {
      result[key] = value;
    }
  };
  put("name", joined_name(wire, (prefix + "FirstName").c_str(), (prefix + "LastName").c_str()));
  put("company", optional_text(wire, (prefix + "CompanyName").c_str()));
  put("line1", optional_text(wire, (prefix + "AddressLine1").c_str()));
  put("line2", optional_text(wire, (prefix + "AddressLine2").c_str()));
  put("city", optional_text(wire, (prefix + "City").c_str()));
  put("state", optional_text(wire, (prefix + "StateOrProvince").c_str()));
  put("postal_code", optional_text(wire, (prefix + "PostalCode").c_str()));
  put("phone", optional_text(wire, (prefix + "DaytimePhone").c_str()));
  const std::string country = optional_text(wire, (prefix + "Country").c_str());
  if (!country.empty()) {
    const bool alpha2 = country.size() == 2 && country[0] >= 'A' && country[0] <= 'Z' &&
                        country[1] >= 'A' && country[1] <= 'Z';
    if (!alpha2) {
      throw FieldProblem{prefix + "Country", prefix + "Country \"" + country +
                                                 "\" is not an ISO 3166-1 alpha-2 code"};
    }
    result["country"] = country;
  }
  return result;
}

// Units shipped per order item id, from the Complete fulfillments.
std::map<std::string, std::int64_t> shipped_quantities(const json& wire) {
  std::map<std::string, std::int64_t> shipped;
  const json* fulfillments = member(wire, "Fulfillments");
  if (fulfillments == nullptr || !fulfillments->is_array()) {
    return shipped;
  }
  for (const json& fulfillment : *fulfillments) {
    if (optional_text(fulfillment, "DeliveryStatus") != "Complete") {
      continue;
    }
    const json* items = member(fulfillment, "Items");
    for (const json& item : items != nullptr && items->is_array() ? *items : json::array()) {
      const json* item_id = member(item, "OrderItemID");
      const json* quantity = member(item, "Quantity");
      if (item_id != nullptr && quantity != nullptr && quantity->is_number_integer()) {
        shipped[text_of(*item_id).value_or("")] += quantity->get<std::int64_t>();
      }
    }
  }
  return shipped;
}

json map_fields(const json& wire, const std::string& order_id, const Currency& fallback) {
  Currency currency = fallback;
  const std::string currency_code = optional_text(wire, "Currency");
  if (!currency_code.empty()) {
    if (!is_currency_code(currency_code)) {
      throw FieldProblem{"Currency", "Currency \"" + currency_code + "\" is not an ISO 4217 code"};
    }
    currency = currency_for(currency_code);
  }
  const std::string created_at = utc_field(wire, "CreatedDateUtc", /*required=*/true);
  std::string updated_at = utc_field(wire, "UpdatedDateUtc", /*required=*/false);
  if (updated_at.empty()) {
    updated_at = created_at;
  }
  const Statuses statuses = statuses_of(wire);
  const std::string site_name = optional_text(wire, "SiteName");

  const json* items = member(wire, "Items");
  if (items == nullptr || !items->is_array() || items->empty()) {
    throw FieldProblem{"Items", "the order has no Items (was $expand=Items lost?)"};
  }
  const auto shipped = shipped_quantities(wire);
  json lines = json::array();
  json site_item_ids = json::object();
  std::int64_t items_total = 0;
  for (std::size_t index = 0; index < items->size(); ++index) {
    const json& item = (*items)[index];
    const std::string path = "Items[" + std::to_string(index) + "].";
    if (!item.is_object()) {
      throw FieldProblem{"Items[" + std::to_string(index) + "]", "an item must be an object"};
    }
    const std::string line_id = positive_id(item, "ID", path);
    const json* quantity_value = member(item, "Quantity");
    if (quantity_value == nullptr || !quantity_value->is_number_integer()) {
      throw FieldProblem{path + "Quantity", "Quantity must be a whole number"};
    }
    const std::int64_t quantity = quantity_value->get<std::int64_t>();
    if (quantity < 0) {
      throw FieldProblem{path + "Quantity", "Quantity " + std::to_string(quantity) + " is negative"};
    }
    const std::int64_t unit_price = amount(item, "UnitPrice", path, currency, /*required=*/true);
    if (unit_price < 0) {
      throw FieldProblem{path + "UnitPrice", "UnitPrice is negative"};
    }
    const std::int64_t tax = amount(item, "TaxPrice", path, currency, false) +
                             amount(item, "ShippingTaxPrice", path, currency, false);
    const std::int64_t shipping = amount(item, "ShippingPrice", path, currency, false);
    std::int64_t quantity_shipped = 0;
    if (const auto found = shipped.find(line_id); found != shipped.end()) {
      quantity_shipped = std::min(found->second, quantity);
    }
    if (statuses.shipping == "fully_shipped") {
      quantity_shipped = quantity;
    }
    json line = {{"line_id", line_id},
                 {"quantity", quantity},
                 {"quantity_shipped", quantity_shipped},
                 {"quantity_cancelled", statuses.cancelled ? quantity : 0},
                 {"unit_price", money(unit_price, currency)},
                 {"tax", money(tax, currency)},
                 {"shipping", money(shipping, currency)},
                 {"discount", money(0, currency)}};
    if (const std::string sku = optional_text(item, "Sku", path); !sku.empty()) {
      line["sku"] = sku;
    }
    if (const std::string title = optional_text(item, "Title", path); !title.empty()) {
      line["title"] = title;
    }
    if (const std::string site_item = optional_text(item, "SiteOrderItemID", path);
        !site_item.empty()) {
      site_item_ids[line_id] = site_item;
    }
    items_total += unit_price * quantity;
    lines.push_back(std::move(line));
  }

  const std::int64_t total = amount(wire, "TotalPrice", "", currency, /*required=*/true);
  const std::int64_t tax = amount(wire, "TotalTaxPrice", "", currency, false) +
                           amount(wire, "TotalShippingTaxPrice", "", currency, false) +
                           amount(wire, "TotalGiftOptionTaxPrice", "", currency, false);
  const std::int64_t additional = amount(wire, "AdditionalCostOrDiscount", "", currency, false);
  const std::int64_t shipping = amount(wire, "TotalShippingPrice", "", currency, false) +
                                amount(wire, "TotalInsurancePrice", "", currency, false) +
                                amount(wire, "TotalGiftOptionPrice", "", currency, false) +
                                (additional > 0 ? additional : 0);
  const std::int64_t discount = additional < 0 ? -additional : 0;

  json buyer = json::object();
  std::string buyer_name = joined_name(wire, "BillingFirstName", "BillingLastName");
  if (buyer_name.empty()) {
    buyer_name = joined_name(wire, "ShippingFirstName", "ShippingLastName");
  }
  if (!buyer_name.empty()) {
    buyer["name"] = buyer_name;
  }
  if (const std::string email = optional_text(wire, "BuyerEmailAddress"); !email.empty()) {
    buyer["email"] = email;
  }
  if (const std::string phone = optional_text(wire, "BillingDaytimePhone"); !phone.empty()) {
    buyer["phone"] = phone;
  }

  std::string method = optional_text(wire, "RequestedShippingCarrier");
  const std::string service = optional_text(wire, "RequestedShippingClass");
  if (!method.empty() && !service.empty()) {
    method += ' ';
  }
  method += service;

  json order = {{"channel_order_id", order_id},
                {"created_at", created_at},
                {"updated_at", updated_at},
                {"currency", currency.code},
                {"channel_status", optional_text(wire, "ShippingStatus")},
                {"payment_status", statuses.payment},
                {"shipping_status", statuses.shipping},
                {"cancelled", statuses.cancelled},
                {"third_party_managed", statuses.third_party_managed},
                {"buyer", std::move(buyer)},
                {"ship_to", address(wire, "Shipping")},
                {"totals",
                 {{"items", money(items_total, currency)},
                  {"shipping", money(shipping, currency)},
                  {"tax", money(tax, currency)},
                  {"discount", money(discount, currency)},
                  {"total", money(total, currency)}}},
                {"paid", money(statuses.paid ? total : 0, currency)},
                {"lines", std::move(lines)},
                {"channel_data",
                 {{"site_order_id", optional_text(wire, "SiteOrderID")},
                  {"site_name", site_name},
                  {"site_order_item_ids", std::move(site_item_ids)}}}};
  if (json bill_to = address(wire, "Billing"); !bill_to.empty()) {
    order["bill_to"] = std::move(bill_to);
  }
  if (!site_name.empty()) {
    order["marketplace"] = site_name;
  }
  if (!method.empty()) {
    order["shipping_method"] = method;
  }
  // eBay: cancelling a paid, unshipped order opens a dispute; the order stays open at the channel
  // until the dispute closes, and so it must in the hub.
  if (is_ebay_site(site_name) && statuses.paid && statuses.unshipped && !statuses.cancelled &&
      !statuses.third_party_managed) {
    order["cancel_needs_channel_confirmation"] = true;
  }
  return order;
}

}  // namespace

json Rejection::to_json() const {
  return json{{"channel_order_id", channel_order_id ? json(*channel_order_id) : json(nullptr)},
              {"field", field},
              {"message", message},
              {"raw", raw}};
}

bool is_ebay_site(std::string_view site_name) {
  return site_name.rfind("eBay", 0) == 0;
}

bool is_amazon_site(std::string_view site_name) {
  return site_name.rfind("Amazon", 0) == 0;
}

OrderMapping map_order(const json& wire, const Currency& fallback_currency) {
  OrderMapping mapping;
  const std::string raw = dump_json(wire);
  std::optional<std::string> order_id;
  try {
    if (!wire.is_object()) {
      throw FieldProblem{"", "an order must be a JSON object"};
    }
    order_id = positive_id(wire, "ID", "");
    mapping.order = map_fields(wire, *order_id, fallback_currency);
    mapping.order["raw"] = raw;
    mapping.mapped = true;
  } catch (const FieldProblem& problem) {
    mapping.rejection = Rejection{order_id, problem.field,
                                  (order_id ? "order " + *order_id + ": " : std::string()) +
                                      problem.message,
                                  raw};
  }
  return mapping;
}

}  // namespace orderhub::channeladvisor
