// action_routes.cpp: acting on orders through the same rules as the command line
// (pipeline/actions): ship, cancel, void, refund, return (RMA) and its receipt, invoice.
//   POST /api/v1/orders/{id}/ship     {"tracking_number", "carrier", "service", "ship_date",
//   "lines"} POST /api/v1/orders/{id}/cancel   {"reason", "internal", "lines", "restock"} POST
//   /api/v1/orders/{id}/void     {"reason"} POST /api/v1/orders/{id}/refund   {"amount",
//   "shipping", "tax", "lines", "local",
//                                      "as_discount", "reason", "notes", "method", "reference",
//                                      "operation_type", "refund_date", "restock"}
//   POST /api/v1/orders/{id}/rma      {"lines", "reason"}
//   POST /api/v1/rmas/{id}/receive    {"restock", "refund", "local"}
//   POST /api/v1/orders/{id}/invoice  [?plugin=ID]: the order's invoice PDF, from the chosen
//                                      invoice plugin (or ID), stored once and reprinted alike
// A body that does not say what the action needs is a 400 naming the field; an action the rules
// refuse is a 409 with the rule's message; in both cases nothing is stored.

#include "http/action_bodies.h"
#include "http/api_server.h"
#include "http/channel_facts.h"
#include "http/json_body.h"
#include "http/record_views.h"
#include "pipeline/actions/actions.h"
#include "pipeline/orders/order_view.h"

namespace orderhub::http {
namespace {

pipeline::ActionContext api_context() {
  return pipeline::ActionContext{
      "api", std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())};
}

nlohmann::ordered_json channel_json(const pipeline::ChannelOutcome& outcome) {
  return {{"outbox_row",
           outcome.outbox_row ? outbox_row_to_json(*outcome.outbox_row) : nlohmann::ordered_json()},
          {"not_sent_reason", outcome.not_sent_reason}};
}

// What every action does before the rules run: the service takes work, the body is JSON, the
// order exists. Returns the order's account, or nullopt with the reply written.
std::optional<domain::AccountId> prepare(ApiContext& context, const httplib::Request& request,
                                         httplib::Response& response, nlohmann::json& body,
                                         domain::OrderId& order_id) {
  if (!context.control.accepting_work()) {
    reply_error(response, 503, "the service is shutting down; try again after it restarted");
    return std::nullopt;
  }
  const auto id = path_id(request, response, "order");
  if (!id) {
    return std::nullopt;
  }
  order_id = domain::OrderId{*id};
  auto parsed = parse_json_body(request.body);
  if (!parsed) {
    reply_error(response, 400, parsed.error().message);
    return std::nullopt;
  }
  body = std::move(*parsed);
  const std::optional<domain::Order> order = context.store.begin_read()->orders().find(order_id);
  if (!order) {
    reply_error(response, 404, "there is no order " + std::to_string(*id));
    return std::nullopt;
  }
  return order->account;
}

// Runs the action with the account's channel facts and writes the reply: 200 with describe(outcome)
// and the order, or 409 with the refusal.
template <class Action, class Describe>
void act(ApiContext& context, httplib::Response& response, const domain::AccountId& account,
         Action action, Describe describe) {
  auto facts = read_channel_facts(context.store, context.plugins, account);
  if (!facts) {
    reply_error(response, 409, facts.error().message);
    return;
  }
  auto outcome = action(facts->channel());
  if (!outcome) {
    reply_error(response, 409, outcome.error().message);
    return;
  }
  context.control.outbox_changed(account);
  reply_json(response, 200, describe(*outcome));
}

template <class Build, class Run>
Handler order_action(ApiContext& context, Build build, Run run) {
  return [&context, build, run](const httplib::Request& request, httplib::Response& response) {
    nlohmann::json body;
    domain::OrderId order_id{};
    const std::optional<domain::AccountId> account =
        prepare(context, request, response, body, order_id);
    if (!account) {
      return;
    }
    BodyFields fields(body);
    auto action_request = build(fields);
    if (!action_request) {
      reply_error(response, 400, action_request.error().message);
      return;
    }
    if (const auto unknown = fields.unknown_field()) {
      reply_error(response, 400, unknown->message);
      return;
    }
    run(context, response, *account, order_id, *action_request);
  };
}

void ship(ApiContext& context, httplib::Response& response, const domain::AccountId& account,
          domain::OrderId order_id, const pipeline::ShipRequest& request) {
  act(
      context, response, account,
      [&](const pipeline::ChannelFacts& channel) {
        return pipeline::ship_order(context.store, order_id, request, channel, api_context());
      },
      [](const pipeline::ShipOutcome& outcome) {
        return nlohmann::ordered_json{{"order", pipeline::order_to_json(outcome.order)},
                                      {"shipment", shipment_to_json(outcome.shipment)},
                                      {"channel", channel_json(outcome.channel)}};
      });
}

void cancel(ApiContext& context, httplib::Response& response, const domain::AccountId& account,
            domain::OrderId order_id, const pipeline::CancelRequest& request) {
  act(
      context, response, account,
      [&](const pipeline::ChannelFacts& channel) {
        return pipeline::cancel_order(context.store, order_id, request, channel, api_context());
      },
      [](const pipeline::CancelOutcome& outcome) {
        return nlohmann::ordered_json{{"order", pipeline::order_to_json(outcome.order)},
                                      {"cancellation", cancellation_to_json(outcome.cancellation)},
                                      {"full", outcome.full},
                                      {"channel", channel_json(outcome.channel)}};
      });
}

nlohmann::ordered_json refund_json(const pipeline::RefundOutcome& outcome) {
  return {{"order", pipeline::order_to_json(outcome.order)},
          {"refund", refund_to_json(outcome.refund)},
          {"full", outcome.full},
          {"cancelled_order", outcome.cancelled_order},
          {"channel", channel_json(outcome.channel)}};
}

void refund(ApiContext& context, httplib::Response& response, const domain::AccountId& account,
            domain::OrderId order_id, const pipeline::RefundRequest& request) {
  act(
      context, response, account,
      [&](const pipeline::ChannelFacts& channel) {
        return pipeline::refund_order(context.store, order_id, request, channel, api_context());
      },
      &refund_json);
}

void rma(ApiContext& context, httplib::Response& response, const domain::AccountId& account,
         domain::OrderId order_id, const pipeline::RmaRequest& request) {
  act(
      context, response, account,
      [&](const pipeline::ChannelFacts&) {
        return pipeline::create_rma(context.store, order_id, request, api_context());
      },
      [](const pipeline::RmaOutcome& outcome) {
        return nlohmann::ordered_json{{"order", pipeline::order_to_json(outcome.order)},
                                      {"rma", rma_to_json(outcome.rma)}};
      });
}

void receive_rma(ApiContext& context, const httplib::Request& request,
                 httplib::Response& response) {
  if (!context.control.accepting_work()) {
    reply_error(response, 503, "the service is shutting down; try again after it restarted");
    return;
  }
  const auto rma_id = path_id(request, response, "rma");
  if (!rma_id) {
    return;
  }
  auto body = parse_json_body(request.body);
  if (!body) {
    reply_error(response, 400, body.error().message);
    return;
  }
  BodyFields fields(*body);
  auto receipt = read_rma_receipt(fields);
  if (!receipt) {
    reply_error(response, 400, receipt.error().message);
    return;
  }
  if (const auto unknown = fields.unknown_field()) {
    reply_error(response, 400, unknown->message);
    return;
  }
  const auto transaction = context.store.begin_read();
  const std::optional<domain::Rma> rma = transaction->fulfilment().find_rma(*rma_id);
  const std::optional<domain::Order> order =
      rma ? transaction->orders().find(rma->order_id) : std::nullopt;
  if (!order) {
    reply_error(response, 404, "there is no RMA " + std::to_string(*rma_id));
    return;
  }
  act(
      context, response, order->account,
      [&](const pipeline::ChannelFacts& channel) {
        return pipeline::receive_rma(context.store, *rma_id, *receipt, channel, api_context());
      },
      [](const pipeline::RmaReceiptOutcome& outcome) {
        return nlohmann::ordered_json{
            {"order", pipeline::order_to_json(outcome.order)},
            {"rma", rma_to_json(outcome.rma)},
            {"refund", outcome.refund ? refund_json(*outcome.refund) : nlohmann::ordered_json()}};
      });
}

// The PDF is rendered (or the stored rendition reused) by the same printer as `orderhub invoice`:
// a reprint through the API gives the same bytes as one from the command line.
void invoice(ApiContext& context, const httplib::Request& request, httplib::Response& response) {
  const auto id = path_id(request, response, "order");
  if (!id) {
    return;
  }
  for (const auto& [name, value] : request.params) {
    if (name != "plugin") {
      reply_error(response, 400, "unknown query parameter " + domain::quoted(name));
      return;
    }
  }
  if (!context.store.begin_read()->orders().find(domain::OrderId{*id})) {
    reply_error(response, 404, "there is no order " + std::to_string(*id));
    return;
  }
  const std::lock_guard lock(context.invoices.mutex);
  auto printed =
      context.invoices.printer.print(domain::OrderId{*id}, request.get_param_value("plugin"));
  if (!printed) {
    reply_error(response, 422, printed.error().message);
    return;
  }
  response.status = 200;
  response.set_header("Content-Disposition",
                      "attachment; filename=\"" + printed->number.number + ".pdf\"");
  response.set_header("X-Orderhub-Invoice-Plugin", printed->choice.plugin);
  response.set_content(printed->pdf, "application/pdf");
}

}  // namespace

void add_action_routes(Router& router, ApiContext& context) {
  router.post(R"(/api/v1/orders/(\d+)/ship)", order_action(context, &read_ship_request, &ship));
  router.post(R"(/api/v1/orders/(\d+)/cancel)",
              order_action(context, &read_cancel_request, &cancel));
  router.post(R"(/api/v1/orders/(\d+)/void)", order_action(context, &read_void_request, &cancel));
  router.post(R"(/api/v1/orders/(\d+)/refund)",
              order_action(context, &read_refund_request, &refund));
  router.post(R"(/api/v1/orders/(\d+)/rma)", order_action(context, &read_rma_request, &rma));
  router.post(R"(/api/v1/rmas/(\d+)/receive)",
              [&context](const httplib::Request& request, httplib::Response& response) {
                receive_rma(context, request, response);
              });
  router.post(R"(/api/v1/orders/(\d+)/invoice)",
              [&context](const httplib::Request& request, httplib::Response& response) {
                invoice(context, request, response);
              });
}

}  // namespace orderhub::http
