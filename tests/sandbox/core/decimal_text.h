// Money and integers as the decimal strings channels put on the wire ("19.99", "3"). Amounts are
// integer minor units (cents) everywhere inside the sandbox; text is only the wire form.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::sandbox {

// 1999 -> "19.99", -150 -> "-1.50". Always two decimals.
std::string format_minor_units(std::int64_t minor_units);

// "19.99", "19.9", "19", "-1.50" -> minor units; more than two decimals or any other character
// is refused rather than rounded, so a malformed amount never passes silently.
std::optional<std::int64_t> parse_minor_units(std::string_view text);

// "42" or "-7" -> the integer; anything else (spaces, signs only, overflow) is refused.
std::optional<std::int64_t> parse_integer(std::string_view text);

// Channels like CS-Cart send integers as strings but clients may send real numbers: accept both.
std::optional<std::int64_t> integer_from_json(const nlohmann::json& value);

// Amounts must be decimal strings: a JSON number would have gone through a double.
std::optional<std::int64_t> minor_units_from_json(const nlohmann::json& value);

}  // namespace orderhub::sandbox
