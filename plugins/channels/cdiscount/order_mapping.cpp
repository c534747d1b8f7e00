// Mapping Cdiscount orders field by field; the first field that cannot be read rejects the order.
#include "order_mapping.h"

#include <cctype>
#include <sstream>
#include <vector>

#include "order_state.h"
#include "soap_xml.h"
#include "wire_values.h"

namespace orderhub::cdiscount {
namespace {

using nlohmann::json;

// Thrown inside map_order only, caught there: the field and the problem.
struct FieldProblem {
  std::string field;
  std::string message;
};

std::string text_or_empty(const pugi::xml_node& parent, std::string_view name) {
  return child_text(parent, name).value_or("");
}

std::string joined_name(const std::string& first, const std::string& last) {
  if (first.empty()) {
    return last;
  }
  return last.empty() ? first : first + " " + last;
}

json money(std::int64_t minor, const std::string& currency) {
  return json{{"minor", minor}, {"currency", currency}};
}

std::int64_t amount(const pugi::xml_node& parent, std::string_view name, const std::string& field,
                    int minor_digits, bool required) {
  const auto text = child_text(parent, name);
  if (!text || text->empty()) {
    if (required) {
      throw FieldProblem{field, std::string(name) + " is missing"};
    }
    return 0;
  }
  const auto minor = parse_minor_units(*text, minor_digits);
  if (!minor) {
    throw FieldProblem{field, "\"" + *text + "\" is not an amount with at most " +
                                  std::to_string(minor_digits) + " decimals"};
  }
  if (*minor < 0) {
    throw FieldProblem{field, "\"" + *text + "\" is negative"};
  }
  return *minor;
}

std::string time_at(const pugi::xml_node& parent, std::string_view name) {
  const auto text = child_text(parent, name);
  if (!text || text->empty()) {
    throw FieldProblem{std::string(name), std::string(name) + " is missing"};
  }
  const auto milliseconds = unix_milliseconds_from_wire(*text);
  if (!milliseconds) {
    throw FieldProblem{std::string(name), "\"" + *text + "\" is not a date and time"};
  }
  return rfc3339_from_unix_milliseconds(*milliseconds);
}

json address(const pugi::xml_node& node, const std::string& fallback_first,
             const std::string& fallback_last, const std::string& phone) {
  json result = json::object();
  std::string name = joined_name(text_or_empty(node, "FirstName"), text_or_empty(node, "LastName"));
  if (name.empty()) {
    name = joined_name(fallback_first, fallback_last);
  }
  std::vector<std::string> street_parts;
  for (const char* part :
       {"Street", "Address1", "Address2", "Building", "ApartmentNumber", "PlaceName"}) {
    const std::string text = text_or_empty(node, part);
    if (!text.empty()) {
      street_parts.push_back(text);
    }
  }
  const auto put = [&result](const char* key, const std::string& value) {
    if (!value.empty()) {
      result[key] = value;
    }
  };
  put("name", name);
  put("company", text_or_empty(node, "CompanyName"));
  if (!street_parts.empty()) {
    put("line1", street_parts[0]);
    std::string rest;
    for (std::size_t index = 1; index < street_parts.size(); ++index) {
      rest += (rest.empty() ? "" : ", ") + street_parts[index];
    }
    put("line2", rest);
  }
  put("city", text_or_empty(node, "City"));
  put("postal_code", text_or_empty(node, "ZipCode"));
  std::string country = text_or_empty(node, "Country");
  // Only an ISO 3166 alpha-2 code is passed on ("Fr" is how Cdiscount writes France).
  if (country.size() == 2 && std::isalpha(static_cast<unsigned char>(country[0])) &&
      std::isalpha(static_cast<unsigned char>(country[1]))) {
    for (char& letter : country) {
      letter = static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
    }
    result["country"] = country;
  }
  put("phone", phone);
  return result;
}

json map_lines(const pugi::xml_node& order_node, const std::string& currency, int minor_digits,
               bool shipped, json& channel_lines, std::int64_t& items_total) {
  const pugi::xml_node list = child_named(order_node, "OrderLineList");
  json lines = json::array();
  int index = 0;
  for (const pugi::xml_node& line : list.children()) {
    if (line.type() != pugi::node_element || local_name(line) != "OrderLine") {
      continue;
    }
    ++index;
    const std::string field = "OrderLineList.OrderLine." + std::to_string(index);
    const std::string line_id = std::to_string(index);
    const std::string seller_product_id = text_or_empty(line, "SellerProductId");
    const auto quantity_text = child_text(line, "Quantity");
    const auto quantity = quantity_text ? parse_whole_number(*quantity_text) : std::nullopt;
    if (!quantity) {
      throw FieldProblem{field + ".Quantity",
                         "\"" + quantity_text.value_or("") + "\" is not a whole quantity"};
    }
    if (*quantity < 0) {
      throw FieldProblem{field + ".Quantity", "quantity " + *quantity_text + " is negative"};
    }
    const std::int64_t line_price =
        amount(line, "PurchasePrice", field + ".PurchasePrice", minor_digits, true);
    std::int64_t unit_price = line_price;
    if (*quantity > 0) {
      if (line_price % *quantity != 0) {
        throw FieldProblem{field + ".PurchasePrice",
                           "line price " + format_minor_units(line_price, minor_digits) +
                               " does not divide into " + *quantity_text + " equal units"};
      }
      unit_price = line_price / *quantity;
    }
    const std::int64_t unit_shipping =
        amount(line, "UnitShippingCharges", field + ".UnitShippingCharges", minor_digits, false);
    items_total += line_price;

    json mapped = {{"line_id", line_id},
                   {"quantity", *quantity},
                   {"quantity_shipped", shipped ? *quantity : 0},
                   {"quantity_cancelled", 0},
                   {"unit_price", money(unit_price, currency)},
                   {"tax", money(0, currency)},
                   {"shipping", money(unit_shipping * *quantity, currency)},
                   {"discount", money(0, currency)}};
    if (!seller_product_id.empty()) {
      mapped["sku"] = seller_product_id;
    }
    if (const std::string name = text_or_empty(line, "Name"); !name.empty()) {
      mapped["title"] = name;
    }
    lines.push_back(std::move(mapped));
    channel_lines[line_id] = {{"seller_product_id", seller_product_id},
                              {"product_condition", text_or_empty(line, "ProductCondition")},
                              {"product_ean", text_or_empty(line, "ProductEan")}};
  }
  if (lines.empty()) {
    throw FieldProblem{"OrderLineList", "the order has no lines"};
  }
  return lines;
}

}  // namespace

json Rejection::to_json() const {
  return json{{"channel_order_id", channel_order_id ? json(*channel_order_id) : json(nullptr)},
              {"field", field},
              {"message", message},
              {"raw", raw}};
}

std::string xml_text(const pugi::xml_node& node) {
  std::ostringstream text;
  node.print(text, "", pugi::format_raw);
  return text.str();
}

OrderMapping map_order(const pugi::xml_node& order_node, const std::string& currency) {
  const std::string raw = xml_text(order_node);
  const auto order_number = child_text(order_node, "OrderNumber");
  if (!order_number || order_number->empty()) {
    return {std::nullopt, {std::nullopt, "OrderNumber", "the order has no OrderNumber", raw}};
  }
  const int minor_digits = minor_digits_of(currency);
  try {
    const std::string state = text_or_empty(order_node, "OrderState");
    const auto meaning = meaning_of_state(state);
    if (!meaning) {
      throw FieldProblem{"OrderState", "unknown OrderState \"" + state + "\""};
    }
    const std::string created_at = time_at(order_node, "CreationDate");
    const std::string updated_at = child_text(order_node, "ModifiedDate").value_or("").empty()
                                       ? created_at
                                       : time_at(order_node, "ModifiedDate");

    json channel_lines = json::object();
    std::int64_t items = 0;
    json lines = map_lines(order_node, currency, minor_digits,
                           meaning->shipping_status == "fully_shipped", channel_lines, items);
    const std::int64_t shipping = amount(order_node, "InitialTotalShippingChargesAmount",
                                         "InitialTotalShippingChargesAmount", minor_digits, false);
    const std::int64_t total =
        amount(order_node, "InitialTotalAmount", "InitialTotalAmount", minor_digits, true);
    // Vouchers and promotions show only as a total below the sum of its parts.
    const std::int64_t discount = items + shipping > total ? items + shipping - total : 0;

    const pugi::xml_node customer = child_named(order_node, "Customer");
    const std::string mobile = text_or_empty(customer, "MobilePhone");
    const std::string phone = mobile.empty() ? text_or_empty(customer, "Phone") : mobile;
    json buyer = json::object();
    if (const std::string name =
            joined_name(text_or_empty(customer, "FirstName"), text_or_empty(customer, "LastName"));
        !name.empty()) {
      buyer["name"] = name;
    }
    if (const std::string email = text_or_empty(customer, "EncryptedEmail"); !email.empty()) {
      buyer["email"] = email;
    }
    if (!phone.empty()) {
      buyer["phone"] = phone;
    }

    json order = {{"channel_order_id", *order_number},
                  {"created_at", created_at},
                  {"updated_at", updated_at},
                  {"currency", currency},
                  {"channel_status", state},
                  {"payment_status", meaning->payment_status},
                  {"shipping_status", meaning->shipping_status},
                  {"cancelled", meaning->cancelled},
                  {"third_party_managed", false},
                  {"buyer", buyer},
                  {"ship_to", address(child_named(order_node, "ShippingAddress"),
                                      text_or_empty(customer, "ShippingFirstName"),
                                      text_or_empty(customer, "ShippingLastName"), phone)},
                  {"bill_to", address(child_named(order_node, "BillingAddress"),
                                      text_or_empty(customer, "FirstName"),
                                      text_or_empty(customer, "LastName"), phone)},
                  {"totals",
                   {{"items", money(items, currency)},
                    {"shipping", money(shipping, currency)},
                    {"tax", money(0, currency)},
                    {"discount", money(discount, currency)},
                    {"total", money(total, currency)}}},
                  {"paid", money(meaning->paid ? total : 0, currency)},
                  {"lines", std::move(lines)},
                  {"channel_data", {{"order_state", state}, {"lines", std::move(channel_lines)}}},
                  {"raw", raw}};
    if (const std::string code = text_or_empty(order_node, "ShippingCode"); !code.empty()) {
      order["shipping_method"] = code;
    }
    return {std::move(order), {}};
  } catch (const FieldProblem& problem) {
    return {std::nullopt, {*order_number, problem.field, problem.message, raw}};
  }
}

}  // namespace orderhub::cdiscount
