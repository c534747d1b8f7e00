// The Supplier Oasis routes the hub talks to; see overstock_emulator.h for the list.
#include "channels/overstock/overstock_emulator.h"

#include "channels/overstock/overstock_orders.h"
#include "channels/overstock/overstock_request_xml.h"
#include "channels/overstock/overstock_xml.h"
#include "core/basic_auth.h"
#include "core/decimal_text.h"

#include <algorithm>

namespace orderhub::sandbox::overstock {
namespace {

using nlohmann::json;

bool one_of(const std::string& value, std::initializer_list<const char*> values) {
  return std::any_of(values.begin(), values.end(),
                     [&](const char* candidate) { return value == candidate; });
}

// One checked <supplierShipment>: where it applies and what it says.
struct ShipmentLine {
  pugi::xml_node element;
  std::string order_number;
  std::string line_id;
  std::int64_t quantity = 0;
  bool short_ship = false;
  json fields;  // what the received log shows
};

}  // namespace

std::optional<Reply> check_overstock_credentials(const httplib::Request& request) {
  const auto credentials = parse_basic_authorization(request.get_header_value("Authorization"));
  if (!credentials) {
    Reply reply = xml_error(401, "Authentication required: use HTTP Basic");
    reply.headers.emplace_back("WWW-Authenticate", "Basic realm=\"Supplier Oasis\"");
    return reply;
  }
  if (credentials->user != sandbox_username || credentials->password != sandbox_password) {
    return xml_error(401, "Invalid username or password for user \"" + credentials->user + "\"");
  }
  return std::nullopt;
}

void OverstockEmulator::register_routes(ChannelRouter& router) {
  router.add({HttpMethod::Get, "/salesorders", "/salesorders",
              [this](const httplib::Request& request) { return list_orders(request); }, {}});
  router.add({HttpMethod::Post, "/salesorders/acknowledgements", "/salesorders/acknowledgements",
              [this](const httplib::Request& request) { return acknowledge(request); }, {}});
  router.add({HttpMethod::Post, "/shipments", "/shipments",
              [this](const httplib::Request& request) { return post_shipments(request); }, {}});
  router.add({HttpMethod::Get, "/shipments", "/shipments",
              [this](const httplib::Request& request) {
                return list_stored(request, "supplierShipmentMessage", shipments_);
              },
              {}});
  router.add({HttpMethod::Post, "/returns", "/returns",
              [this](const httplib::Request& request) { return post_returns(request); }, {}});
  router.add({HttpMethod::Get, "/returns", "/returns",
              [this](const httplib::Request& request) {
                return list_stored(request, "returnMessage", returns_);
              },
              {}});
  router.add({HttpMethod::Post, "/inventory", "/inventory",
              [this](const httplib::Request& request) { return post_inventory(request); }, {}});
}

Reply OverstockEmulator::list_orders(const httplib::Request& request) const {
  if (auto denied = check_overstock_credentials(request)) {
    return *denied;
  }
  const std::string start = request.get_param_value("startTime");
  const std::string end = request.get_param_value("endTime");
  for (const auto& [name, value] : {std::pair{"startTime", start}, std::pair{"endTime", end}}) {
    if (!is_utc_text(value)) {
      return xml_error(400, std::string(name) + " must be a UTC time such as " +
                                "2026-11-23T16:00:00Z, got \"" + value + "\"");
    }
  }
  ReplyShape shape = generation_.seed % 2 == 1 ? ReplyShape::message : ReplyShape::list;
  if (request.has_param("shape")) {
    const std::string named = request.get_param_value("shape");
    if (named != "message" && named != "list") {
      return xml_error(400, "shape must be message or list, got \"" + named + "\"");
    }
    shape = named == "message" ? ReplyShape::message : ReplyShape::list;
  }
  std::vector<const json*> listed;
  for (const json& order : orders_) {
    const std::string created = order.value("sofsCreatedDate", std::string());
    if (created >= start && created < end) {
      listed.push_back(&order);
    }
  }
  std::stable_sort(listed.begin(), listed.end(), [](const json* left, const json* right) {
    return (*left)["sofsCreatedDate"].get<std::string>() <
           (*right)["sofsCreatedDate"].get<std::string>();
  });
  return xml_reply(200, sales_orders_xml(listed, shape));
}

Reply OverstockEmulator::list_stored(
    const httplib::Request& request, const char* root,
    const std::map<std::string, std::vector<std::string>>& stored) const {
  if (auto denied = check_overstock_credentials(request)) {
    return *denied;
  }
  const std::string number = request.get_param_value("salesChannelOrderNumber");
  if (number.empty()) {
    return xml_error(400, "salesChannelOrderNumber is required");
  }
  const auto found = stored.find(number);
  return xml_reply(200, stored_elements_xml(root, found == stored.end()
                                                      ? std::vector<std::string>()
                                                      : found->second));
}

Reply OverstockEmulator::acknowledge(const httplib::Request& request) {
  if (auto denied = check_overstock_credentials(request)) {
    return *denied;
  }
  pugi::xml_document document;
  if (auto invalid = parse_xml(request, "salesOrderAcknowledgementMessage", document)) {
    return *invalid;
  }
  const pugi::xml_node root = document.document_element();
  const auto entries = children_named(root, "salesOrderAcknowledgement");
  if (entries.empty()) {
    return xml_error(400, "the message has no salesOrderAcknowledgement");
  }
  for (const pugi::xml_node& entry : entries) {
    const std::string number = text_at(entry, "salesChannelOrderNumber");
    if (find_order(number) == nullptr) {
      return xml_error(404, "sales order \"" + number + "\" not found");
    }
  }
  int acknowledged = 0;
  int already = 0;
  for (const pugi::xml_node& entry : entries) {
    const std::string number = text_at(entry, "salesChannelOrderNumber");
    json& order = *find_order(number);
    if (order.value("acknowledged", false)) {
      ++already;
      continue;
    }
    ++acknowledged;
    order["acknowledged"] = true;
    if (order["status"] == "NEW") {
      order["status"] = "ACKNOWLEDGED";
    }
    for (json& line : order["processedSalesOrderLine"]) {
      if (line.value("lineStatus", std::string()) == "NEW") {
        line["lineStatus"] = "ACKNOWLEDGED";
      }
    }
    received_.record({"acknowledgement", number, request.method, request.path,
                      {{"salesChannelName", text_at(entry, "salesChannelName")},
                       {"salesChannelOrderNumber", number},
                       {"idempotencyKey", text_at(root, "idempotencyKey")}},
                      nullptr});
  }
  return xml_reply(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><acknowledgementResult "
                        "xmlns=\"api.supplieroasis.com\"><acknowledged>" +
                            std::to_string(acknowledged) + "</acknowledged><alreadyAcknowledged>" +
                            std::to_string(already) + "</alreadyAcknowledged></acknowledgementResult>");
}

Reply OverstockEmulator::post_shipments(const httplib::Request& request) {
  if (auto denied = check_overstock_credentials(request)) {
    return *denied;
  }
  pugi::xml_document document;
  if (auto invalid = parse_xml(request, "supplierShipmentMessage", document)) {
    return *invalid;
  }
  const auto elements = children_named(document.document_element(), "supplierShipment");
  if (elements.empty()) {
    return xml_error(400, "the message has no supplierShipment");
  }
  // Check everything first: a message is applied whole or not at all.
  std::vector<ShipmentLine> lines;
  std::map<std::pair<std::string, std::string>, std::int64_t> taken;
  for (const pugi::xml_node& element : elements) {
    ShipmentLine line{element, text_at(element, "salesChannelOrderNumber"),
                      text_at(element, "salesChannelLineNumber"), 0, false, json::object()};
    json* order = find_order(line.order_number);
    if (order == nullptr) {
      return xml_error(404, "sales order \"" + line.order_number + "\" not found");
    }
    json* order_line = find_line(*order, line.line_id);
    if (order_line == nullptr) {
      return xml_error(400, "salesChannelLineNumber \"" + line.line_id +
                                "\" is not a line of order " + line.order_number);
    }
    const std::string warehouse = text_at(element, "warehouse/code");
    if (warehouse.empty()) {
      return xml_error(400, "warehouse/code is missing");
    }
    const pugi::xml_node confirmation = child_named(element, "supplierShipConfirmation");
    const pugi::xml_node short_ship = child_named(element, "shortShip");
    if (static_cast<bool>(confirmation) == static_cast<bool>(short_ship)) {
      return xml_error(400, "a supplierShipment needs either a supplierShipConfirmation or a "
                            "shortShip (line " + line.line_id + ")");
    }
    line.short_ship = static_cast<bool>(short_ship);
    const pugi::xml_node figures = line.short_ship ? short_ship : confirmation;
    const auto quantity = whole_number(text_at(figures, "quantity"));
    if (!quantity || *quantity == 0) {
      return xml_error(400, "quantity \"" + text_at(figures, "quantity") +
                                "\" must be a whole number above 0 (line " + line.line_id + ")");
    }
    line.quantity = *quantity;
    std::int64_t& already_taken = taken[{line.order_number, line.line_id}];
    if (already_taken + line.quantity > open_quantity(*order_line)) {
      return xml_error(409, "line " + line.line_id + " of order " + line.order_number + " has " +
                                std::to_string(open_quantity(*order_line) - already_taken) +
                                " left to ship or cancel, not " + std::to_string(line.quantity));
    }
    already_taken += line.quantity;
    line.fields = {{"salesChannelName", text_at(element, "salesChannelName")},
                   {"salesChannelLineNumber", line.line_id},
                   {"warehouse", warehouse},
                   {"quantity", line.quantity}};
    if (line.short_ship) {
      const std::string reason = text_at(short_ship, "reasonCode/code");
      if (!one_of(reason, {"OUT_OF_STOCK", "CUSTOMER_REQUEST", "UNDELIVERABLE_ADDRESS", "OTHER"})) {
        return xml_error(400, "reasonCode \"" + reason + "\" is not a short ship reason");
      }
      line.fields["reasonCode"] = reason;
    } else {
      for (const auto& [name, path] :
           {std::pair{"carrier", "carrier/code"}, std::pair{"trackingNumber", "trackingNumber"},
            std::pair{"shipDate", "shipDate"}, std::pair{"serviceLevel", "serviceLevel/code"}}) {
        const std::string value = text_at(confirmation, path);
        if (value.empty()) {
          return xml_error(400, std::string(path) + " is missing (line " + line.line_id + ")");
        }
        line.fields[name] = value;
      }
    }
    lines.push_back(std::move(line));
  }

  // Apply, then log one entry per order of the message.
  std::map<std::string, json> logged;
  for (const ShipmentLine& line : lines) {
    json& order = *find_order(line.order_number);
    json& order_line = *find_line(order, line.line_id);
    const char* counter = line.short_ship ? "quantityCancelled" : "quantityShipped";
    order_line[counter] = order_line.value(counter, std::int64_t{0}) + line.quantity;
    settle_status(order);
    shipments_[line.order_number].push_back(node_xml(line.element));
    json& entry = logged[line.order_number];
    if (entry.is_null()) {
      entry = {{"salesChannelOrderNumber", line.order_number},
               {"idempotencyKey", text_at(line.element, "idempotencyKey")},
               {"lines", json::array()}};
    }
    json fields = line.fields;
    fields["kind"] = line.short_ship ? "short_ship" : "ship_confirmation";
    entry["lines"].push_back(std::move(fields));
  }
  for (auto& [number, entry] : logged) {
    bool all_short = true;
    for (const json& line : entry["lines"]) {
      all_short = all_short && line["kind"] == "short_ship";
    }
    received_.record({all_short ? "cancellation" : "shipment", number, request.method,
                      request.path, entry, {{"accepted", entry["lines"].size()}}});
  }
  return xml_reply(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><supplierShipmentResponse "
                        "xmlns=\"api.supplieroasis.com\"><accepted>" +
                            std::to_string(lines.size()) + "</accepted></supplierShipmentResponse>");
}

}  // namespace orderhub::sandbox::overstock
