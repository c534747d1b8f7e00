// The Overstock emulator's SYNTHETIC refund and backorder routes: POST /returns, POST /inventory.
#include "channels/overstock/overstock_emulator.h"

#include "channels/overstock/overstock_request_xml.h"
#include "channels/overstock/overstock_xml.h"
#include "core/decimal_text.h"

#include <regex>

namespace orderhub::sandbox::overstock {

using nlohmann::json;

Reply OverstockEmulator::post_returns(const httplib::Request& request) {
  if (auto denied = check_overstock_credentials(request)) {
    return *denied;
  }
  pugi::xml_document document;
  if (auto invalid = parse_xml(request, "returnMessage", document)) {
    return *invalid;
  }
  const auto returns = children_named(document.document_element(), "return");
  if (returns.empty()) {
    return xml_error(400, "the message has no return");
  }
  std::vector<std::pair<std::string, json>> accepted;
  for (const pugi::xml_node& element : returns) {
    const std::string number = text_at(element, "salesChannelOrderNumber");
    json* order = find_order(number);
    if (order == nullptr) {
      return xml_error(404, "sales order \"" + number + "\" not found");
    }
    const auto amount = parse_minor_units(text_at(element, "amount"));
    const auto shipping = parse_minor_units(text_at(element, "shippingAmount"));
    if (!amount || *amount <= 0 || !shipping || *shipping < 0) {
      return xml_error(400, "amount \"" + text_at(element, "amount") + "\" and shippingAmount \"" +
                                text_at(element, "shippingAmount") +
                                "\" must be decimal amounts, amount above 0");
    }
    json fields = {{"salesChannelName", text_at(element, "salesChannelName")},
                   {"salesChannelOrderNumber", number},
                   {"idempotencyKey", text_at(element, "idempotencyKey")},
                   {"reason", text_at(element, "reason")},
                   {"notes", text_at(element, "notes")},
                   {"fullRefund", text_at(element, "fullRefund") == "true"},
                   {"amount_cents", *amount},
                   {"shippingAmount_cents", *shipping},
                   {"lines", json::array()}};
    for (const pugi::xml_node& returned : children_named(element, "returnLine")) {
      const std::string line_id = text_at(returned, "salesChannelLineNumber");
      const json* line = find_line(*order, line_id);
      const auto quantity = whole_number(text_at(returned, "quantity"));
      const auto line_amount = parse_minor_units(text_at(returned, "amount"));
      if (line == nullptr || !quantity || *quantity > line->value("quantity", std::int64_t{0}) ||
          !line_amount || *line_amount < 0) {
        return xml_error(400, "returnLine " + line_id + " of order " + number +
                                  " names an unknown line, a bad quantity or a bad amount");
      }
      fields["lines"].push_back({{"salesChannelLineNumber", line_id},
                                 {"quantity", *quantity},
                                 {"amount_cents", *line_amount}});
    }
    accepted.emplace_back(node_xml(element), std::move(fields));
  }
  for (auto& [element, fields] : accepted) {
    const std::string number = fields["salesChannelOrderNumber"];
    returns_[number].push_back(element);
    received_.record({"return", number, request.method, request.path, fields,
                      {{"return", returns_[number].size()}}});
  }
  return xml_reply(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><returnResponse "
                        "xmlns=\"api.supplieroasis.com\"><accepted>" +
                            std::to_string(accepted.size()) + "</accepted></returnResponse>");
}

Reply OverstockEmulator::post_inventory(const httplib::Request& request) {
  if (auto denied = check_overstock_credentials(request)) {
    return *denied;
  }
  pugi::xml_document document;
  if (auto invalid = parse_xml(request, "inventoryMessage", document)) {
    return *invalid;
  }
  static const std::regex date_pattern(R"(\d{4}-\d{2}-\d{2})");
  std::vector<json> rows;
  for (const pugi::xml_node& row : children_named(document.document_element(), "inventory")) {
    const std::string sku = text_at(row, "partnerSKU");
    const auto quantity = whole_number(text_at(row, "quantity"));
    const auto on_order = whole_number(text_at(row, "quantityOnOrder"));
    const std::string date = text_at(row, "expectedDeliveryDate");
    if (sku.empty() || !quantity || !on_order ||
        (!date.empty() && !std::regex_match(date, date_pattern))) {
      return xml_error(400, "inventory row \"" + sku +
                                "\" needs partnerSKU, whole quantity and quantityOnOrder, and an "
                                "expectedDeliveryDate as YYYY-MM-DD when given");
    }
    rows.push_back({{"partnerSKU", sku},
                    {"warehouse", text_at(row, "warehouse/code")},
                    {"quantity", *quantity},
                    {"quantityOnOrder", *on_order},
                    {"expectedDeliveryDate", date.empty() ? json(nullptr) : json(date)}});
  }
  if (rows.empty()) {
    return xml_error(400, "the message has no inventory row");
  }
  for (const json& row : rows) {
    inventory_[row["partnerSKU"].get<std::string>()] = row;
    received_.record({"inventory", "", request.method, request.path, row, nullptr});
  }
  return xml_reply(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><inventoryResponse "
                        "xmlns=\"api.supplieroasis.com\"><accepted>" +
                            std::to_string(rows.size()) + "</accepted></inventoryResponse>");
}

}  // namespace orderhub::sandbox::overstock
