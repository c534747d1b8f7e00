// Parsing Smart Bargains' JSON without ever turning an amount into a double. Amounts are documented
// as decimal strings, but a number that arrives anyway is kept as its original text and read like
// a string, since a double cannot hold 88.36 exactly.
#ifndef ORDERHUB_PLUGINS_SMARTBARGAINS_EXACT_JSON_H
#define ORDERHUB_PLUGINS_SMARTBARGAINS_EXACT_JSON_H

#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace orderhub::smartbargains {

// The document, with integers as integers and every other number as a string holding its text
// exactly as received ("88.36", "1e3"); nullopt when text is not one complete JSON value.
std::optional<nlohmann::json> parse_json_keeping_decimals(std::string_view text);

// The exact text of each element of the array under `key` in the top-level object of text
// (`{"orders": [{...}, {...}], ...}` -> the two objects as sent), for keeping each order's payload
// verbatim; nullopt when text has no such array or is cut off. Only splits: call it on text that
// parse_json_keeping_decimals() accepted.
std::optional<std::vector<std::string_view>> top_level_array_items(std::string_view text,
                                                                    std::string_view key);

// A JSON dump that never throws: malformed UTF-8 in strings is replaced by U+FFFD.
std::string dump_json(const nlohmann::json& value);

}  // namespace orderhub::smartbargains

#endif  // ORDERHUB_PLUGINS_SMARTBARGAINS_EXACT_JSON_H
