// "orders.download": one orderhub.download_request/1 -> one orderhub.order_batch/1 page.
//
// The first page is GET /v1/Orders?exported=false&$expand=Items,Fulfillments&$filter=
// UpdatedDateUtc ge <since> and UpdatedDateUtc lt <until>&$top=<page_size, at most 100>; every
// later page is the @odata.nextLink of the one before, which is the page token as is.
#ifndef ORDERHUB_PLUGINS_CHANNELADVISOR_ORDER_DOWNLOAD_H
#define ORDERHUB_PLUGINS_CHANNELADVISOR_ORDER_DOWNLOAD_H

#include <orderhub/sdk/log.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "channeladvisor_client.h"
#include "money_text.h"

namespace orderhub::channeladvisor {

// ChannelAdvisor answers at most this many orders per page.
inline constexpr std::int64_t largest_page = 100;

struct PageRequest {
  std::int64_t since_ms = 0;  // inclusive
  std::int64_t until_ms = 0;  // exclusive
  std::int64_t page_size = largest_page;
  std::optional<std::string> next_link;  // the page token: an @odata.nextLink
};

// Reads an orderhub.download_request/1. Throws sdk::Error(INVALID_ARGUMENT) naming the field.
PageRequest read_download_request(std::string_view document);

// "/v1/Orders?exported=false&$expand=Items,Fulfillments&$filter=...&$top=100", URL-encoded.
std::string first_page_path(const PageRequest& request);

// Fetches one page and maps every order on it into the orderhub.order_batch/1 document. Orders
// that cannot be mapped go to "rejected"; a page that is not an OData collection fails the call.
std::string download_orders_page(ChannelAdvisorClient& client, const sdk::Logger& log,
                                 const Currency& fallback_currency, const PageRequest& request);

}  // namespace orderhub::channeladvisor

#endif  // ORDERHUB_PLUGINS_CHANNELADVISOR_ORDER_DOWNLOAD_H
