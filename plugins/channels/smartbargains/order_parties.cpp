// Customer and addresses, field by field.
#include "order_parties.h"

#include "wire_fields.h"

namespace orderhub::smartbargains {
namespace {

using nlohmann::json;

void copy_text(const json& from, const char* wire_name, const std::string& path, json& to,
               const char* hub_name) {
  const std::string value = text_field(from, wire_name, path + "." + wire_name);
  if (!value.empty()) {
    to[hub_name] = value;
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
    throw FieldProblem(field, field + " \"" + text + "\" is not an ISO 3166-1 alpha-2 code");
  }
  return code;
}

const json& object_or_empty(const json& order, const std::string& name) {
  static const json empty = json::object();
  const json* value = member(order, name);
  if (value == nullptr) {
    return empty;
  }
  if (!value->is_object()) {
    throw FieldProblem(name, name + " must be an object");
  }
  return *value;
}

}  // namespace

json read_buyer(const json& order) {
  const json& customer = object_or_empty(order, "customer");
  json buyer = json::object();
  copy_text(customer, "name", "customer", buyer, "name");
  copy_text(customer, "email", "customer", buyer, "email");
  copy_text(customer, "phone", "customer", buyer, "phone");
  return buyer;
}

json read_address(const json& order, const std::string& name) {
  const json& wire = object_or_empty(order, name);
  json address = json::object();
  copy_text(wire, "name", name, address, "name");
  copy_text(wire, "company", name, address, "company");
  copy_text(wire, "address1", name, address, "line1");
  copy_text(wire, "address2", name, address, "line2");
  copy_text(wire, "city", name, address, "city");
  copy_text(wire, "state", name, address, "state");
  copy_text(wire, "postal_code", name, address, "postal_code");
  copy_text(wire, "phone", name, address, "phone");
  const std::string country = text_field(wire, "country", name + ".country");
  if (!country.empty()) {
    address["country"] = country_code(country, name + ".country");
  }
  return address;
}

}  // namespace orderhub::smartbargains
