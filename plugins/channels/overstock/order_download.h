// "orders.download": one orderhub.download_request/1 -> one orderhub.order_batch/1 page.
//
// Supplier Oasis lists orders by time window only (GET /salesorders?startTime=..&endTime=..), with
// no paging inside a window, so each page is one window and the page token names the next one:
// "<window start>/<window days>", e.g. "2026-11-20T00:00:00Z/1". A window is one day after a window
// that held orders, and twice as long (up to 512 days) after an empty one, so that a first
// download from long ago reaches today in a few dozen calls rather than one per day.
#ifndef ORDERHUB_PLUGINS_OVERSTOCK_ORDER_DOWNLOAD_H
#define ORDERHUB_PLUGINS_OVERSTOCK_ORDER_DOWNLOAD_H

#include <orderhub/sdk/log.h>

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "money_text.h"
#include "overstock_client.h"

namespace orderhub::overstock {

inline constexpr std::int64_t longest_window_days = 512;

struct WindowRequest {
  std::int64_t start_ms = 0;  // this window's start, inclusive
  std::int64_t until_ms = 0;  // the whole download's end, exclusive
  std::int64_t days = 1;      // this window's length, before clipping at until_ms
};

// Reads an orderhub.download_request/1. Throws sdk::Error(INVALID_ARGUMENT) naming the field.
WindowRequest read_download_request(std::string_view document);

// The window's end: start + days, clipped at until.
std::int64_t window_end(const WindowRequest& request);

// "/salesorders?startTime=2026-11-20T00:00:00Z&endTime=2026-11-21T00:00:00Z"
std::string list_path(const WindowRequest& request);

// The orders in a reply of either shape: <list> children of the root, or <processedSalesOrder>
// children of <processedSalesOrderMessage> (any prefix), or a lone <processedSalesOrder> root.
std::vector<pugi::xml_node> sales_orders_in(const pugi::xml_document& reply);

// Maps the reply of one window into an orderhub.order_batch/1 (rejections included), with the
// next window's token, or null when the window reached until.
nlohmann::json order_batch(const pugi::xml_document& reply, const WindowRequest& request,
                           const Currency& currency);

// GET the window and map it.
std::string download_orders_page(const OverstockClient& client, const sdk::Logger& log,
                                 const Currency& currency, const WindowRequest& request);

}  // namespace orderhub::overstock

#endif  // ORDERHUB_PLUGINS_OVERSTOCK_ORDER_DOWNLOAD_H
