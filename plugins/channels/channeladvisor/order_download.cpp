// Paging through ChannelAdvisor's order collection and mapping each order on the page.
#include "order_download.h"

#include <orderhub/sdk/error.h>

#include <nlohmann/json.hpp>

#include "exact_json.h"
#include "order_mapping.h"
#include "utc_time.h"

namespace orderhub::channeladvisor {
namespace {

using nlohmann::json;
using sdk::Error;
using sdk::Status;

[[noreturn]] void refuse(const std::string& message) {
  throw Error(Status::INVALID_ARGUMENT, message);
}

std::int64_t milliseconds_at(const json& document, const char* key) {
  const json* value = member(document, key);
  const auto milliseconds = value != nullptr && value->is_string()
                                ? unix_milliseconds_from_utc(value->get<std::string>())
                                : std::nullopt;
  if (!milliseconds) {
    refuse(std::string(key) + " is missing or not a UTC time such as 2026-11-23T16:00:00Z");
  }
  return *milliseconds;
}

// Percent-encoding of the characters an OData query carries that a URL cannot: spaces, quotes.
std::string query_encode(std::string_view text) {
  std::string encoded;
  for (const char letter : text) {
    if (letter == ' ') {
      encoded += "%20";
    } else if (letter == '\'') {
      encoded += "%27";
    } else if (letter == ':') {
      encoded += "%3A";
    } else {
      encoded += letter;
    }
  }
  return encoded;
}

}  // namespace

PageRequest read_download_request(std::string_view document) {
  const json parsed = json::parse(document, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    refuse("the request is not a JSON object");
  }
  PageRequest request;
  request.since_ms = milliseconds_at(parsed, "since");
  request.until_ms = milliseconds_at(parsed, "until");
  const json* page_size = member(parsed, "page_size");
  if (page_size == nullptr || !page_size->is_number_integer() ||
      page_size->get<std::int64_t>() < 1) {
    refuse("page_size must be a whole number of at least 1");
  }
  request.page_size = std::min(page_size->get<std::int64_t>(), largest_page);
  if (const json* token = member(parsed, "page_token")) {
    if (!token->is_string() || token->get<std::string>().empty()) {
      refuse("page_token must be the @odata.nextLink of the previous page");
    }
    request.next_link = token->get<std::string>();
  }
  return request;
}

std::string first_page_path(const PageRequest& request) {
  const std::string filter = "UpdatedDateUtc ge " + utc_text(request.since_ms) +
                             " and UpdatedDateUtc lt " + utc_text(request.until_ms);
  return "/v1/Orders?exported=false&$expand=Items,Fulfillments&$filter=" + query_encode(filter) +
         "&$top=" + std::to_string(request.page_size);
}

std::string download_orders_page(ChannelAdvisorClient& client, const sdk::Logger& log,
                                 const Currency& fallback_currency, const PageRequest& request) {
  const JsonReply page = client.get(request.next_link ? *request.next_link : first_page_path(request));
  const json* rows = member(page.body, "value");
  if (rows == nullptr || !rows->is_array()) {
    throw Error(Status::FAILED_PRECONDITION,
                "GET /v1/Orders answered without a \"value\" list; is base_url the address of "
                "the ChannelAdvisor REST API?");
  }
  json orders = json::array();
  json rejected = json::array();
  for (const json& row : *rows) {
    OrderMapping mapping = map_order(row, fallback_currency);
    if (mapping.mapped) {
      orders.push_back(std::move(mapping.order));
    } else {
      log.warn("channeladvisor: " + mapping.rejection.message + " (field " +
               mapping.rejection.field + "); quarantined");
      rejected.push_back(mapping.rejection.to_json());
    }
  }
  json next = nullptr;
  if (const json* link = member(page.body, "@odata.nextLink")) {
    if (!link->is_string() || link->get<std::string>().empty()) {
      throw Error(Status::FAILED_PRECONDITION, "@odata.nextLink is not a link: " + link->dump());
    }
    next = *link;
  }
  json batch = {{"schema", "orderhub.order_batch/1"},
                {"orders", std::move(orders)},
                {"rejected", std::move(rejected)},
                {"next_page_token", std::move(next)}};
  return dump_json(batch);
}

}  // namespace orderhub::channeladvisor
