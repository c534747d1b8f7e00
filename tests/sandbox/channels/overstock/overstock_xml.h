// The Overstock emulator's XML: sales orders written in either reply shape Supplier Oasis clients
// meet (a <processedSalesOrderMessage> of <processedSalesOrder>, or an ns2:-prefixed root of
// <ns2:list> elements), requests read with pugixml by local name, and XML error bodies.
#pragma once

#include "core/reply.h"

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::sandbox::overstock {

enum class ReplyShape { message, list };

// The orders (wire-shape JSON, see overstock_orders.h) as one GET /salesorders reply.
std::string sales_orders_xml(const std::vector<const nlohmann::json*>& orders, ReplyShape shape);

// Stored write elements (shipments, returns) under a root, as GET /shipments and /returns list.
std::string stored_elements_xml(const char* root, const std::vector<std::string>& elements);

// Supplier Oasis-style XML error: <error><code>400</code><message>..</message></error>.
Reply xml_error(int status, const std::string& message);
Reply xml_reply(int status, std::string body);

// Lookups by local name (the prefix does not matter).
std::string_view local_name(const pugi::xml_node& node);
pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name);
std::vector<pugi::xml_node> children_named(const pugi::xml_node& node, std::string_view name);
std::string text_at(const pugi::xml_node& node, std::string_view path);  // "" when missing
std::string node_xml(const pugi::xml_node& node);

}  // namespace orderhub::sandbox::overstock
