// The Cdiscount wire routes: the token service and the SOAP 1.1 Marketplace API.
#include "channels/cdiscount/cdiscount_emulator.h"

#include "channels/cdiscount/cdiscount_orders.h"
#include "core/basic_auth.h"
#include "core/unix_time.h"

#include <pugixml.hpp>

#include <algorithm>

namespace orderhub::sandbox::cdiscount {
namespace {

using nlohmann::json;

constexpr std::string_view action_prefix = "http://www.cdiscount.com/IMarketplaceAPIService/";
constexpr const char* envelope_start =
    "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>";
constexpr const char* envelope_end = "</s:Body></s:Envelope>";

std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view name) {
  for (const pugi::xml_node& child : parent.children()) {
    if (child.type() == pugi::node_element && local_name(child) == name) {
      return child;
    }
  }
  return {};
}

std::vector<pugi::xml_node> element_children(const pugi::xml_node& parent) {
  std::vector<pugi::xml_node> children;
  for (const pugi::xml_node& child : parent.children()) {
    if (child.type() == pugi::node_element) {
      children.push_back(child);
    }
  }
  return children;
}

std::string text_of(const pugi::xml_node& parent, std::string_view name) {
  return child_named(parent, name).text().get();
}

Reply soap_reply(int status, const std::string& content) {
  return Reply{status, envelope_start + content + envelope_end, "text/xml; charset=utf-8", {}};
}

Reply soap_fault(int status, std::string_view code, const std::string& message) {
  std::string escaped;
  for (const char letter : message) {
    escaped += letter == '<'   ? std::string("&lt;")
               : letter == '&' ? std::string("&amp;")
                               : std::string(1, letter);
  }
  return soap_reply(status, "<s:Fault><faultcode>s:" + std::string(code) +
                                "</faultcode><faultstring xml:lang=\"en-US\">" + escaped +
                                "</faultstring></s:Fault>");
}

std::string result_header() {
  return "<ErrorMessage xmlns=\"http://schemas.datacontract.org/2004/07/"
         "Cdiscount.Framework.Core.Communication.Messages\"/><OperationSuccess "
         "xmlns=\"http://schemas.datacontract.org/2004/07/"
         "Cdiscount.Framework.Core.Communication.Messages\">true</OperationSuccess><ErrorList/>"
         "<SellerLogin>" +
         std::string(sandbox_login) + "</SellerLogin>";
}

// The operation a request's SOAPAction names ("" when the header is missing or foreign).
std::string action_operation(const httplib::Request& request) {
  std::string action = request.get_header_value("SOAPAction");
  if (action.size() >= 2 && action.front() == '"' && action.back() == '"') {
    action = action.substr(1, action.size() - 2);
  }
  if (action.rfind(action_prefix, 0) != 0) {
    return "";
  }
  return action.substr(action_prefix.size());
}

}  // namespace

void CdiscountEmulator::register_routes(ChannelRouter& router) {
  router.add({HttpMethod::Get,
              R"(/users/httpIssue\.svc/?)",
              "/users/httpIssue.svc",
              [this](const httplib::Request& request) { return issue_token(request); },
              {}});
  router.add({HttpMethod::Post, R"(/MarketplaceAPIService\.svc)", "/MarketplaceAPIService.svc",
              [this](const httplib::Request& request) { return soap(request); },
              [](const httplib::Request& request) {
                return action_operation(request) == "ValidateOrderList" ? RequestEffect::Write
                                                                        : RequestEffect::Read;
              }});
}

Reply CdiscountEmulator::issue_token(const httplib::Request& request) {
  const auto credentials = parse_basic_authorization(request.get_header_value("Authorization"));
  if (!credentials || credentials->user != sandbox_login ||
      credentials->password != sandbox_password) {
    Reply denied{401, "Unauthorized", "text/plain", {}};
    denied.headers.emplace_back("WWW-Authenticate", "Basic realm=\"sts.cdiscount.com\"");
    return denied;
  }
  if (!request.has_param("realm") || request.get_param_value("realm").empty()) {
    return Reply{400, "realm is required", "text/plain", {}};
  }
  ++tokens_issued_;
  const std::string token =
      "sandbox-token-" + std::to_string(generation_.seed) + "-" + std::to_string(tokens_issued_);
  tokens_.insert(token);
  return Reply{200,
               "<string xmlns=\"http://schemas.microsoft.com/2003/10/Serialization/\">" + token +
                   "</string>",
               "text/xml; charset=utf-8",
               {}};
}

Reply CdiscountEmulator::soap(const httplib::Request& request) {
  pugi::xml_document document;
  if (!document.load_buffer(request.body.data(), request.body.size())) {
    return soap_fault(500, "Client", "The request body is not well-formed XML");
  }
  const pugi::xml_node envelope = document.document_element();
  const pugi::xml_node body = child_named(envelope, "Body");
  const std::vector<pugi::xml_node> contents = element_children(body);
  if (local_name(envelope) != "Envelope" || contents.size() != 1) {
    return soap_fault(500, "Client", "The request is not a SOAP 1.1 envelope with one operation");
  }
  const pugi::xml_node operation = contents[0];
  const std::string operation_name(local_name(operation));
  if (action_operation(request) != operation_name) {
    return soap_fault(500, "Client",
                      "The SOAPAction header does not name the operation " + operation_name);
  }
  const pugi::xml_node security = child_named(child_named(operation, "headerMessage"), "Security");
  if (tokens_.count(text_of(security, "TokenId")) == 0) {
    return soap_fault(401, "Client", "The token is missing, unknown or expired");
  }

  if (operation_name == "GetOrderList") {
    const pugi::xml_node filter = child_named(operation, "orderFilter");
    json parsed = {{"FetchOrderLines", text_of(filter, "FetchOrderLines") == "true"}};
    for (const char* key : {"BeginModificationDate", "EndModificationDate"}) {
      if (child_named(filter, key)) {
        const auto seconds = unix_seconds_from_wire(text_of(filter, key));
        if (!seconds) {
          return soap_fault(500, "Client", std::string(key) + " is not a date and time");
        }
        parsed[key] = *seconds;
      }
    }
    for (const char* list : {"States", "OrderReferenceList"}) {
      if (child_named(filter, list)) {
        parsed[list] = json::array();
        for (const pugi::xml_node& item : element_children(child_named(filter, list))) {
          parsed[list].push_back(item.text().get());
        }
      }
    }
    return soap_reply(200, get_order_list(parsed));
  }
  if (operation_name == "ValidateOrderList") {
    json orders = json::array();
    const pugi::xml_node list =
        child_named(child_named(operation, "validateOrderListMessage"), "OrderList");
    for (const pugi::xml_node& order : element_children(list)) {
      json parsed = {{"OrderNumber", text_of(order, "OrderNumber")},
                     {"OrderState", text_of(order, "OrderState")},
                     {"CarrierName", text_of(order, "CarrierName")},
                     {"TrackingNumber", text_of(order, "TrackingNumber")},
                     {"TrackingUrl", text_of(order, "TrackingUrl")},
                     {"OrderLineList", json::array()}};
      for (const pugi::xml_node& line : element_children(child_named(order, "OrderLineList"))) {
        parsed["OrderLineList"].push_back(
            {{"SellerProductId", text_of(line, "SellerProductId")},
             {"AcceptationState", text_of(line, "AcceptationState")},
             {"ProductCondition", text_of(line, "ProductCondition")}});
      }
      orders.push_back(std::move(parsed));
    }
    return soap_reply(200, validate_order_list(orders, request.path));
  }
  return soap_fault(500, "Client", "The operation " + operation_name + " is not emulated");
}

std::string CdiscountEmulator::get_order_list(const json& filter) const {
  std::string xml =
      "<GetOrderListResponse xmlns=\"http://www.cdiscount.com\"><GetOrderListResult "
      "xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\">" +
      result_header() + "<OrderList>";
  for (const json& order : orders_) {
    const std::string number = order["OrderNumber"].get<std::string>();
    if (filter.contains("OrderReferenceList")) {
      const json& wanted = filter["OrderReferenceList"];
      if (std::find(wanted.begin(), wanted.end(), json(number)) == wanted.end()) {
        continue;
      }
    }
    if (filter.contains("States") && !filter["States"].empty()) {
      const json& wanted = filter["States"];
      if (std::find(wanted.begin(), wanted.end(), order["OrderState"]) == wanted.end()) {
        continue;
      }
    }
    const std::int64_t modified =
        unix_seconds_from_wire(order["ModifiedDate"].get<std::string>()).value_or(0);
    if (filter.contains("BeginModificationDate") &&
        modified < filter["BeginModificationDate"].get<std::int64_t>()) {
      continue;
    }
    if (filter.contains("EndModificationDate") &&
        modified >= filter["EndModificationDate"].get<std::int64_t>()) {
      continue;
    }
    xml += order_to_xml(order, filter["FetchOrderLines"].get<bool>());
  }
  return xml + "</OrderList></GetOrderListResult></GetOrderListResponse>";
}

std::string CdiscountEmulator::validate_order_list(const json& orders, const std::string& path) {
  std::string results;
  for (const json& wanted : orders) {
    const std::string number = wanted["OrderNumber"].get<std::string>();
    const std::string target = wanted["OrderState"].get<std::string>();
    json* order = find(number);
    std::string error;
    if (order == nullptr) {
      error = "Order " + number + " does not exist";
    } else if (target == "AcceptedBySeller") {
      if ((*order)["OrderState"] != "WaitingForSellerAcceptation") {
        error = "Order " + number + " is " + (*order)["OrderState"].get<std::string>() +
                ": it cannot be accepted";
      }
    } else if (target == "Shipped") {
      if ((*order)["OrderState"] != "WaitingForShipmentAcceptation") {
        error = "Order " + number + " is " + (*order)["OrderState"].get<std::string>() +
                ": it cannot be shipped";
      } else if (wanted["TrackingNumber"].get<std::string>().empty() ||
                 wanted["CarrierName"].get<std::string>().empty()) {
        error = "CarrierName and TrackingNumber are required to ship";
      }
    } else {
      error = "OrderState " + target + " cannot be set by the seller";
    }
    const std::string line_state = target == "Shipped" ? "ShippedBySeller" : "AcceptedBySeller";
    if (error.empty()) {
      if (wanted["OrderLineList"].empty()) {
        error = "OrderLineList is empty";
      }
      for (const json& line : wanted["OrderLineList"]) {
        const auto& order_lines = (*order)["OrderLineList"];
        const bool known = std::any_of(
            order_lines.begin(), order_lines.end(),
            [&](const json& own) { return own["SellerProductId"] == line["SellerProductId"]; });
        if (!known) {
          error = "SellerProductId " + line["SellerProductId"].get<std::string>() +
                  " is not a line of order " + number;
        } else if (line["AcceptationState"] != line_state) {
          error = "AcceptationState must be " + line_state;
        }
      }
    }

    results += "<ValidateOrderResult>";
    if (error.empty()) {
      (*order)["OrderState"] = target;
      (*order)["ModifiedDate"] = wire_time(unix_seconds_now());
      for (json& own : (*order)["OrderLineList"]) {
        own["AcceptationState"] = line_state;
      }
      if (target == "Shipped") {
        (*order)["ParcelList"].push_back({{"ExternalCarrierName", wanted["CarrierName"]},
                                          {"ParcelNumber", wanted["TrackingNumber"]},
                                          {"TrackingUrl", wanted["TrackingUrl"]}});
      }
      received_.record({target == "Shipped" ? "shipment" : "acceptance", number, "POST", path,
                        wanted, json{{"Validated", true}}});
      results += "<Errors/>";
    } else {
      std::string escaped;
      for (const char letter : error) {
        escaped += letter == '<'   ? std::string("&lt;")
                   : letter == '&' ? std::string("&amp;")
                                   : std::string(1, letter);
      }
      results += "<Errors><Error><ErrorType>ValidationError</ErrorType><Message>" + escaped +
                 "</Message></Error></Errors>";
    }
    results += "<OrderNumber>" + number + "</OrderNumber><Validated>" +
               (error.empty() ? "true" : "false") + "</Validated></ValidateOrderResult>";
  }
  // OperationSuccess stays true when single orders fail, as Cdiscount's does.
  return "<ValidateOrderListResponse xmlns=\"http://www.cdiscount.com\"><ValidateOrderListResult "
         "xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\">" +
         result_header() + "<ValidateOrderResults>" + results +
         "</ValidateOrderResults></ValidateOrderListResult></ValidateOrderListResponse>";
}

}  // namespace orderhub::sandbox::cdiscount
