// "orders.download": one orderhub.download_request/1 -> one orderhub.order_batch/1 page.
//
// GET /api/orders?page=N&items_per_page=M&sort_by=date&sort_order=asc&updated_at_from=S&
// updated_at_to=U lists order summaries modified in [since, until); each is then fetched whole
// with GET /api/orders/<id> and mapped. The page token is the CS-Cart page number and the list's
// total_items when that page was chosen ("2:140"; a bare "2" is read too).
//
// The list is sorted by creation date but filtered by modification time, so an order modified
// while the pages are read (our own shipment upload does that) leaves the window, and every later
// order moves up one place: paging on by number alone would skip one. When total_items shrinks
// between two pages, the next page is chosen to start that many places earlier; the orders read
// twice are imported once (downloads are idempotent).
#ifndef ORDERHUB_PLUGINS_CSCART_ORDER_DOWNLOAD_H
#define ORDERHUB_PLUGINS_CSCART_ORDER_DOWNLOAD_H

#include <orderhub/sdk/log.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cscart_client.h"
#include "currency.h"

namespace orderhub::cscart {

struct PageRequest {
  std::int64_t updated_from = 0;  // unix seconds, inclusive: since rounded down
  std::int64_t updated_to = 0;    // unix seconds, exclusive: until rounded up
  std::int64_t page = 1;          // CS-Cart's page number, from 1
  std::int64_t items_per_page = 10;
  std::optional<std::int64_t> total_seen{};  // total_items when this page was chosen
};

// Reads an orderhub.download_request/1. Throws sdk::Error(INVALID_ARGUMENT) naming the field.
PageRequest read_download_request(std::string_view document);

// "/api/orders?page=2&items_per_page=50&sort_by=date&sort_order=asc&updated_at_from=..&..."
std::string list_path(const PageRequest& request);

// The page token of the page after this one, or nullopt after the last page: there is a next page
// while the next page starts before total_items (CS-Cart's params, numbers as strings or numbers;
// the request's values where the reply leaves them out). The next page starts at page *
// items_per_page, or earlier by as many orders as left the list since the request's total_seen.
std::optional<std::string> next_page_token(const nlohmann::json& list_reply,
                                           const PageRequest& request);

// Lists one page, fetches and maps every order on it, and returns the orderhub.order_batch/1.
// Orders that cannot be mapped go to "rejected"; incomplete (N) and vanished (404) orders are
// logged and left out. Errors of CS-Cart itself (401, 429, 5xx) throw sdk::Error and fail the page.
std::string download_orders_page(const CscartClient& client, const sdk::Logger& log,
                                 const Currency& currency, const PageRequest& request);

}  // namespace orderhub::cscart

#endif  // ORDERHUB_PLUGINS_CSCART_ORDER_DOWNLOAD_H
