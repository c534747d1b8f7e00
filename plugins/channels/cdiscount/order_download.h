// "orders.download": one orderhub.download_request/1 -> one orderhub.order_batch/1.
//
// GetOrderList has no paging: it answers every order whose modification time falls in
// [BeginModificationDate, EndModificationDate). A page is therefore a time window: it starts at
// the page token (or `since`) and runs to `until`, halved until it holds at most page_size orders
// (or is one second long). The next page token is the window's end, as an RFC 3339 time.
#ifndef ORDERHUB_PLUGINS_CDISCOUNT_ORDER_DOWNLOAD_H
#define ORDERHUB_PLUGINS_CDISCOUNT_ORDER_DOWNLOAD_H

#include <orderhub/sdk/log.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cdiscount_client.h"

namespace orderhub::cdiscount {

struct WindowRequest {
  std::int64_t start = 0;  // unix seconds, inclusive
  std::int64_t until = 0;  // unix seconds, exclusive
  std::int64_t page_size = 100;
  bool allow_unpaid = false;
};

// Throws sdk::Error(INVALID_ARGUMENT) naming the field.
WindowRequest read_download_request(std::string_view document);

// The <orderFilter> of GetOrderList for a modification window and states.
std::string order_filter_xml(std::int64_t begin, std::int64_t end,
                             const std::vector<std::string_view>& states);

// The <orderFilter> for named orders (OrderReferenceList), every state.
std::string order_reference_filter_xml(const std::vector<std::string>& order_numbers);

// The <Order> elements of a GetOrderListResult.
std::vector<pugi::xml_node> orders_of(const pugi::xml_node& result);

std::string download_orders_page(const CdiscountClient& client, const sdk::Logger& log,
                                 const std::string& currency, const WindowRequest& request);

}  // namespace orderhub::cdiscount

#endif  // ORDERHUB_PLUGINS_CDISCOUNT_ORDER_DOWNLOAD_H
