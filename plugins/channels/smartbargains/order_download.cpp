// Paging through Smart Bargains' purchase order list.
#include "order_download.h"

#include <orderhub/sdk/error.h>

#include "exact_json.h"
#include "order_mapping.h"
#include "unix_time.h"
#include "wire_fields.h"

namespace orderhub::smartbargains {
namespace {

using nlohmann::json;
using sdk::Error;
using sdk::Status;

[[noreturn]] void refuse(const std::string& message) {
  throw Error(Status::INVALID_ARGUMENT, message);
}

std::string time_at(const json& document, const char* key, std::int64_t& milliseconds) {
  const auto found = document.find(key);
  if (found == document.end() || !found->is_string()) {
    refuse(std::string(key) + " is missing or not a string");
  }
  const auto parsed = unix_milliseconds_from_rfc3339(found->get<std::string>());
  if (!parsed) {
    refuse(std::string(key) + " \"" + found->get<std::string>() +
           "\" is not a UTC time such as 2026-11-23T16:00:00Z");
  }
  milliseconds = *parsed;
  return found->get<std::string>();
}

}  // namespace

PageRequest read_download_request(std::string_view document) {
  const json parsed = json::parse(document, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    refuse("the request is not a JSON object");
  }
  PageRequest request;
  std::int64_t since_ms = 0;
  request.since = time_at(parsed, "since", since_ms);
  time_at(parsed, "until", request.until_ms);

  const auto page_size = parsed.find("page_size");
  if (page_size == parsed.end() || !page_size->is_number_integer() ||
      page_size->get<std::int64_t>() < 1) {
    refuse("page_size must be a whole number of at least 1");
  }
  request.page_size = page_size->get<std::int64_t>();

  const auto token = parsed.find("page_token");
  if (token != parsed.end() && !token->is_null()) {
    if (!token->is_string() || token->get<std::string>().empty()) {
      refuse("page_token must be a non-empty string, got " + token->dump());
    }
    request.page_token = token->get<std::string>();
  }
  return request;
}

std::string list_path(const PageRequest& request) {
  std::string path = "/v1/orders?updated_since=" + path_segment(request.since) +
                     "&limit=" + std::to_string(request.page_size);
  if (request.page_token) {
    path += "&page_token=" + path_segment(*request.page_token);
  }
  return path;
}

std::string download_orders_page(const SmartBargainsClient& client, const sdk::Logger& log,
                                 const Currency& default_currency, const PageRequest& request) {
  const JsonReply list = client.get(list_path(request));
  const json* rows = member(list.body, "orders");
  if (rows == nullptr || !rows->is_array()) {
    throw Error(Status::FAILED_PRECONDITION,
                "GET /v1/orders answered without an \"orders\" list; is base_url the address of "
                "the Smart Bargains supplier API?");
  }
  std::optional<std::string> next;
  if (const json* token = member(list.body, "next_page_token")) {
    if (!token->is_string()) {
      throw Error(Status::FAILED_PRECONDITION,
                  "GET /v1/orders answered a next_page_token that is not a string: " +
                      dump_json(*token));
    }
    if (!token->get<std::string>().empty()) {
      next = token->get<std::string>();
    }
  }

  // Each order's payload as Smart Bargains sent it, for audit; re-serialised only if the page
  // cannot be split (it was parsed, so that does not happen in practice).
  auto verbatim = top_level_array_items(list.text, "orders");
  if (verbatim && verbatim->size() != rows->size()) {
    verbatim.reset();
  }

  json orders = json::array();
  json rejected = json::array();
  for (std::size_t index = 0; index < rows->size(); ++index) {
    const json& row = (*rows)[index];
    std::string raw = verbatim ? std::string((*verbatim)[index]) : dump_json(row);
    OrderMapping mapping = map_order(row, std::move(raw), default_currency);
    if (!mapping.mapped) {
      log.warn("smartbargains: order " + mapping.rejection.channel_order_id.value_or("?") +
               " rejected at " + mapping.rejection.field + ": " + mapping.rejection.message);
      rejected.push_back(mapping.rejection.to_json());
      continue;
    }
    const auto updated =
        unix_milliseconds_from_rfc3339(mapping.order["updated_at"].get<std::string>());
    if (updated && *updated >= request.until_ms) {
      continue;  // changed after this window: the next window has it
    }
    orders.push_back(std::move(mapping.order));
  }

  json batch = {{"schema", "orderhub.order_batch/1"},
                {"orders", std::move(orders)},
                {"rejected", std::move(rejected)},
                {"next_page_token", next ? json(*next) : json(nullptr)}};
  return dump_json(batch);
}

}  // namespace orderhub::smartbargains
