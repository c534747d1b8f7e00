// Reading and writing Supplier Oasis XML with pugixml. Replies may or may not prefix elements
// ("ns2:salesChannelOrderNumber"), so lookups go by local name. Requests are written in the
// api.supplieroasis.com default namespace.
#ifndef ORDERHUB_PLUGINS_OVERSTOCK_XML_NODES_H
#define ORDERHUB_PLUGINS_OVERSTOCK_XML_NODES_H

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace orderhub::overstock {

inline constexpr const char* supplier_oasis_namespace = "api.supplieroasis.com";

// "ns2:list" -> "list".
std::string_view local_name(const pugi::xml_node& node);

// The first child element with this local name; an empty node when there is none.
pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name);

// Every child element with this local name, in document order.
std::vector<pugi::xml_node> children_named(const pugi::xml_node& node, std::string_view name);

// The text of the element at a '/'-separated path of local names ("carrier/code"), nullopt when
// an element on the path is missing.
std::optional<std::string> text_at(const pugi::xml_node& node, std::string_view path);

// The same, "" when missing.
std::string text_or_empty(const pugi::xml_node& node, std::string_view path);

// Appends <name>text</name>.
pugi::xml_node append_text(pugi::xml_node parent, const char* name, const std::string& text);

// Appends <name><code>text</code></name>, Supplier Oasis's shape for every coded value.
void append_code(pugi::xml_node parent, const char* name, const std::string& code);

// The document as text with an XML declaration, UTF-8, without indentation.
std::string xml_text(const pugi::xml_document& document);

// The node (and what it holds) as text, for "raw" and rejection payloads.
std::string node_text(const pugi::xml_node& node);

}  // namespace orderhub::overstock

#endif  // ORDERHUB_PLUGINS_OVERSTOCK_XML_NODES_H
