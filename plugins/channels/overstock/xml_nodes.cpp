// pugixml helpers that ignore namespace prefixes.
#include "xml_nodes.h"

#include <sstream>

namespace orderhub::overstock {

std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_element && local_name(child) == name) {
      return child;
    }
  }
  return {};
}

std::vector<pugi::xml_node> children_named(const pugi::xml_node& node, std::string_view name) {
  std::vector<pugi::xml_node> found;
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_element && local_name(child) == name) {
      found.push_back(child);
    }
  }
  return found;
}

std::optional<std::string> text_at(const pugi::xml_node& node, std::string_view path) {
  pugi::xml_node current = node;
  while (!path.empty()) {
    const std::size_t slash = path.find('/');
    current = child_named(current, path.substr(0, slash));
    if (!current) {
      return std::nullopt;
    }
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
  }
  return std::string(current.child_value());
}

std::string text_or_empty(const pugi::xml_node& node, std::string_view path) {
  return text_at(node, path).value_or(std::string());
}

pugi::xml_node append_text(pugi::xml_node parent, const char* name, const std::string& text) {
  pugi::xml_node element = parent.append_child(name);
  element.text().set(text.c_str());
  return element;
}

void append_code(pugi::xml_node parent, const char* name, const std::string& code) {
  append_text(parent.append_child(name), "code", code);
}

std::string xml_text(const pugi::xml_document& document) {
  std::ostringstream out;
  document.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + out.str();
}

std::string node_text(const pugi::xml_node& node) {
  std::ostringstream out;
  node.print(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

}  // namespace orderhub::overstock
