// Reading fields of a Smart Bargains purchase order. A field that cannot be read throws
// FieldProblem naming its dotted path ("lines.1.qty"); the order mapping turns that into an entry
// of the batch's rejected list, never a failed page.
#ifndef ORDERHUB_PLUGINS_SMARTBARGAINS_WIRE_FIELDS_H
#define ORDERHUB_PLUGINS_SMARTBARGAINS_WIRE_FIELDS_H

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "currency.h"

namespace orderhub::smartbargains {

class FieldProblem : public std::runtime_error {
 public:
  FieldProblem(std::string field, const std::string& message)
      : std::runtime_error(message), field_(std::move(field)) {}
  const std::string& field() const noexcept { return field_; }

 private:
  std::string field_;
};

// object[name], or nullptr when object is not an object, has no such member, or it is null.
const nlohmann::json* member(const nlohmann::json& object, std::string_view name);

// The string object[name]; "" when absent or null. Throws FieldProblem for any other type.
std::string text_field(const nlohmann::json& object, std::string_view name,
                       const std::string& field);

// A JSON integer (or a string of digits) of at least minimum. Throws FieldProblem naming field.
std::int64_t whole_number(const nlohmann::json& value, std::int64_t minimum,
                          const std::string& field);

// A non-negative decimal amount string ("19.99") in minor units of currency. A JSON number is
// read from its exact text (see exact_json.h). Throws FieldProblem naming field.
std::int64_t amount_value(const nlohmann::json& value, const Currency& currency,
                          const std::string& field);

// object[name] as an amount, 0 when absent or null.
std::int64_t amount_or_zero(const nlohmann::json& object, std::string_view name,
                            const Currency& currency, const std::string& field);

// "1001" -> 1001 for text of 1 to 18 ASCII digits; nullopt otherwise.
std::optional<std::int64_t> parse_digits(std::string_view text);

}  // namespace orderhub::smartbargains

#endif  // ORDERHUB_PLUGINS_SMARTBARGAINS_WIRE_FIELDS_H
