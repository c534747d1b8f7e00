// Accepting and shipping orders with ValidateOrderList, after checking the order's state.
#include "order_validation.h"

#include <orderhub/sdk/error.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "order_download.h"
#include "order_state.h"
#include "soap_xml.h"

namespace orderhub::cdiscount {
namespace {

using nlohmann::json;
using sdk::Error;
using sdk::Status;

json parse_request(std::string_view request, const char* schema) {
  json parsed = json::parse(request, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_object() || parsed.value("schema", "") != schema) {
    throw Error(Status::INVALID_ARGUMENT, std::string("the request is not an ") + schema);
  }
  return parsed;
}

std::string string_at(const json& object, const char* key) {
  const auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

// The lines to validate: every line of the stored order, with what the download kept of it.
std::vector<ValidateLine> lines_of(const json& order, const std::vector<std::string>& only) {
  std::vector<ValidateLine> lines;
  const json channel_lines = order.contains("channel_data") && order["channel_data"].is_object()
                                 ? order["channel_data"].value("lines", json::object())
                                 : json::object();
  for (const json& line : order.value("lines", json::array())) {
    const std::string line_id = string_at(line, "line_id");
    if (!only.empty() && std::find(only.begin(), only.end(), line_id) == only.end()) {
      continue;
    }
    ValidateLine validate;
    const json kept = channel_lines.value(line_id, json::object());
    validate.seller_product_id = string_at(kept, "seller_product_id");
    if (validate.seller_product_id.empty()) {
      validate.seller_product_id = string_at(line, "sku");
    }
    validate.product_condition = string_at(kept, "product_condition");
    if (validate.product_condition.empty()) {
      validate.product_condition = "New";
    }
    lines.push_back(std::move(validate));
  }
  return lines;
}

std::map<std::string, pugi::xml_node> current_orders(const SoapReply& reply) {
  std::map<std::string, pugi::xml_node> found;
  for (const pugi::xml_node& order : orders_of(reply.result)) {
    found[child_text(order, "OrderNumber").value_or("")] = order;
  }
  return found;
}

std::vector<std::string> parcel_numbers(const pugi::xml_node& order) {
  std::vector<std::string> numbers;
  for (const pugi::xml_node& parcel : child_named(order, "ParcelList").children()) {
    if (parcel.type() == pugi::node_element) {
      numbers.push_back(child_text(parcel, "ParcelNumber").value_or(""));
    }
  }
  return numbers;
}

std::string delivery_result(bool already_applied, const std::string& reference,
                            const std::string& message) {
  json result = {{"schema", "orderhub.delivery_result/1"}, {"already_applied", already_applied}};
  if (!reference.empty()) {
    result["channel_reference"] = reference;
  }
  if (!message.empty()) {
    result["message"] = message;
  }
  return result.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string validate_message_xml(const std::vector<ValidateOrder>& orders) {
  std::string xml = "<validateOrderListMessage><OrderList>";
  for (const ValidateOrder& order : orders) {
    xml += "<ValidateOrder>";
    if (!order.carrier_name.empty()) {
      xml += "<CarrierName>" + xml_escape(order.carrier_name) + "</CarrierName>";
    }
    xml += "<OrderLineList>";
    for (const ValidateLine& line : order.lines) {
      xml += "<ValidateOrderLine><AcceptationState>" + order.line_state +
             "</AcceptationState><ProductCondition>" + xml_escape(line.product_condition) +
             "</ProductCondition><SellerProductId>" + xml_escape(line.seller_product_id) +
             "</SellerProductId></ValidateOrderLine>";
    }
    xml += "</OrderLineList><OrderNumber>" + xml_escape(order.order_number) +
           "</OrderNumber><OrderState>" + order.order_state + "</OrderState>";
    if (!order.tracking_number.empty()) {
      xml += "<TrackingNumber>" + xml_escape(order.tracking_number) + "</TrackingNumber>";
      xml += "<TrackingUrl>" + xml_escape(order.tracking_url) + "</TrackingUrl>";
    }
    xml += "</ValidateOrder>";
  }
  return xml + "</OrderList></validateOrderListMessage>";
}

void check_validate_results(const pugi::xml_node& result) {
  for (const pugi::xml_node& order : child_named(result, "ValidateOrderResults").children()) {
    if (order.type() != pugi::node_element ||
        child_text(order, "Validated").value_or("") == "true") {
      continue;
    }
    std::string message;
    bool technical = false;
    for (const pugi::xml_node& error : child_named(order, "Errors").children()) {
      if (error.type() != pugi::node_element) {
        continue;
      }
      const std::string type = child_text(error, "ErrorType").value_or("");
      technical = technical || type == "TechnicalError";
      message +=
          (message.empty() ? "" : "; ") + type + ": " + child_text(error, "Message").value_or("");
    }
    throw Error(technical ? Status::UNAVAILABLE : Status::FAILED_PRECONDITION,
                "Cdiscount did not validate order " +
                    child_text(order, "OrderNumber").value_or("?") + ": " +
                    (message.empty() ? std::string("no reason given") : message));
  }
}

std::string tracking_url_for(std::string_view carrier, std::string_view tracking_number) {
  std::string lower(carrier);
  for (char& letter : lower) {
    letter = static_cast<char>(std::tolower(static_cast<unsigned char>(letter)));
  }
  const std::string number(tracking_number);
  if (lower.find("colissimo") != std::string::npos || lower.find("poste") != std::string::npos) {
    return "https://www.laposte.fr/outils/suivre-vos-envois?code=" + number;
  }
  if (lower.find("chronopost") != std::string::npos) {
    return "https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=" + number;
  }
  if (lower.find("ups") != std::string::npos) {
    return "https://www.ups.com/track?tracknum=" + number;
  }
  if (lower.find("dhl") != std::string::npos) {
    return "https://www.dhl.com/fr-fr/home/tracking.html?tracking-id=" + number;
  }
  return "";
}

std::string acknowledge_orders(const CdiscountClient& client, std::string_view request) {
  const json document = parse_request(request, "orderhub.acknowledgement/1");
  const json orders = document.value("orders", json::array());
  std::vector<std::string> numbers;
  for (const json& order : orders) {
    numbers.push_back(string_at(order, "channel_order_id"));
  }
  if (numbers.empty()) {
    return delivery_result(false, "", "no orders to accept");
  }
  // The reply owns the XML the nodes below point into: it must outlive them.
  const SoapReply lookup = client.call("GetOrderList", order_reference_filter_xml(numbers));
  const auto current = current_orders(lookup);
  std::vector<ValidateOrder> to_accept;
  for (const json& order : orders) {
    const std::string number = string_at(order, "channel_order_id");
    const auto found = current.find(number);
    if (found == current.end()) {
      throw Error(Status::NOT_FOUND, "order " + number + " is not on Cdiscount");
    }
    if (child_text(found->second, "OrderState").value_or("") != "WaitingForSellerAcceptation") {
      continue;  // accepted already, or past acceptance
    }
    ValidateOrder accept;
    accept.order_number = number;
    accept.order_state = "AcceptedBySeller";
    accept.line_state = "AcceptedBySeller";
    accept.lines = lines_of(order, {});
    to_accept.push_back(std::move(accept));
  }
  if (to_accept.empty()) {
    return delivery_result(true, "", "every order is already accepted on Cdiscount");
  }
  const SoapReply reply = client.call("ValidateOrderList", validate_message_xml(to_accept));
  check_validate_results(reply.result);
  return delivery_result(false, "", "accepted " + std::to_string(to_accept.size()) + " order(s)");
}

std::string upload_shipment(const CdiscountClient& client, std::string_view request) {
  const json document = parse_request(request, "orderhub.shipment/1");
  const json& order = document.at("order");
  const json& shipment = document.at("shipment");
  const std::string number = string_at(order, "channel_order_id");
  const std::string tracking = string_at(shipment, "tracking_number");
  std::string carrier = string_at(shipment, "code_to_send");
  if (carrier.empty()) {
    carrier = string_at(shipment, "carrier");
  }

  // The reply owns the XML the nodes below point into: it must outlive them.
  const SoapReply lookup = client.call("GetOrderList", order_reference_filter_xml({number}));
  const auto current = current_orders(lookup);
  const auto found = current.find(number);
  if (found == current.end()) {
    throw Error(Status::NOT_FOUND, "order " + number + " is not on Cdiscount");
  }
  const std::string state = child_text(found->second, "OrderState").value_or("");
  if (state == "Shipped") {
    const auto parcels = parcel_numbers(found->second);
    if (std::find(parcels.begin(), parcels.end(), tracking) != parcels.end()) {
      return delivery_result(true, tracking,
                             "order " + number + " is already shipped with " + tracking);
    }
    throw Error(
        Status::FAILED_PRECONDITION,
        "order " + number + " is already shipped on Cdiscount with another tracking number");
  }
  if (const auto meaning = meaning_of_state(state); meaning && meaning->cancelled) {
    throw Error(Status::FAILED_PRECONDITION,
                "order " + number + " is " + state + " on Cdiscount: it cannot ship");
  }

  std::vector<std::string> line_ids;
  for (const json& line : shipment.value("lines", json::array())) {
    line_ids.push_back(string_at(line, "line_id"));
  }
  ValidateOrder ship;
  ship.order_number = number;
  ship.order_state = "Shipped";
  ship.line_state = "ShippedBySeller";
  ship.lines = lines_of(order, line_ids);
  ship.carrier_name = carrier;
  ship.tracking_number = tracking;
  ship.tracking_url = tracking_url_for(carrier, tracking);
  const SoapReply reply = client.call("ValidateOrderList", validate_message_xml({ship}));
  check_validate_results(reply.result);
  return delivery_result(false, tracking, "");
}

}  // namespace orderhub::cdiscount
