// json_reading.h: strict reading of a rule document: every value is checked for its type and
// every object for unknown keys, and a refusal names the JSON path of the value, e.g.
// `$.conditions.all[1].sku_starts_with: expected a string`.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "domain/result.h"

namespace orderhub::pipeline::order_rules {

// "$.actions[2]" + "reason" -> "$.actions[2].reason".
std::string member_path(const std::string& path, std::string_view key);
// "$.actions" + 2 -> "$.actions[2]".
std::string element_path(const std::string& path, std::size_t index);

// "<path>: <message>".
domain::Error error_at(const std::string& path, std::string_view message);

// The JSON type's name for messages: "a string", "a number", "an object", ...
std::string type_name(const nlohmann::json& value);

// An error unless value is an object whose keys are all in known (listed in the message).
domain::Result<bool> check_object(const nlohmann::json& value, const std::string& path,
                                  std::initializer_list<std::string_view> known);

// The string at path; an error for another type or, unless allowed, an empty string or one with
// control characters.
enum class EmptyText { refused, allowed };
domain::Result<std::string> read_text(const nlohmann::json& value, const std::string& path,
                                      EmptyText empty = EmptyText::refused);
domain::Result<bool> read_flag(const nlohmann::json& value, const std::string& path);
// A whole number from 0 up (JSON integers only: 2.0 and "2" are refused).
domain::Result<std::int64_t> read_count(const nlohmann::json& value, const std::string& path);

// An object with exactly one key (a condition or an action): that key, or an error.
domain::Result<std::string> single_key(const nlohmann::json& value, const std::string& path,
                                       std::string_view what);

}  // namespace orderhub::pipeline::order_rules
