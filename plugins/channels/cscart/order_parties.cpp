// Buyer and addresses of a CS-Cart order.
#include "order_parties.h"

#include <string>

#include "wire_fields.h"

namespace orderhub::cscart {
namespace {

using nlohmann::json;

std::string field_text(const json& order, std::string_view name) {
  return text_field(order, name, std::string(name));
}

std::string joined_name(const std::string& first, const std::string& last) {
  if (first.empty()) {
    return last;
  }
  return last.empty() ? first : first + " " + last;
}

void put_if_present(json& target, const char* key, const std::string& value) {
  if (!value.empty()) {
    target[key] = value;
  }
}

// "us" -> "US"; throws for anything that is not two ASCII letters.
std::string country_code(const std::string& text, const std::string& field) {
  std::string code = text;
  for (char& letter : code) {
    if (letter >= 'a' && letter <= 'z') {
      letter = static_cast<char>(letter - 'a' + 'A');
    }
  }
  if (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z') {
    throw FieldProblem(field, "country \"" + text + "\" is not an ISO 3166-1 alpha-2 code");
  }
  return code;
}

}  // namespace

json read_buyer(const json& order) {
  json buyer = json::object();
  std::string name = joined_name(field_text(order, "firstname"), field_text(order, "lastname"));
  if (name.empty()) {
    name = joined_name(field_text(order, "b_firstname"), field_text(order, "b_lastname"));
  }
  put_if_present(buyer, "name", name);
  put_if_present(buyer, "email", field_text(order, "email"));
  std::string phone = field_text(order, "phone");
  put_if_present(buyer, "phone", phone.empty() ? field_text(order, "b_phone") : phone);
  return buyer;
}

json read_address(const json& order, std::string_view prefix) {
  const auto part = [&](const char* name) { return field_text(order, std::string(prefix) + name); };
  json address = json::object();
  put_if_present(address, "name", joined_name(part("firstname"), part("lastname")));
  put_if_present(address, "company", field_text(order, "company"));
  put_if_present(address, "line1", part("address"));
  put_if_present(address, "line2", part("address_2"));
  put_if_present(address, "city", part("city"));
  put_if_present(address, "state", part("state"));
  put_if_present(address, "postal_code", part("zipcode"));
  const std::string country = part("country");
  if (!country.empty()) {
    address["country"] = country_code(country, std::string(prefix) + "country");
  }
  put_if_present(address, "phone", part("phone"));
  return address;
}

}  // namespace orderhub::cscart
