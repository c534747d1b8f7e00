// Wire-shape JSON orders -> Supplier Oasis XML, and the XML helpers the routes share.
#include "channels/overstock/overstock_xml.h"

#include <sstream>

namespace orderhub::sandbox::overstock {
namespace {

using nlohmann::json;

std::string text_of(const json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump();
}

void add_text(pugi::xml_node parent, const std::string& name, const std::string& text) {
  parent.append_child(name.c_str()).text().set(text.c_str());
}

void add_code(pugi::xml_node parent, const std::string& name, const std::string& prefix,
              const std::string& code) {
  add_text(parent.append_child((prefix + name).c_str()), prefix + "code", code);
}

void add_order(pugi::xml_node element, const json& order, const std::string& prefix) {
  for (const char* key :
       {"salesChannelOrderNumber", "salesChannelName", "orderDate", "sofsCreatedDate"}) {
    if (order.contains(key)) {
      add_text(element, prefix + key, text_of(order[key]));
    }
  }
  if (order.contains("warehouseName")) {
    add_code(element, "warehouseName", prefix, text_of(order["warehouseName"]));
  }
  pugi::xml_node ship_to = element.append_child((prefix + "shipToAddress").c_str());
  const json address = order.value("shipToAddress", json::object());
  for (const auto& [key, value] : address.items()) {
    if (!text_of(value).empty()) {
      add_text(ship_to, prefix + key, text_of(value));
    }
  }
  const json parcel = order.value("shippingSpecifications", json::object())
                          .value("smallParcelShipment", json::object());
  pugi::xml_node specifications =
      element.append_child((prefix + "shippingSpecifications").c_str());
  pugi::xml_node small_parcel =
      specifications.append_child((prefix + "smallParcelShipment").c_str());
  if (parcel.contains("shippingServiceLevel")) {
    add_code(small_parcel, "shippingServiceLevel", prefix, text_of(parcel["shippingServiceLevel"]));
  }
  if (parcel.contains("carrier")) {
    add_code(small_parcel, "carrier", prefix, text_of(parcel["carrier"]));
  }
  for (const char* key : {"orderId", "status"}) {
    if (order.contains(key)) {
      add_text(element, prefix + key, text_of(order[key]));
    }
  }
  for (const json& line : order.value("processedSalesOrderLine", json::array())) {
    pugi::xml_node line_element = element.append_child((prefix + "processedSalesOrderLine").c_str());
    for (const char* key : {"salesChannelLineId", "partnerSKU", "salesChannelSKU", "quantity",
                            "itemName", "lineStatus", "unitCost", "itemPrice"}) {
      if (line.contains(key)) {
        add_text(line_element, prefix + key, text_of(line[key]));
      }
    }
    const json shipped = line.value("quantityShipped", json(0));
    if (!(shipped.is_number_integer() && shipped.get<std::int64_t>() == 0)) {
      pugi::xml_node detail =
          line_element.append_child((prefix + "shipConfirmationDetail").c_str());
      add_text(detail, prefix + "quantityShipped", text_of(shipped));
    }
    // SYNTHETIC: Supplier Oasis shows cancelled quantities only through lineStatus.
    const json cancelled = line.value("quantityCancelled", json(0));
    if (!(cancelled.is_number_integer() && cancelled.get<std::int64_t>() == 0)) {
      add_text(line_element, prefix + "quantityCancelled", text_of(cancelled));
    }
  }
}

std::string document_text(const pugi::xml_document& document) {
  std::ostringstream out;
  document.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

}  // namespace

std::string sales_orders_xml(const std::vector<const json*>& orders, ReplyShape shape) {
  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  declaration.append_attribute("standalone") = "yes";
  if (shape == ReplyShape::message) {
    pugi::xml_node root = document.append_child("processedSalesOrderMessage");
    root.append_attribute("xmlns") = "api.supplieroasis.com";
    for (const json* order : orders) {
      add_order(root.append_child("processedSalesOrder"), *order, "");
    }
  } else {
    pugi::xml_node root = document.append_child("ns2:salesOrderList");
    root.append_attribute("xmlns:ns2") = "api.supplieroasis.com";
    for (const json* order : orders) {
      add_order(root.append_child("ns2:list"), *order, "ns2:");
    }
  }
  return document_text(document);
}

std::string stored_elements_xml(const char* root, const std::vector<std::string>& elements) {
  std::string body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><";
  body += root;
  body += " xmlns=\"api.supplieroasis.com\">";
  for (const std::string& element : elements) {
    body += element;
  }
  body += "</";
  body += root;
  body += ">";
  return body;
}

Reply xml_reply(int status, std::string body) {
  return Reply{status, std::move(body), "application/xml", {}};
}

Reply xml_error(int status, const std::string& message) {
  pugi::xml_document document;
  pugi::xml_node error = document.append_child("error");
  add_text(error, "code", std::to_string(status));
  add_text(error, "message", message);
  return xml_reply(status, document_text(document));
}

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

std::string text_at(const pugi::xml_node& node, std::string_view path) {
  pugi::xml_node current = node;
  while (!path.empty()) {
    const std::size_t slash = path.find('/');
    current = child_named(current, path.substr(0, slash));
    if (!current) {
      return {};
    }
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
  }
  return current.child_value();
}

std::string node_xml(const pugi::xml_node& node) {
  std::ostringstream out;
  node.print(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

}  // namespace orderhub::sandbox::overstock
