// JSON for ChannelAdvisor's OData answers without ever turning an amount into a double: prices
// arrive as JSON numbers (25.98), which a double cannot hold exactly, so every non-integer number
// is kept as its original text. Amounts the plugin sends go out as number literals of exact text.
#ifndef ORDERHUB_PLUGINS_CHANNELADVISOR_EXACT_JSON_H
#define ORDERHUB_PLUGINS_CHANNELADVISOR_EXACT_JSON_H

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace orderhub::channeladvisor {

// The document with integers as integers and every other number as a string holding its text as
// received ("25.98"); nullopt when text is not one complete JSON value (e.g. cut off).
std::optional<nlohmann::json> parse_json_keeping_decimals(std::string_view text);

// A JSON dump that never throws: malformed UTF-8 in strings is replaced by U+FFFD.
std::string dump_json(const nlohmann::json& value);

// dump_json, but the string values of the named top-level keys (decimal text such as "5.00") are
// written as JSON number literals: {"AdjustmentAmount":5.00}.
std::string dump_with_number_literals(const nlohmann::json& object,
                                      const std::vector<std::string>& number_keys);

// The member of an object, or nullptr when absent, null, or the value is not an object.
const nlohmann::json* member(const nlohmann::json& object, const char* key);

}  // namespace orderhub::channeladvisor

#endif  // ORDERHUB_PLUGINS_CHANNELADVISOR_EXACT_JSON_H
