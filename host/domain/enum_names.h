// enum_names.h: the table-driven text form of the domain's enums. Each enum lists its exact
// names once; to_string and parse_* are both derived from that list so they cannot disagree.
// Included only by the domain's .cpp files.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "domain/result.h"

namespace orderhub::domain::detail {

template <class Enum>
struct EnumName {
  Enum value;
  std::string_view name;
};

template <class Enum>
std::string_view name_of(std::span<const EnumName<Enum>> names, Enum value) {
  for (const EnumName<Enum>& entry : names) {
    if (entry.value == value) {
      return entry.name;
    }
  }
  return "?";
}

// Parses an exact name; the error says what was expected, e.g.
// `order status "shipped" is not one of in_process, on_hold, ...`.
template <class Enum>
Result<Enum> parse_name(std::span<const EnumName<Enum>> names, std::string_view text,
                        std::string_view what) {
  for (const EnumName<Enum>& entry : names) {
    if (entry.name == text) {
      return entry.value;
    }
  }
  std::string expected;
  for (const EnumName<Enum>& entry : names) {
    expected += expected.empty() ? "" : ", ";
    expected += entry.name;
  }
  return Error{std::string(what) + " " + quoted(text) + " is not one of " + expected};
}

}  // namespace orderhub::domain::detail
