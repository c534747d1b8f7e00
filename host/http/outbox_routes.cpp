// outbox_routes.cpp: what waits to be sent to the channels, failed shipment notifications, and
// sending a failed row again.
//   GET  /api/v1/outbox?account=&state=&kind=&limit=&offset=
//   GET  /api/v1/shipments/failed    failed shipment notifications with the channel's message
//   POST /api/v1/outbox/{id}/resend
#include <charconv>

#include "http/api_server.h"
#include "http/record_views.h"

namespace orderhub::http {
namespace {

domain::Result<int> bounded_integer(const httplib::Request& request, const std::string& name,
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

domain::Result<store::OutboxFilter> outbox_filter(const httplib::Request& request) {
  store::OutboxFilter filter;
  for (const auto& [name, value] : request.params) {
    if (name != "account" && name != "state" && name != "kind" && name != "limit" &&
        name != "offset") {
      return domain::Error{"unknown query parameter " + domain::quoted(name)};
    }
  }
  if (request.has_param("account")) {
    auto account = domain::AccountId::parse(request.get_param_value("account"));
    if (!account) {
      return account.error().within("account");
    }
    filter.account = *account;
  }
  if (request.has_param("state")) {
    auto state = domain::parse_outbox_state(request.get_param_value("state"));
    if (!state) {
      return state.error().within("state");
    }
    filter.state = *state;
  }
  if (request.has_param("kind")) {
    auto kind = domain::parse_outbox_kind(request.get_param_value("kind"));
    if (!kind) {
      return kind.error().within("kind");
    }
    filter.kind = *kind;
  }
  auto limit = bounded_integer(request, "limit", 100, 1, 1000);
  if (!limit) {
    return limit.error();
  }
  auto offset = bounded_integer(request, "offset", 0, 0, 1'000'000'000);
  if (!offset) {
    return offset.error();
  }
  filter.limit = *limit;
  filter.offset = *offset;
  return filter;
}

void list_rows(ApiContext& context, const store::OutboxFilter& filter,
               httplib::Response& response) {
  const auto transaction = context.store.begin_read();
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const domain::OutboxRow& row : transaction->outbox().list(filter)) {
    nlohmann::ordered_json json = outbox_row_to_json(row);
    if (row.order_id) {
      if (const auto order = transaction->orders().find(*row.order_id)) {
        json["channel_order_id"] = order->channel_order_id.str();
      }
    }
    rows.push_back(json);
  }
  reply_json(response, 200, {{"rows", rows}});
}

void resend(ApiContext& context, const httplib::Request& request, httplib::Response& response) {
  const auto id = path_id(request, response, "outbox row");
  if (!id) {
    return;
  }
  if (!context.control.accepting_work()) {
    reply_error(response, 503, "the service is shutting down; try again after it restarted");
    return;
  }
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const bool resent = store::in_write_transaction(
      context.store, [&](store::Transaction& writer) { return writer.outbox().resend(*id, now); });
  const std::optional<domain::OutboxRow> row = context.store.begin_read()->outbox().find(*id);
  if (!row) {
    reply_error(response, 404, "there is no outbox row " + std::to_string(*id));
    return;
  }
  if (!resent) {
    reply_error(response, 409,
                "outbox row " + std::to_string(*id) + " is " + std::string(to_string(row->state)) +
                    ", not failed: only failed rows are resent");
    return;
  }
  context.control.outbox_changed(row->account);
  reply_json(response, 200, {{"row", outbox_row_to_json(*row)}});
}

}  // namespace

void add_outbox_routes(Router& router, ApiContext& context) {
  router.get("/api/v1/outbox",
             [&context](const httplib::Request& request, httplib::Response& response) {
               auto filter = outbox_filter(request);
               if (!filter) {
                 reply_error(response, 400, filter.error().message);
                 return;
               }
               list_rows(context, *filter, response);
             });
  router.get("/api/v1/shipments/failed",
             [&context](const httplib::Request&, httplib::Response& response) {
               store::OutboxFilter filter;
               filter.state = domain::OutboxState::failed;
               filter.kind = domain::OutboxKind::shipment;
               filter.limit = -1;
               list_rows(context, filter, response);
             });
  router.post(R"(/api/v1/outbox/(\d+)/resend)",
              [&context](const httplib::Request& request, httplib::Response& response) {
                resend(context, request, response);
              });
}

}  // namespace orderhub::http
