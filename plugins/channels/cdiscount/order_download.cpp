// Walking GetOrderList's modification windows and mapping every order in one.
#include "order_download.h"

#include <orderhub/sdk/error.h>

#include <nlohmann/json.hpp>

#include "order_mapping.h"
#include "order_state.h"
#include "soap_xml.h"
#include "wire_values.h"

namespace orderhub::cdiscount {
namespace {

using nlohmann::json;
using sdk::Error;
using sdk::Status;

[[noreturn]] void refuse(const std::string& message) {
  throw Error(Status::INVALID_ARGUMENT, message);
}

std::int64_t milliseconds_at(const json& document, const char* key) {
  const auto found = document.find(key);
  if (found == document.end() || !found->is_string()) {
    refuse(std::string(key) + " is missing or not a string");
  }
  const auto milliseconds = unix_milliseconds_from_rfc3339(found->get<std::string>());
  if (!milliseconds) {
    refuse(std::string(key) + " \"" + found->get<std::string>() +
           "\" is not a UTC time such as 2026-11-23T16:00:00Z");
  }
  return *milliseconds;
}

}  // namespace

WindowRequest read_download_request(std::string_view document) {
  const json parsed = json::parse(document, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    refuse("the request is not a JSON object");
  }
  WindowRequest request;
  request.start = milliseconds_at(parsed, "since") / 1000;
  request.until = (milliseconds_at(parsed, "until") + 999) / 1000;
  const auto page_size = parsed.find("page_size");
  if (page_size == parsed.end() || !page_size->is_number_integer() ||
      page_size->get<std::int64_t>() < 1) {
    refuse("page_size must be a whole number of at least 1");
  }
  request.page_size = page_size->get<std::int64_t>();
  const auto token = parsed.find("page_token");
  if (token != parsed.end() && !token->is_null()) {
    const auto start = token->is_string()
                           ? unix_milliseconds_from_rfc3339(token->get<std::string>())
                           : std::nullopt;
    if (!start) {
      refuse("page_token " + token->dump() + " is not a window start such as 2026-11-23T16:00:00Z");
    }
    request.start = *start / 1000;
  }
  if (const auto options = parsed.find("options");
      options != parsed.end() && options->is_object()) {
    const auto allow = options->find("allow_unpaid");
    request.allow_unpaid = allow != options->end() && allow->is_boolean() && allow->get<bool>();
  }
  return request;
}

std::string order_filter_xml(std::int64_t begin, std::int64_t end,
                             const std::vector<std::string_view>& states) {
  std::string filter = "<orderFilter><BeginModificationDate>" + wire_from_unix_seconds(begin) +
                       "</BeginModificationDate><EndModificationDate>" +
                       wire_from_unix_seconds(end) +
                       "</EndModificationDate><FetchOrderLines>true</FetchOrderLines><States>";
  for (const std::string_view state : states) {
    filter += "<OrderStateEnum>" + std::string(state) + "</OrderStateEnum>";
  }
  return filter + "</States></orderFilter>";
}

std::string order_reference_filter_xml(const std::vector<std::string>& order_numbers) {
  std::string filter =
      "<orderFilter><FetchOrderLines>true</FetchOrderLines><OrderReferenceList "
      "xmlns:b=\"http://schemas.microsoft.com/2003/10/Serialization/Arrays\">";
  for (const std::string& number : order_numbers) {
    filter += "<b:string>" + xml_escape(number) + "</b:string>";
  }
  return filter + "</OrderReferenceList></orderFilter>";
}

std::vector<pugi::xml_node> orders_of(const pugi::xml_node& result) {
  std::vector<pugi::xml_node> orders;
  for (const pugi::xml_node& order : child_named(result, "OrderList").children()) {
    if (order.type() == pugi::node_element && local_name(order) == "Order") {
      orders.push_back(order);
    }
  }
  return orders;
}

std::string download_orders_page(const CdiscountClient& client, const sdk::Logger& log,
                                 const std::string& currency, const WindowRequest& request) {
  const auto states = states_to_download(request.allow_unpaid);
  const std::int64_t start = request.start;
  std::int64_t end = std::max(request.until, start);
  SoapReply reply = client.call("GetOrderList", order_filter_xml(start, end, states));
  while (static_cast<std::int64_t>(orders_of(reply.result).size()) > request.page_size &&
         end - start > 1) {
    end = start + (end - start) / 2;
    reply = client.call("GetOrderList", order_filter_xml(start, end, states));
  }

  json orders = json::array();
  json rejected = json::array();
  for (const pugi::xml_node& node : orders_of(reply.result)) {
    OrderMapping mapping = map_order(node, currency);
    if (mapping.order) {
      orders.push_back(std::move(*mapping.order));
    } else {
      log.warn("cdiscount: order " + mapping.rejection.channel_order_id.value_or("?") +
               " rejected at " + mapping.rejection.field + ": " + mapping.rejection.message);
      rejected.push_back(mapping.rejection.to_json());
    }
  }
  const json next =
      end < request.until ? json(rfc3339_from_unix_milliseconds(end * 1000)) : json(nullptr);
  return json{{"schema", "orderhub.order_batch/1"},
              {"orders", std::move(orders)},
              {"rejected", std::move(rejected)},
              {"next_page_token", next}}
      .dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace orderhub::cdiscount
