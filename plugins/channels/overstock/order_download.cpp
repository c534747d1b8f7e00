// Walking Supplier Oasis's time windows and mapping each order in a window.
#include "order_download.h"

#include <orderhub/sdk/error.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "iso_time.h"
#include "order_mapping.h"
#include "xml_nodes.h"

namespace orderhub::overstock {
namespace {

using nlohmann::json;
using sdk::Error;
using sdk::Status;

constexpr std::int64_t milliseconds_per_day = 86400000;

[[noreturn]] void refuse(const std::string& message) {
  throw Error(Status::INVALID_ARGUMENT, message);
}

std::int64_t milliseconds_at(const json& document, const char* key) {
  const auto found = document.find(key);
  if (found == document.end() || !found->is_string()) {
    refuse(std::string(key) + " is missing or not a string");
  }
  const auto milliseconds = unix_milliseconds_from_iso(found->get<std::string>());
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
  request.start_ms = milliseconds_at(parsed, "since");
  request.until_ms = milliseconds_at(parsed, "until");

  const auto token = parsed.find("page_token");
  if (token != parsed.end() && !token->is_null()) {
    const std::string text = token->is_string() ? token->get<std::string>() : token->dump();
    const std::size_t slash = text.find('/');
    const auto start = token->is_string() && slash != std::string::npos
                           ? unix_milliseconds_from_iso(text.substr(0, slash))
                           : std::nullopt;
    const auto days = start ? parse_whole_number(text.substr(slash + 1)) : std::nullopt;
    if (!days || *days < 1 || *days > longest_window_days) {
      refuse("page_token \"" + text +
             "\" is not an Overstock window such as 2026-11-20T00:00:00Z/1");
    }
    request.start_ms = *start;
    request.days = *days;
  }
  return request;
}

std::int64_t window_end(const WindowRequest& request) {
  return std::min(request.start_ms + request.days * milliseconds_per_day, request.until_ms);
}

std::string list_path(const WindowRequest& request) {
  return "/salesorders?startTime=" + iso_from_unix_milliseconds(request.start_ms) +
         "&endTime=" + iso_from_unix_milliseconds(window_end(request));
}

std::vector<pugi::xml_node> sales_orders_in(const pugi::xml_document& reply) {
  const pugi::xml_node root = reply.document_element();
  if (local_name(root) == "processedSalesOrder") {
    return {root};
  }
  std::vector<pugi::xml_node> orders = children_named(root, "processedSalesOrder");
  for (const pugi::xml_node& listed : children_named(root, "list")) {
    orders.push_back(listed);
  }
  return orders;
}

json order_batch(const pugi::xml_document& reply, const WindowRequest& request,
                 const Currency& currency) {
  json orders = json::array();
  json rejected = json::array();
  for (const pugi::xml_node& sales_order : sales_orders_in(reply)) {
    OrderMapping mapping = map_order(sales_order, currency);
    if (mapping.order) {
      orders.push_back(std::move(*mapping.order));
    } else {
      rejected.push_back(mapping.rejection.to_json());
    }
  }

  const std::int64_t end = window_end(request);
  json next = nullptr;
  if (end < request.until_ms) {
    const bool empty = orders.empty() && rejected.empty();
    const std::int64_t days = empty ? std::min(request.days * 2, longest_window_days) : 1;
    next = iso_from_unix_milliseconds(end) + "/" + std::to_string(days);
  }
  // Whole-second window edges: the host's times have no milliseconds to lose.
  return {{"schema", "orderhub.order_batch/1"},
          {"orders", std::move(orders)},
          {"rejected", std::move(rejected)},
          {"next_page_token", std::move(next)}};
}

std::string download_orders_page(const OverstockClient& client, const sdk::Logger& log,
                                 const Currency& currency, const WindowRequest& request) {
  if (request.start_ms >= request.until_ms) {
    return json{{"schema", "orderhub.order_batch/1"},
                {"orders", json::array()},
                {"rejected", json::array()},
                {"next_page_token", nullptr}}
        .dump();
  }
  const XmlReply reply = client.get(list_path(request));
  const json batch = order_batch(*reply.document, request, currency);
  for (const json& rejection : batch["rejected"]) {
    log.warn("overstock: order " +
             (rejection["channel_order_id"].is_string()
                  ? rejection["channel_order_id"].get<std::string>()
                  : std::string("(no number)")) +
             " rejected at " + rejection["field"].get<std::string>() + ": " +
             rejection["message"].get<std::string>());
  }
  return batch.dump();
}

}  // namespace orderhub::overstock
