// Field readers with messages that name the field and quote the input.
#include "wire_fields.h"

#include "decimal_money.h"
#include "exact_json.h"

namespace orderhub::smartbargains {

using nlohmann::json;

const json* member(const json& object, std::string_view name) {
  if (!object.is_object()) {
    return nullptr;
  }
  const auto found = object.find(std::string(name));
  if (found == object.end() || found->is_null()) {
    return nullptr;
  }
  return &*found;
}

std::string text_field(const json& object, std::string_view name, const std::string& field) {
  const json* value = member(object, name);
  if (value == nullptr) {
    return std::string();
  }
  if (!value->is_string()) {
    throw FieldProblem(field, field + " must be a string, got " + dump_json(*value));
  }
  return value->get<std::string>();
}

std::optional<std::int64_t> parse_digits(std::string_view text) {
  if (text.empty() || text.size() > 18) {
    return std::nullopt;
  }
  std::int64_t value = 0;
  for (const char letter : text) {
    if (letter < '0' || letter > '9') {
      return std::nullopt;
    }
    value = value * 10 + (letter - '0');
  }
  return value;
}

std::int64_t whole_number(const json& value, std::int64_t minimum, const std::string& field) {
  std::optional<std::int64_t> number;
  if (value.is_number_integer()) {
    number = value.get<std::int64_t>();
  } else if (value.is_number_unsigned()) {
    number = std::nullopt;  // beyond int64
  } else if (value.is_string()) {
    number = parse_digits(value.get<std::string>());
  }
  if (!number) {
    throw FieldProblem(field, field + " must be a whole number, got " + dump_json(value));
  }
  if (*number < minimum) {
    throw FieldProblem(field, field + " is " + std::to_string(*number) + ", below " +
                                  std::to_string(minimum) +
                                  (*number < 0 ? " (a negative quantity)" : ""));
  }
  return *number;
}

std::int64_t amount_value(const json& value, const Currency& currency, const std::string& field) {
  // exact_json keeps non-integer numbers as strings; integers are whole units.
  std::string text;
  if (value.is_string()) {
    text = value.get<std::string>();
  } else if (value.is_number_integer()) {
    text = std::to_string(value.get<std::int64_t>());
  } else {
    throw FieldProblem(field, field + " must be a decimal amount string, got " + dump_json(value));
  }
  std::string problem;
  const auto minor = parse_minor_units(text, currency, problem);
  if (!minor) {
    throw FieldProblem(field, field + ": " + problem);
  }
  if (*minor < 0) {
    throw FieldProblem(field, field + " \"" + text + "\" is negative");
  }
  return *minor;
}

std::int64_t amount_or_zero(const json& object, std::string_view name, const Currency& currency,
                            const std::string& field) {
  const json* value = member(object, name);
  return value == nullptr ? 0 : amount_value(*value, currency, field);
}

}  // namespace orderhub::smartbargains
