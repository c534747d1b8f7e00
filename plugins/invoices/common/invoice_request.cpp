// Reading the render request. Unknown keys are ignored (documents are forward compatible);
// known keys must have their documented types.
#include "invoice_request.h"

#include <orderhub/sdk/error.h>

#include <limits>

#include "utf8_text.h"

namespace orderhub::invoices {
namespace {

using nlohmann::json;

[[noreturn]] void refuse(const std::string& where, const std::string& what) {
  throw sdk::Error(sdk::Status::INVALID_ARGUMENT, "render request: " + where + ": " + what);
}

const json& member(const json& object, const char* key, const std::string& where) {
  static const json absent;
  if (!object.is_object()) {
    refuse(where, "expected an object");
  }
  const auto found = object.find(key);
  return found == object.end() ? absent : *found;
}

const json& required_object(const json& object, const char* key, const std::string& where) {
  const json& value = member(object, key, where);
  if (!value.is_object()) {
    refuse(where + "." + key, value.is_null() ? "missing" : "expected an object");
  }
  return value;
}

std::string text(const json& object, const char* key, const std::string& where,
                 bool required = false) {
  const json& value = member(object, key, where);
  if (value.is_null()) {
    if (required) {
      refuse(where + "." + key, "missing");
    }
    return {};
  }
  if (!value.is_string()) {
    refuse(where + "." + key, "expected a string");
  }
  return value.get<std::string>();
}

std::optional<std::string> optional_text(const json& object, const char* key,
                                         const std::string& where) {
  if (member(object, key, where).is_null()) {
    return std::nullopt;
  }
  return text(object, key, where);
}

bool flag(const json& object, const char* key, const std::string& where, bool fallback) {
  const json& value = member(object, key, where);
  if (value.is_null()) {
    return fallback;
  }
  if (!value.is_boolean()) {
    refuse(where + "." + key, "expected true or false");
  }
  return value.get<bool>();
}

std::int64_t integer(const json& object, const char* key, const std::string& where) {
  const json& value = member(object, key, where);
  if (value.is_number_unsigned()) {
    if (value.get<std::uint64_t>() >
        static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      refuse(where + "." + key, "is too large");
    }
    return static_cast<std::int64_t>(value.get<std::uint64_t>());
  }
  if (!value.is_number_integer()) {
    refuse(where + "." + key, value.is_null() ? "missing" : "expected an integer");
  }
  return value.get<std::int64_t>();
}

Money money(const json& object, const char* key, const std::string& where) {
  const json& value = required_object(object, key, where);
  const std::string path = where + "." + key;
  Money result{integer(value, "minor", path), text(value, "currency", path, true)};
  return result;
}

Address address(const json& value, const std::string& where) {
  Address result;
  result.name = text(value, "name", where);
  result.company = text(value, "company", where);
  result.line1 = text(value, "line1", where);
  result.line2 = text(value, "line2", where);
  result.city = text(value, "city", where);
  result.state = text(value, "state", where);
  result.postal_code = text(value, "postal_code", where);
  result.country = text(value, "country", where);
  result.phone = text(value, "phone", where);
  return result;
}

std::optional<Address> optional_address(const json& object, const char* key,
                                        const std::string& where) {
  const json& value = member(object, key, where);
  if (value.is_null()) {
    return std::nullopt;
  }
  return address(value, where + "." + key);
}

InvoiceLine line(const json& value, const std::string& where) {
  InvoiceLine result;
  result.line_id = text(value, "line_id", where, true);
  result.sku = text(value, "sku", where);
  result.title = text(value, "title", where);
  result.quantity = integer(value, "quantity", where);
  if (result.quantity < 0) {
    refuse(where + ".quantity", "is negative");
  }
  result.unit_price = money(value, "unit_price", where);
  std::int64_t total = 0;
  if (__builtin_mul_overflow(result.unit_price.minor, result.quantity, &total)) {
    refuse(where, "unit_price x quantity overflows");
  }
  result.line_total = Money{total, result.unit_price.currency};
  return result;
}

void read_options(const json& value, InvoiceOptions& options) {
  const std::string where = "options";
  options.show_prices = flag(value, "show_prices", where, true);
  options.show_sku = flag(value, "show_sku", where, true);
  options.show_images = flag(value, "show_images", where, true);
  options.show_notes = flag(value, "show_notes", where, true);
  const std::string paper = text(value, "paper", where);
  if (paper == "Letter") {
    options.paper = Paper::letter;
  } else if (!paper.empty() && paper != "A4") {
    refuse("options.paper", "\"" + paper + "\" is neither A4 nor Letter");
  }
  options.logo_path = optional_text(value, "logo_path", where);
  options.locale = optional_text(value, "locale", where);
}

}  // namespace

std::vector<std::string> Address::lines() const {
  std::vector<std::string> result;
  for (const std::string* part : {&name, &company, &line1, &line2}) {
    if (!part->empty()) {
      result.push_back(*part);
    }
  }
  std::string city_line = postal_code;
  for (const std::string* part : {&city, &state}) {
    if (!part->empty()) {
      city_line += (city_line.empty() ? "" : " ") + *part;
    }
  }
  if (!city_line.empty()) {
    result.push_back(city_line);
  }
  if (!country.empty()) {
    result.push_back(country);
  }
  if (!phone.empty()) {
    result.push_back(phone);
  }
  return result;
}

InvoiceRequest read_invoice_request(std::string_view request) {
  InvoiceRequest result;
  const std::string repaired = repair_utf8(request, result.had_invalid_utf8);
  try {
    result.document = json::parse(repaired);
  } catch (const json::parse_error& error) {
    refuse("document", std::string("is not JSON: ") + error.what());
  }
  const json& document = result.document;
  if (!document.is_object()) {
    refuse("document", "expected an object");
  }
  if (text(document, "schema", "document") != "orderhub.render_request/1") {
    refuse("schema", "expected \"orderhub.render_request/1\"");
  }
  const json& invoice = required_object(document, "invoice", "document");
  result.invoice_number = text(invoice, "number", "invoice", true);
  result.invoice_date = text(invoice, "date", "invoice", true);

  const json& order = required_object(document, "order", "document");
  result.channel_order_id = text(order, "channel_order_id", "order", true);
  result.currency = text(order, "currency", "order", true);
  result.created_at = text(order, "created_at", "order");
  result.shipping_method = text(order, "shipping_method", "order");
  result.notes = text(order, "notes", "order");
  const json& buyer = member(order, "buyer", "order");
  if (!buyer.is_null()) {
    result.buyer_name = text(buyer, "name", "order.buyer");
    result.buyer_email = text(buyer, "email", "order.buyer");
    result.buyer_phone = text(buyer, "phone", "order.buyer");
  }
  result.bill_to = optional_address(order, "bill_to", "order");
  result.ship_to = optional_address(order, "ship_to", "order");
  const json& totals = required_object(order, "totals", "order");
  result.totals =
      Totals{money(totals, "items", "order.totals"), money(totals, "shipping", "order.totals"),
             money(totals, "tax", "order.totals"), money(totals, "discount", "order.totals"),
             money(totals, "total", "order.totals")};
  const json& lines = member(order, "lines", "order");
  if (!lines.is_array() || lines.empty()) {
    refuse("order.lines", "expected a non-empty array");
  }
  for (std::size_t index = 0; index < lines.size(); ++index) {
    result.lines.push_back(line(lines[index], "order.lines[" + std::to_string(index) + "]"));
  }

  const json& seller = member(document, "seller", "document");
  if (!seller.is_null()) {
    result.seller_name = text(seller, "name", "seller");
    result.seller_vat_id = text(seller, "vat_id", "seller");
    result.seller_email = text(seller, "email", "seller");
    result.seller_phone = text(seller, "phone", "seller");
    if (const auto seller_address = optional_address(seller, "address", "seller")) {
      result.seller_address = *seller_address;
    }
  }
  const json& options = member(document, "options", "document");
  if (!options.is_null()) {
    read_options(options, result.options);
  }
  result.template_path = optional_text(document, "template", "document");
  const json& channel = member(document, "channel", "document");
  if (!channel.is_null()) {
    result.channel_plugin_id = text(channel, "plugin_id", "channel");
    result.channel_name = text(channel, "name", "channel");
  }
  return result;
}

std::optional<std::string> field_text(const nlohmann::json& document, std::string_view path) {
  const json* value = &document;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t dot = path.find('.', start);
    const std::string key(path.substr(start, dot == std::string_view::npos ? dot : dot - start));
    if (!value->is_object() || !value->contains(key)) {
      return std::nullopt;
    }
    value = &value->at(key);
    if (dot == std::string_view::npos) {
      break;
    }
    start = dot + 1;
  }
  if (value->is_string()) {
    return value->get<std::string>();
  }
  if (value->is_number() || value->is_boolean()) {
    return value->dump();
  }
  return std::nullopt;
}

}  // namespace orderhub::invoices
