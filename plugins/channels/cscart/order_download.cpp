// Paging through CS-Cart's order list and mapping each order on the page.
#include "order_download.h"

#include <orderhub/sdk/error.h>

#include "exact_json.h"
#include "order_mapping.h"
#include "unix_time.h"
#include "wire_fields.h"

namespace orderhub::cscart {
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

// A whole number from CS-Cart's params ("64" or 64); nullopt when absent or malformed.
std::optional<std::int64_t> param_number(const json& params, const char* key) {
  const json* value = member(params, key);
  if (value == nullptr) {
    return std::nullopt;
  }
  const auto text = scalar_text(*value);
  return text ? parse_digits(*text) : std::nullopt;
}

Rejection row_rejection(const json& row, std::string field, std::string message) {
  Rejection rejection{std::nullopt, std::move(field), std::move(message), dump_json(row)};
  if (const json* order_id = member(row, "order_id")) {
    if (auto id_text = scalar_text(*order_id); id_text && !id_text->empty()) {
      rejection.channel_order_id = std::move(*id_text);
    }
  }
  return rejection;
}

}  // namespace

PageRequest read_download_request(std::string_view document) {
  const json parsed = json::parse(document, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    refuse("the request is not a JSON object");
  }
  PageRequest request;
  request.updated_from = milliseconds_at(parsed, "since") / 1000;
  request.updated_to = (milliseconds_at(parsed, "until") + 999) / 1000;

  const auto page_size = parsed.find("page_size");
  if (page_size == parsed.end() || !page_size->is_number_integer() ||
      page_size->get<std::int64_t>() < 1) {
    refuse("page_size must be a whole number of at least 1");
  }
  request.items_per_page = page_size->get<std::int64_t>();

  const auto token = parsed.find("page_token");
  if (token != parsed.end() && !token->is_null()) {
    const std::string text = token->is_string() ? token->get<std::string>() : token->dump();
    const std::size_t colon = text.find(':');
    // -1 stands for "not a number", so no optional is copied (GCC 12 misjudges those at -O2).
    const std::int64_t page =
        token->is_string() ? parse_digits(text.substr(0, colon)).value_or(-1) : -1;
    const std::int64_t total =
        colon == std::string::npos ? 0 : parse_digits(text.substr(colon + 1)).value_or(-1);
    if (page < 1 || total < 0) {
      refuse("page_token \"" + text + "\" is not a CS-Cart page number (\"2\" or \"2:140\")");
    }
    request.page = page;
    if (colon != std::string::npos) {
      request.total_seen = total;
    }
  }
  return request;
}

std::string list_path(const PageRequest& request) {
  return "/api/orders?page=" + std::to_string(request.page) +
         "&items_per_page=" + std::to_string(request.items_per_page) +
         "&sort_by=date&sort_order=asc&updated_at_from=" + std::to_string(request.updated_from) +
         "&updated_at_to=" + std::to_string(request.updated_to);
}

std::optional<std::string> next_page_token(const json& list_reply, const PageRequest& request) {
  const json* orders = member(list_reply, "orders");
  const bool rows = orders != nullptr && orders->is_array() && !orders->empty();
  const json* params = member(list_reply, "params");
  const json no_params = json::object();
  const json& known = params != nullptr ? *params : no_params;
  const std::int64_t page = param_number(known, "page").value_or(request.page);
  const std::int64_t per_page =
      param_number(known, "items_per_page").value_or(request.items_per_page);
  const auto total_items = param_number(known, "total_items");
  if (!total_items) {
    if (!rows || static_cast<std::int64_t>(orders->size()) < per_page) {
      return std::nullopt;
    }
    return std::to_string(page + 1);
  }
  // Orders that left the list before this page was read moved the unread ones up by as many
  // places, some of them onto pages already read: the next page starts early enough to cover them.
  const std::int64_t left = request.total_seen && *request.total_seen > *total_items
                                ? *request.total_seen - *total_items
                                : 0;
  const std::int64_t next_start = left > 0 ? (page - 1) * per_page - left : page * per_page;
  if ((!rows && left == 0) || next_start >= *total_items) {
    return std::nullopt;
  }
  const std::int64_t next_page = next_start <= 0 ? 1 : next_start / per_page + 1;
  return std::to_string(next_page) + ":" + std::to_string(*total_items);
}

std::string download_orders_page(const CscartClient& client, const sdk::Logger& log,
                                 const Currency& currency, const PageRequest& request) {
  const JsonReply list = client.get(list_path(request));
  const json* rows = member(list.body, "orders");
  if (rows == nullptr || !rows->is_array()) {
    // PHP encodes an empty list as [] but a store without orders may send {} or nothing.
    if (rows == nullptr || !(rows->is_object() && rows->empty())) {
      throw Error(Status::FAILED_PRECONDITION,
                  "GET /api/orders answered without an \"orders\" list; is base_url the "
                  "address of a CS-Cart store?");
    }
  }

  json orders = json::array();
  json rejected = json::array();
  const json no_rows = json::array();
  for (const json& row : rows->is_array() ? *rows : no_rows) {
    const json* id_value = member(row, "order_id");
    const std::optional<std::string> id_text = id_value ? scalar_text(*id_value) : std::nullopt;
    if (!id_text || id_text->empty()) {
      rejected.push_back(
          row_rejection(row, "order_id", "the order list entry has no order_id").to_json());
      continue;
    }
    if (!parse_digits(*id_text)) {
      rejected.push_back(
          row_rejection(row, "order_id", "order_id \"" + *id_text + "\" is not a CS-Cart order id")
              .to_json());
      continue;
    }
    const json* status = member(row, "status");
    if (status != nullptr && status->is_string() && status->get<std::string>() == "N") {
      log.debug("cscart: skipping incomplete order " + *id_text);
      continue;
    }

    const auto detail = client.get_unless_not_found("/api/orders/" + *id_text);
    if (!detail) {
      log.warn("cscart: order " + *id_text + " was listed but is gone (HTTP 404); skipped");
      continue;
    }
    OrderMapping mapping = map_order(detail->body, detail->text, currency);
    switch (mapping.outcome) {
      case MappingOutcome::mapped:
        orders.push_back(std::move(mapping.order));
        break;
      case MappingOutcome::skipped:
        log.debug("cscart: " + mapping.skip_reason);
        break;
      case MappingOutcome::rejected:
        log.warn("cscart: order " + mapping.rejection.channel_order_id.value_or(*id_text) +
                 " rejected at " + mapping.rejection.field + ": " + mapping.rejection.message);
        rejected.push_back(mapping.rejection.to_json());
        break;
    }
  }

  const auto next = next_page_token(list.body, request);
  json batch = {{"schema", "orderhub.order_batch/1"},
                {"orders", std::move(orders)},
                {"rejected", std::move(rejected)},
                {"next_page_token", next ? json(*next) : json(nullptr)}};
  return dump_json(batch);
}

}  // namespace orderhub::cscart
