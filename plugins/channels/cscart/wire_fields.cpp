// Field readers shared by the order mapping and the write calls.
#include "wire_fields.h"

#include "decimal_money.h"
#include "exact_json.h"

namespace orderhub::cscart {
namespace {

// The value as a message shows it: strings quoted, everything else as JSON, cut short.
std::string shown(const nlohmann::json& value) {
  std::string text = dump_json(value);
  if (text.size() > 60) {
    text = text.substr(0, 60) + "...";
  }
  return text;
}

}  // namespace

std::optional<std::string> scalar_text(const nlohmann::json& value) {
  if (value.is_string()) {
    return value.get<std::string>();
  }
  if (value.is_number_integer()) {
    return value.is_number_unsigned() ? std::to_string(value.get<std::uint64_t>())
                                      : std::to_string(value.get<std::int64_t>());
  }
  // A double only when the document was parsed without exact_json; shown as nlohmann prints it.
  if (value.is_number_float()) {
    return value.dump();
  }
  return std::nullopt;
}

const nlohmann::json* member(const nlohmann::json& object, std::string_view name) {
  if (!object.is_object()) {
    return nullptr;
  }
  const auto found = object.find(std::string(name));
  if (found == object.end() || found->is_null()) {
    return nullptr;
  }
  return &*found;
}

std::string text_field(const nlohmann::json& object, std::string_view name,
                       const std::string& field) {
  const nlohmann::json* value = member(object, name);
  if (value == nullptr) {
    return std::string();
  }
  auto text = scalar_text(*value);
  if (!text) {
    throw FieldProblem(field, "expected text, got " + shown(*value));
  }
  return std::move(*text);
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

std::int64_t quantity_value(const nlohmann::json& value, const std::string& field) {
  const auto text = scalar_text(value);
  if (!text) {
    throw FieldProblem(field, "expected a quantity, got " + shown(value));
  }
  if (!text->empty() && text->front() == '-') {
    throw FieldProblem(field, "quantity " + shown(value) + " is negative");
  }
  const auto quantity = parse_digits(*text);
  if (!quantity) {
    throw FieldProblem(field, "quantity " + shown(value) + " is not a whole number");
  }
  return *quantity;
}

std::int64_t amount_value(const nlohmann::json& value, const Currency& currency,
                          const std::string& field) {
  const auto text = scalar_text(value);
  if (!text) {
    throw FieldProblem(field, "expected an amount, got " + shown(value));
  }
  std::string problem;
  const auto minor = parse_minor_units(*text, currency, problem);
  if (!minor) {
    throw FieldProblem(field, "amount " + problem);
  }
  if (*minor < 0) {
    throw FieldProblem(field, "amount " + shown(value) + " is negative");
  }
  return *minor;
}

}  // namespace orderhub::cscart
