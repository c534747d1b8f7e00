// The CS-Cart REST routes the hub talks to: /api/orders, /api/orders/<id>, /api/shipments.
#include "channels/cscart/cscart_emulator.h"

#include "channels/cscart/cscart_wire.h"
#include "core/basic_auth.h"
#include "core/decimal_text.h"
#include "core/unix_time.h"

namespace orderhub::sandbox::cscart {
namespace {

using nlohmann::json;

Reply error_reply(const ApiError& error) {
  return Reply::error(error.status, error.message);
}

// A query parameter that must be an integer of at least `minimum` when present.
std::variant<std::optional<std::int64_t>, ApiError> integer_parameter(
    const httplib::Request& request, const char* name, std::int64_t minimum) {
  if (!request.has_param(name)) {
    return std::optional<std::int64_t>{};
  }
  const std::string text = request.get_param_value(name);
  const auto value = parse_integer(text);
  if (!value || *value < minimum) {
    return ApiError{400, std::string(name) + " must be an integer of at least " +
                             std::to_string(minimum) + ", got \"" + text + "\""};
  }
  return value;
}

std::variant<ListQuery, ApiError> list_query_from(const httplib::Request& request) {
  ListQuery query;
  struct IntegerParameter {
    const char* name;
    std::int64_t minimum;
    std::optional<std::int64_t>* target;
  };
  std::optional<std::int64_t> page;
  std::optional<std::int64_t> items_per_page;
  for (const auto& parameter :
       {IntegerParameter{"page", 1, &page}, IntegerParameter{"items_per_page", 1, &items_per_page},
        IntegerParameter{"updated_at_from", 0, &query.updated_from},
        IntegerParameter{"updated_at_to", 0, &query.updated_to}}) {
    auto parsed = integer_parameter(request, parameter.name, parameter.minimum);
    if (auto* error = std::get_if<ApiError>(&parsed)) {
      return *error;
    }
    *parameter.target = std::get<std::optional<std::int64_t>>(parsed);
  }
  query.page = page.value_or(1);
  query.items_per_page = items_per_page.value_or(10);

  const std::string sort_by =
      request.has_param("sort_by") ? request.get_param_value("sort_by") : "date";
  if (sort_by != "date") {
    return ApiError{400, "sort_by supports only \"date\", got \"" + sort_by + "\""};
  }
  const std::string sort_order =
      request.has_param("sort_order") ? request.get_param_value("sort_order") : "desc";
  if (sort_order != "asc" && sort_order != "desc") {
    return ApiError{400, "sort_order must be \"asc\" or \"desc\", got \"" + sort_order + "\""};
  }
  query.sort_order = sort_order == "asc" ? SortOrder::Ascending : SortOrder::Descending;
  return query;
}

std::optional<json> parse_body(const httplib::Request& request, ApiError& error) {
  json body = json::parse(request.body, nullptr, false);
  if (body.is_discarded()) {
    error = ApiError{400, "request body is not valid JSON: " + request.body.substr(0, 200)};
    return std::nullopt;
  }
  return body;
}

}  // namespace

std::optional<Reply> check_credentials(const httplib::Request& request) {
  const auto credentials = parse_basic_authorization(request.get_header_value("Authorization"));
  if (!credentials) {
    Reply reply = Reply::error(401,
                               "Authentication required: use HTTP Basic with the admin "
                               "e-mail and the API key");
    reply.headers.emplace_back("WWW-Authenticate", "Basic realm=\"CS-Cart API\"");
    return reply;
  }
  if (credentials->user != sandbox_admin_email || credentials->password != sandbox_api_key) {
    // Never echo the password; the user name helps find a misconfigured account.
    return Reply::error(401, "Invalid e-mail or API key for user \"" + credentials->user + "\"");
  }
  return std::nullopt;
}

void CscartEmulator::register_routes(ChannelRouter& router) {
  router.add({HttpMethod::Get,
              "/api/orders",
              "/api/orders",
              [this](const httplib::Request& request) { return list_orders(request); },
              {}});
  router.add({HttpMethod::Get,
              R"(/api/orders/(\d+))",
              "/api/orders/<id>",
              [this](const httplib::Request& request) { return get_order(request); },
              {}});
  router.add({HttpMethod::Put,
              R"(/api/orders/(\d+))",
              "/api/orders/<id>",
              [this](const httplib::Request& request) { return update_order(request); },
              {}});
  router.add({HttpMethod::Post,
              "/api/shipments",
              "/api/shipments",
              [this](const httplib::Request& request) { return create_shipment(request); },
              {}});
  router.add({HttpMethod::Get,
              "/api/shipments",
              "/api/shipments",
              [this](const httplib::Request& request) { return list_shipments(request); },
              {}});
}

Reply CscartEmulator::list_orders(const httplib::Request& request) const {
  if (auto denied = check_credentials(request)) {
    return *denied;
  }
  auto parsed = list_query_from(request);
  if (auto* error = std::get_if<ApiError>(&parsed)) {
    return error_reply(*error);
  }
  const ListQuery& query = std::get<ListQuery>(parsed);
  const ListPage page = book_.list(query);
  json orders = json::array();
  for (const Order* order : page.orders) {
    orders.push_back(order_summary_to_wire(*order));
  }
  return Reply::json(
      200, {{"orders", std::move(orders)},
            {"params",
             {{"page", std::to_string(query.page)},
              {"items_per_page", std::to_string(query.items_per_page)},
              {"total_items", std::to_string(page.total_items)},
              {"sort_by", "date"},
              {"sort_order", query.sort_order == SortOrder::Ascending ? "asc" : "desc"}}}});
}

Reply CscartEmulator::get_order(const httplib::Request& request) const {
  if (auto denied = check_credentials(request)) {
    return *denied;
  }
  const auto order_id = parse_integer(request.matches[1].str());
  const Order* order = order_id ? book_.find(*order_id) : nullptr;
  if (order == nullptr) {
    return Reply::error(404, "order " + request.matches[1].str() + " not found");
  }
  return Reply::json(200, order_to_wire(*order));
}

Reply CscartEmulator::update_order(const httplib::Request& request) {
  if (auto denied = check_credentials(request)) {
    return *denied;
  }
  ApiError error;
  const auto body = parse_body(request, error);
  if (!body) {
    return error_reply(error);
  }
  auto parsed = order_update_from_wire(*body);
  if (auto* invalid = std::get_if<ApiError>(&parsed)) {
    return error_reply(*invalid);
  }
  const auto& update = std::get<OrderUpdateRequest>(parsed);
  const std::string order_text = request.matches[1].str();
  const auto order_id = parse_integer(order_text);
  if (!order_id) {
    return Reply::error(404, "order " + order_text + " not found");
  }
  if (auto failure = book_.update(*order_id, update, unix_seconds_now())) {
    return error_reply(*failure);
  }
  const json result = {{"order_id", *order_id}};
  if (update.status) {
    received_.record({"status_change", order_text, request.method, request.path, *body, result});
  }
  if (update.details) {
    received_.record({"note", order_text, request.method, request.path, *body, result});
  }
  return Reply::json(200, result);
}

Reply CscartEmulator::create_shipment(const httplib::Request& request) {
  if (auto denied = check_credentials(request)) {
    return *denied;
  }
  ApiError error;
  const auto body = parse_body(request, error);
  if (!body) {
    return error_reply(error);
  }
  auto parsed = shipment_request_from_wire(*body);
  if (auto* invalid = std::get_if<ApiError>(&parsed)) {
    return error_reply(*invalid);
  }
  const auto& shipment_request = std::get<ShipmentRequest>(parsed);
  auto shipped = book_.ship(shipment_request, unix_seconds_now());
  if (auto* failure = std::get_if<ApiError>(&shipped)) {
    return error_reply(*failure);
  }
  const Shipment& shipment = *std::get<const Shipment*>(shipped);
  const json result = {{"shipment_id", shipment.shipment_id}};
  received_.record(
      {"shipment", std::to_string(shipment.order_id), request.method, request.path, *body, result});
  return Reply::json(201, result);
}

Reply CscartEmulator::list_shipments(const httplib::Request& request) const {
  if (auto denied = check_credentials(request)) {
    return *denied;
  }
  auto order_id = integer_parameter(request, "order_id", 1);
  if (auto* error = std::get_if<ApiError>(&order_id)) {
    return error_reply(*error);
  }
  json shipments = json::array();
  for (const Shipment* shipment :
       book_.shipments(std::get<std::optional<std::int64_t>>(order_id))) {
    shipments.push_back(shipment_to_wire(*shipment));
  }
  const std::string total = std::to_string(shipments.size());
  return Reply::json(200,
                     {{"shipments", std::move(shipments)}, {"params", {{"total_items", total}}}});
}

}  // namespace orderhub::sandbox::cscart
