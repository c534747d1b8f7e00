// substitution.h: the placeholders of rule action texts (notes, custom field values):
//   ${now:FORMAT}   the evaluation time (UTC) in a strftime-like FORMAT of %Y %m %d %H %M %S %%
//                   and plain characters, e.g. ${now:%Y-%m-%d}
//   ${order.FIELD}  a field of the order (see order_field_names()), e.g. ${order.ship_to_state}
// Templates are checked when the rule is added, so a bad one never reaches an order.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/order.h"
#include "domain/result.h"
#include "domain/time.h"

namespace orderhub::pipeline::order_rules {

// The FIELD names ${order.FIELD} accepts.
std::span<const std::string_view> order_field_names();

// A message for the first bad placeholder (unclosed, unknown, bad format), or nullopt.
std::optional<std::string> check_template(std::string_view text);

// The text with every placeholder replaced; the template must have passed check_template.
std::string substitute(std::string_view text, const domain::Order& order, domain::Timestamp now);

}  // namespace orderhub::pipeline::order_rules
