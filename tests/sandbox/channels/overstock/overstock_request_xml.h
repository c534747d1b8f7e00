// Helpers the Overstock write routes share: reading a request body as XML, whole numbers, and
// finding an order's line.
#pragma once

#include "core/reply.h"

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::sandbox::overstock {

// nullopt when the body parsed as XML whose root has this local name; the error reply otherwise.
std::optional<Reply> parse_xml(const httplib::Request& request, std::string_view root,
                               pugi::xml_document& document);

// "3" -> 3; nullopt for negatives and anything not an integer.
std::optional<std::int64_t> whole_number(const std::string& text);

// Quantity neither shipped nor cancelled yet.
std::int64_t open_quantity(const nlohmann::json& line);

// The line with this salesChannelLineId, or nullptr.
nlohmann::json* find_line(nlohmann::json& order, const std::string& line_id);

}  // namespace orderhub::sandbox::overstock
