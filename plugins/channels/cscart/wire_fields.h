// Reading fields of CS-Cart's JSON, where the same field may arrive as "2", 2 or (for amounts)
// "19.99" or 19.99. A field that cannot be read throws FieldProblem naming its dotted path; the
// order mapping turns that into an entry of the batch's rejected list, never a failed page.
#ifndef ORDERHUB_PLUGINS_CSCART_WIRE_FIELDS_H
#define ORDERHUB_PLUGINS_CSCART_WIRE_FIELDS_H

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "currency.h"

namespace orderhub::cscart {

class FieldProblem : public std::runtime_error {
 public:
  // field: the dotted path in the CS-Cart payload, e.g. "products.7.amount".
  FieldProblem(std::string field, const std::string& message)
      : std::runtime_error(message), field_(std::move(field)) {}
  const std::string& field() const noexcept { return field_; }

 private:
  std::string field_;
};

// The text of a scalar: a string as it is, an integer in decimal, any other number as the text it
// arrived as (see exact_json.h). nullopt for null, booleans, objects and arrays.
std::optional<std::string> scalar_text(const nlohmann::json& value);

// object[name], or nullptr when object is not an object, has no such member, or it is null.
const nlohmann::json* member(const nlohmann::json& object, std::string_view name);

// The text of object[name]; "" when absent or null. Throws FieldProblem for an object, array or
// boolean there.
std::string text_field(const nlohmann::json& object, std::string_view name,
                       const std::string& field);

// A whole number of at least 0: "2" or 2. Throws FieldProblem naming field otherwise.
std::int64_t quantity_value(const nlohmann::json& value, const std::string& field);

// A non-negative amount in minor units of currency: "19.99", 19.99 or 19. Throws FieldProblem.
std::int64_t amount_value(const nlohmann::json& value, const Currency& currency,
                          const std::string& field);

// "1001" -> 1001 for text of 1 to 18 ASCII digits; nullopt otherwise (signs, spaces, decimals).
std::optional<std::int64_t> parse_digits(std::string_view text);

}  // namespace orderhub::cscart

#endif  // ORDERHUB_PLUGINS_CSCART_WIRE_FIELDS_H
