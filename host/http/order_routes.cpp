// order_routes.cpp: reading orders.
//   GET /api/v1/orders?account=&channel=&status=&shipping_status=&payment_status=
//                      &created_from=&created_until=&search=&limit=&offset=&after=&total=
//     Paging: offset (the reply has the total), or after=<the previous page's next_after>, which
//     costs the same on every page (the reply has a total only with total=true).
//   GET /api/v1/orders/{id}   the order with its lines, records, history and outbox rows
#include <charconv>
#include <set>

#include "http/api_server.h"
#include "http/record_views.h"
#include "pipeline/orders/order_view.h"

namespace orderhub::http {
namespace {

constexpr int kMaximumPageSize = 500;

domain::Result<int> integer_parameter(const httplib::Request& request, const std::string& name,
                                      int fallback, int minimum, int maximum) {
  if (!request.has_param(name)) {
    return fallback;
  }
  const std::string text = request.get_param_value(name);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() || value < minimum ||
      value > maximum) {
    return domain::Error{name + ": " + domain::quoted(text) + " is not a whole number from " +
                         std::to_string(minimum) + " to " + std::to_string(maximum)};
  }
  return value;
}

// "2026-11-23" (midnight UTC) or an RFC 3339 time.
domain::Result<domain::Timestamp> time_parameter(const std::string& name, const std::string& text) {
  if (text.size() == 10) {
    auto date = domain::parse_date(text);
    if (!date) {
      return date.error().within(name);
    }
    return domain::Timestamp(std::chrono::sys_days(*date));
  }
  auto time = domain::parse_timestamp(text);
  if (!time) {
    return time.error().within(name);
  }
  return *time;
}

domain::Result<store::OrderFilter> order_filter(const httplib::Request& request) {
  static const std::set<std::string> known = {
      "account",       "channel", "status", "shipping_status", "payment_status", "created_from",
      "created_until", "search",  "limit",  "offset",          "after",          "total"};
  for (const auto& [name, value] : request.params) {
    if (known.find(name) == known.end()) {
      return domain::Error{"unknown query parameter " + domain::quoted(name)};
    }
  }
  store::OrderFilter filter;
  if (request.has_param("account")) {
    auto account = domain::AccountId::parse(request.get_param_value("account"));
    if (!account) {
      return account.error().within("account");
    }
    filter.account = *account;
  }
  if (request.has_param("channel")) {
    filter.plugin_id = request.get_param_value("channel");
  }
  if (request.has_param("status")) {
    auto status = domain::parse_order_status(request.get_param_value("status"));
    if (!status) {
      return status.error().within("status");
    }
    filter.status = *status;
  }
  if (request.has_param("shipping_status")) {
    auto status = domain::parse_shipping_status(request.get_param_value("shipping_status"));
    if (!status) {
      return status.error().within("shipping_status");
    }
    filter.shipping_status = *status;
  }
  if (request.has_param("payment_status")) {
    auto status = domain::parse_payment_status(request.get_param_value("payment_status"));
    if (!status) {
      return status.error().within("payment_status");
    }
    filter.payment_status = *status;
  }
  for (const char* name : {"created_from", "created_until"}) {
    if (!request.has_param(name)) {
      continue;
    }
    auto time = time_parameter(name, request.get_param_value(name));
    if (!time) {
      return time.error();
    }
    (std::string_view(name) == "created_from" ? filter.created_from : filter.created_until) = *time;
  }
  filter.search = request.get_param_value("search");
  auto limit = integer_parameter(request, "limit", 50, 1, kMaximumPageSize);
  if (!limit) {
    return limit.error();
  }
  auto offset = integer_parameter(request, "offset", 0, 0, 1'000'000'000);
  if (!offset) {
    return offset.error();
  }
  filter.limit = *limit;
  filter.offset = *offset;
  if (request.has_param("after")) {
    const std::string text = request.get_param_value("after");
    std::int64_t after = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), after);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size() || after < 0) {
      return domain::Error{"after: " + domain::quoted(text) +
                           " is not an order id (the next_after of the previous page)"};
    }
    if (filter.offset != 0) {
      return domain::Error{"after and offset cannot be combined: page with one or the other"};
    }
    filter.after_id = after;
  }
  return filter;
}

// Whether the reply counts every match: by default with offset paging, on request with after.
domain::Result<bool> wants_total(const httplib::Request& request) {
  if (!request.has_param("total")) {
    return !request.has_param("after");
  }
  const std::string text = request.get_param_value("total");
  if (text == "true") {
    return true;
  }
  if (text == "false") {
    return false;
  }
  return domain::Error{"total: " + domain::quoted(text) + " is not true or false"};
}

void list_orders(ApiContext& context, const httplib::Request& request,
                 httplib::Response& response) {
  auto filter = order_filter(request);
  if (!filter) {
    reply_error(response, 400, filter.error().message);
    return;
  }
  const auto with_total = wants_total(request);
  if (!with_total) {
    reply_error(response, 400, with_total.error().message);
    return;
  }
  const auto transaction = context.store.begin_read();
  const std::vector<domain::Order> orders = transaction->orders().list(*filter);
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const domain::Order& order : orders) {
    list.push_back(pipeline::order_to_json(order));
  }
  nlohmann::ordered_json reply = {{"orders", std::move(list)}};
  if (*with_total) {
    store::OrderFilter every_match = *filter;
    every_match.after_id.reset();
    every_match.offset = 0;
    reply["total"] = transaction->orders().count(every_match);
  }
  reply["limit"] = filter->limit;
  if (filter->after_id) {
    reply["after"] = *filter->after_id;
  } else {
    reply["offset"] = filter->offset;
  }
  // A full page may have more after it; a short one is the last.
  reply["next_after"] = static_cast<int>(orders.size()) == filter->limit
                            ? nlohmann::ordered_json(orders.back().id.value)
                            : nlohmann::ordered_json();
  reply_json(response, 200, reply);
}

void show_order(ApiContext& context, const httplib::Request& request, httplib::Response& response) {
  const auto id = path_id(request, response, "order");
  if (!id) {
    return;
  }
  const domain::OrderId order_id{*id};
  const auto transaction = context.store.begin_read();
  const std::optional<domain::Order> order = transaction->orders().find(order_id);
  if (!order) {
    reply_error(response, 404, "there is no order " + std::to_string(*id));
    return;
  }
  nlohmann::ordered_json json = {{"order", pipeline::order_to_json(*order)}};
  auto& shipments = json["shipments"] = nlohmann::ordered_json::array();
  for (const domain::Shipment& shipment : transaction->fulfilment().list_shipments(order_id)) {
    shipments.push_back(shipment_to_json(shipment));
  }
  auto& cancellations = json["cancellations"] = nlohmann::ordered_json::array();
  for (const auto& cancellation : transaction->fulfilment().list_cancellations(order_id)) {
    cancellations.push_back(cancellation_to_json(cancellation));
  }
  auto& refunds = json["refunds"] = nlohmann::ordered_json::array();
  for (const domain::Refund& refund : transaction->fulfilment().list_refunds(order_id)) {
    refunds.push_back(refund_to_json(refund));
  }
  auto& rmas = json["rmas"] = nlohmann::ordered_json::array();
  for (const domain::Rma& rma : transaction->fulfilment().list_rmas(order_id)) {
    rmas.push_back(rma_to_json(rma));
  }
  auto& history = json["history"] = nlohmann::ordered_json::array();
  for (const domain::HistoryEvent& event : transaction->history().list(order_id)) {
    history.push_back(pipeline::history_event_to_json(event));
  }
  store::OutboxFilter outbox_filter;
  outbox_filter.order_id = order_id;
  outbox_filter.limit = -1;
  auto& outbox = json["outbox"] = nlohmann::ordered_json::array();
  for (const domain::OutboxRow& row : transaction->outbox().list(outbox_filter)) {
    outbox.push_back(outbox_row_to_json(row));
  }
  reply_json(response, 200, json);
}

}  // namespace

void add_order_routes(Router& router, ApiContext& context) {
  router.get("/api/v1/orders",
             [&context](const httplib::Request& request, httplib::Response& response) {
               list_orders(context, request, response);
             });
  router.get(R"(/api/v1/orders/(\d+))",
             [&context](const httplib::Request& request, httplib::Response& response) {
               show_order(context, request, response);
             });
}

}  // namespace orderhub::http
