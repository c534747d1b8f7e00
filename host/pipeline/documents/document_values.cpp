// document_values.cpp: money, addresses and buyers in documents, read strictly: integers for
// money (never through floating point), the order's currency only, alpha-2 countries.
#include "pipeline/documents/document_values.h"

#include <limits>

namespace orderhub::pipeline {
namespace {

[[noreturn]] void refuse(std::string field, std::string message) {
  throw FieldRefused{FieldError{std::move(field), std::move(message)}};
}

// A short rendering of a refused value for messages; long values are cut.
std::string shown(const nlohmann::json& value) {
  std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (text.size() > 60) {
    text = text.substr(0, 57) + "...";
  }
  return text;
}

void set_if_present(nlohmann::json& object, const char* key, const std::string& value) {
  if (!value.empty()) {
    object[key] = value;
  }
}

// A JSON integer that fits in 64 signed bits; nullopt for anything else (floats included: money
// and quantities are never read through floating point).
std::optional<std::int64_t> integer_of(const nlohmann::json& value) {
  if (value.is_number_unsigned()) {
    const auto unsigned_value = value.get<std::uint64_t>();
    if (unsigned_value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      return std::nullopt;
    }
    return static_cast<std::int64_t>(unsigned_value);
  }
  if (value.is_number_integer()) {
    return value.get<std::int64_t>();
  }
  return std::nullopt;
}

bool is_alpha2(std::string_view country) {
  return country.size() == 2 && country[0] >= 'A' && country[0] <= 'Z' && country[1] >= 'A' &&
         country[1] <= 'Z';
}

}  // namespace

std::string field_path(std::string_view parent, std::string_view key) {
  return parent.empty() ? std::string(key) : std::string(parent) + "/" + std::string(key);
}

nlohmann::json money_to_json(const domain::Money& money) {
  return {{"minor", money.minor}, {"currency", std::string(money.currency.code())}};
}

nlohmann::json address_to_json(const domain::Address& address) {
  nlohmann::json object = nlohmann::json::object();
  set_if_present(object, "name", address.name);
  set_if_present(object, "company", address.company);
  set_if_present(object, "line1", address.line1);
  set_if_present(object, "line2", address.line2);
  set_if_present(object, "city", address.city);
  set_if_present(object, "state", address.state);
  set_if_present(object, "postal_code", address.postal_code);
  set_if_present(object, "country", address.country);
  set_if_present(object, "phone", address.phone);
  return object;
}

nlohmann::json buyer_to_json(const domain::Buyer& buyer) {
  nlohmann::json object = nlohmann::json::object();
  set_if_present(object, "name", buyer.name);
  set_if_present(object, "email", buyer.email);
  set_if_present(object, "phone", buyer.phone);
  return object;
}

const nlohmann::json* member(const nlohmann::json& object, std::string_view path,
                             std::string_view key, Presence presence) {
  const auto found = object.find(key);
  if (found == object.end() || (found->is_null() && presence == Presence::optional)) {
    if (presence == Presence::required) {
      refuse(field_path(path, key), "is missing");
    }
    return nullptr;
  }
  return &*found;
}

std::string read_text(const nlohmann::json& object, std::string_view path, std::string_view key,
                      Presence presence) {
  const nlohmann::json* value = member(object, path, key, presence);
  if (value == nullptr) {
    return {};
  }
  if (!value->is_string()) {
    refuse(field_path(path, key), "must be a string, got " + shown(*value));
  }
  return value->get<std::string>();
}

bool read_flag(const nlohmann::json& object, std::string_view path, std::string_view key,
               bool fallback) {
  const nlohmann::json* value = member(object, path, key, Presence::optional);
  if (value == nullptr) {
    return fallback;
  }
  if (!value->is_boolean()) {
    refuse(field_path(path, key), "must be true or false, got " + shown(*value));
  }
  return value->get<bool>();
}

std::int64_t read_quantity(const nlohmann::json& object, std::string_view path,
                           std::string_view key, Presence presence) {
  const nlohmann::json* value = member(object, path, key, presence);
  if (value == nullptr) {
    return 0;
  }
  const std::string field = field_path(path, key);
  const std::optional<std::int64_t> quantity = integer_of(*value);
  if (!quantity) {
    refuse(field, value->is_number_integer() ? "is too large (" + shown(*value) + ")"
                                             : "must be a whole number >= 0, got " + shown(*value));
  }
  if (*quantity < 0) {
    refuse(field, "is negative (" + shown(*value) + ")");
  }
  return *quantity;
}

domain::Timestamp read_timestamp(const nlohmann::json& object, std::string_view path,
                                 std::string_view key) {
  const std::string text = read_text(object, path, key, Presence::required);
  auto parsed = domain::parse_timestamp(text);
  if (!parsed) {
    refuse(field_path(path, key), parsed.error().message);
  }
  return *parsed;
}

domain::Money read_money(const nlohmann::json& object, std::string_view path, std::string_view key,
                         domain::Currency currency, Presence presence) {
  const nlohmann::json* value = member(object, path, key, presence);
  if (value == nullptr) {
    return domain::Money::zero(currency);
  }
  const std::string field = field_path(path, key);
  if (!value->is_object()) {
    refuse(field, "must be money {\"minor\": <integer>, \"currency\": \"<ISO 4217>\"}, got " +
                      shown(*value));
  }
  const std::string currency_code = read_text(*value, field, "currency", Presence::required);
  if (currency_code != currency.code()) {
    refuse(field_path(field, "currency"), "is " + domain::quoted(currency_code) +
                                              " but the order is in " +
                                              std::string(currency.code()));
  }
  const nlohmann::json* minor = member(*value, field, "minor", Presence::required);
  const std::string minor_field = field_path(field, "minor");
  const std::optional<std::int64_t> units = integer_of(*minor);
  if (!units) {
    refuse(minor_field, minor->is_number_integer()
                            ? "is too large (" + shown(*minor) + ")"
                            : "must be an integer count of minor units, got " + shown(*minor));
  }
  if (*units < 0) {
    refuse(minor_field, "is negative (" + shown(*minor) + ")");
  }
  return domain::Money{*units, currency};
}

domain::Address read_address(const nlohmann::json& object, std::string_view path,
                             std::string_view key) {
  const nlohmann::json* value = member(object, path, key, Presence::optional);
  domain::Address address;
  if (value == nullptr) {
    return address;
  }
  const std::string field = field_path(path, key);
  if (!value->is_object()) {
    refuse(field, "must be an address object, got " + shown(*value));
  }
  address.name = read_text(*value, field, "name", Presence::optional);
  address.company = read_text(*value, field, "company", Presence::optional);
  address.line1 = read_text(*value, field, "line1", Presence::optional);
  address.line2 = read_text(*value, field, "line2", Presence::optional);
  address.city = read_text(*value, field, "city", Presence::optional);
  address.state = read_text(*value, field, "state", Presence::optional);
  address.postal_code = read_text(*value, field, "postal_code", Presence::optional);
  address.country = read_text(*value, field, "country", Presence::optional);
  address.phone = read_text(*value, field, "phone", Presence::optional);
  if (!address.country.empty() && !is_alpha2(address.country)) {
    refuse(field_path(field, "country"), "must be an ISO 3166-1 alpha-2 code like \"US\", got " +
                                             domain::quoted(address.country));
  }
  return address;
}

domain::Buyer read_buyer(const nlohmann::json& object, std::string_view path,
                         std::string_view key) {
  const nlohmann::json* value = member(object, path, key, Presence::optional);
  domain::Buyer buyer;
  if (value == nullptr) {
    return buyer;
  }
  const std::string field = field_path(path, key);
  if (!value->is_object()) {
    refuse(field, "must be an object, got " + shown(*value));
  }
  buyer.name = read_text(*value, field, "name", Presence::optional);
  buyer.email = read_text(*value, field, "email", Presence::optional);
  buyer.phone = read_text(*value, field, "phone", Presence::optional);
  return buyer;
}

}  // namespace orderhub::pipeline
