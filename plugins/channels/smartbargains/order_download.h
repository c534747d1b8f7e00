// "orders.download": one orderhub.download_request/1 -> one orderhub.order_batch/1 page.
//
// GET /v1/orders?updated_since=<since>&limit=<page_size>[&page_token=<token>] lists purchase
// orders changed at or after since, oldest change first, whole (no second call per order). The
// page token is Smart Bargains' own opaque next_page_token, passed through unchanged. Orders
// changed at or after until are left out of the page: the next window downloads them.
#ifndef ORDERHUB_PLUGINS_SMARTBARGAINS_ORDER_DOWNLOAD_H
#define ORDERHUB_PLUGINS_SMARTBARGAINS_ORDER_DOWNLOAD_H

#include <orderhub/sdk/log.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "currency.h"
#include "smartbargains_client.h"

namespace orderhub::smartbargains {

struct PageRequest {
  std::string since;               // RFC 3339 UTC, inclusive
  std::int64_t until_ms = 0;       // exclusive
  std::optional<std::string> page_token;
  std::int64_t page_size = 100;
};

// Reads an orderhub.download_request/1. Throws sdk::Error(INVALID_ARGUMENT) naming the field.
PageRequest read_download_request(std::string_view document);

// "/v1/orders?updated_since=2026-11-01T00%3A00%3A00Z&limit=50&page_token=..."
std::string list_path(const PageRequest& request);

// Lists one page and maps every order on it. Orders that cannot be mapped go to "rejected";
// errors of Smart Bargains itself (401, 429, 5xx, a cut-off body) throw sdk::Error and fail the
// page.
std::string download_orders_page(const SmartBargainsClient& client, const sdk::Logger& log,
                                 const Currency& default_currency, const PageRequest& request);

}  // namespace orderhub::smartbargains

#endif  // ORDERHUB_PLUGINS_SMARTBARGAINS_ORDER_DOWNLOAD_H
