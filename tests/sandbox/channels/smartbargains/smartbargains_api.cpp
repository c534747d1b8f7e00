// The Smart Bargains supplier routes the hub talks to: GET /v1/orders, GET /v1/orders/<po>,
// POST /v1/orders/<po>/acknowledge, /shipments and /invoices.
#include "channels/smartbargains/smartbargains_emulator.h"

#include "channels/smartbargains/smartbargains_payloads.h"
#include "channels/smartbargains/smartbargains_time.h"
#include "core/decimal_text.h"
#include "core/unix_time.h"

#include <algorithm>
#include <vector>

namespace orderhub::sandbox::smartbargains {
namespace {

using nlohmann::json;

constexpr std::int64_t largest_page = 200;

std::string po_of(const httplib::Request& request) {
  return request.matches[1].str();
}

Reply order_not_found(const std::string& po_number) {
  return error_reply(404, "ORDER_NOT_FOUND", "purchase order " + po_number + " not found");
}

std::string status_of(const json& order) {
  const auto found = order.find("status");
  return found != order.end() && found->is_string() ? found->get<std::string>() : "";
}

void touch(json& order) {
  order["updated_at"] = format_utc_time(unix_seconds_now());
}

// The order's updated_at in seconds; 0 for a malformed one, which then lists first.
std::int64_t updated_seconds(const json& order) {
  const auto found = order.find("updated_at");
  if (found == order.end() || !found->is_string()) {
    return 0;
  }
  return parse_utc_time(found->get<std::string>()).value_or(0);
}

}  // namespace

Reply error_reply(int status, std::string_view code, const std::string& message) {
  return Reply::json(status, json{{"error", {{"code", code}, {"message", message}}}});
}

std::optional<Reply> check_token(const httplib::Request& request) {
  const std::string header = request.get_header_value("Authorization");
  if (header.rfind("Bearer ", 0) != 0) {
    Reply reply = error_reply(401, "UNAUTHORIZED", "use Authorization: Bearer <api token>");
    reply.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"Smart Bargains\"");
    return reply;
  }
  if (header.substr(7) != sandbox_token) {
    // Never echo the token.
    return error_reply(401, "UNAUTHORIZED", "the API token is not valid");
  }
  return std::nullopt;
}

void SmartBargainsEmulator::register_routes(ChannelRouter& router) {
  router.add({HttpMethod::Get, "/v1/orders", "/v1/orders",
              [this](const httplib::Request& request) { return list_orders(request); },
              {}});
  router.add({HttpMethod::Get, R"(/v1/orders/([^/]+))", "/v1/orders/<po>",
              [this](const httplib::Request& request) { return get_order(request); },
              {}});
  router.add({HttpMethod::Post, R"(/v1/orders/([^/]+)/acknowledge)",
              "/v1/orders/<po>/acknowledge",
              [this](const httplib::Request& request) { return acknowledge(request); },
              {}});
  router.add({HttpMethod::Post, R"(/v1/orders/([^/]+)/shipments)", "/v1/orders/<po>/shipments",
              [this](const httplib::Request& request) { return create_shipment(request); },
              {}});
  router.add({HttpMethod::Post, R"(/v1/orders/([^/]+)/invoices)", "/v1/orders/<po>/invoices",
              [this](const httplib::Request& request) { return create_invoice(request); },
              {}});
}

json* SmartBargainsEmulator::find_order(const std::string& po_number) {
  for (json& order : orders_) {
    if (order.is_object() && order.value("po_number", json()) == po_number) {
      return &order;
    }
  }
  return nullptr;
}

const json* SmartBargainsEmulator::find_order(const std::string& po_number) const {
  for (const json& order : orders_) {
    if (order.is_object() && order.value("po_number", json()) == po_number) {
      return &order;
    }
  }
  return nullptr;
}

Reply SmartBargainsEmulator::list_orders(const httplib::Request& request) const {
  if (auto denied = check_token(request)) {
    return *denied;
  }
  std::int64_t since = 0;
  if (request.has_param("updated_since")) {
    const std::string text = request.get_param_value("updated_since");
    const auto parsed = parse_utc_time(text);
    if (!parsed) {
      return error_reply(400, "INVALID_PARAMETER",
                         "updated_since must be a UTC time such as 2026-11-23T16:00:00Z, got \"" +
                             text + "\"");
    }
    since = *parsed;
  }
  std::int64_t limit = 50;
  if (request.has_param("limit")) {
    const std::string text = request.get_param_value("limit");
    const auto parsed = parse_integer(text);
    if (!parsed || *parsed < 1 || *parsed > largest_page) {
      return error_reply(400, "INVALID_PARAMETER",
                         "limit must be from 1 to " + std::to_string(largest_page) + ", got \"" +
                             text + "\"");
    }
    limit = *parsed;
  }
  std::int64_t offset = 0;
  if (request.has_param("page_token")) {
    const std::string token = request.get_param_value("page_token");
    const auto parsed = token.size() > 1 && token[0] == 'p' ? parse_integer(token.substr(1))
                                                            : std::nullopt;
    if (!parsed || *parsed < 0) {
      return error_reply(400, "INVALID_PAGE_TOKEN", "page_token \"" + token + "\" is not valid");
    }
    offset = *parsed;
  }

  std::vector<const json*> matching;
  for (const json& order : orders_) {
    if (updated_seconds(order) >= since || updated_seconds(order) == 0) {
      matching.push_back(&order);
    }
  }
  std::stable_sort(matching.begin(), matching.end(), [](const json* left, const json* right) {
    return updated_seconds(*left) < updated_seconds(*right);
  });
  json page = json::array();
  const auto total = static_cast<std::int64_t>(matching.size());
  for (std::int64_t index = offset; index < std::min(total, offset + limit); ++index) {
    page.push_back(*matching[static_cast<std::size_t>(index)]);
  }
  const bool more = offset + limit < total;
  return Reply::json(200, {{"orders", std::move(page)},
                           {"next_page_token",
                            more ? json("p" + std::to_string(offset + limit)) : json(nullptr)}});
}

Reply SmartBargainsEmulator::get_order(const httplib::Request& request) const {
  if (auto denied = check_token(request)) {
    return *denied;
  }
  const json* order = find_order(po_of(request));
  return order == nullptr ? order_not_found(po_of(request)) : Reply::json(200, *order);
}

template <typename Apply>
Reply SmartBargainsEmulator::idempotent(const httplib::Request& request, bool required,
                                        Apply apply) {
  if (auto denied = check_token(request)) {
    return *denied;
  }
  const std::string key = request.get_header_value("Idempotency-Key");
  if (key.empty()) {
    if (required) {
      return error_reply(400, "IDEMPOTENCY_KEY_REQUIRED",
                         "POST " + request.path + " needs an Idempotency-Key header");
    }
    return apply(key);
  }
  if (const auto stored = replies_by_key_.find(key); stored != replies_by_key_.end()) {
    if (stored->second.path != request.path) {
      return error_reply(422, "IDEMPOTENCY_KEY_REUSED",
                         "Idempotency-Key \"" + key + "\" was used for " + stored->second.path);
    }
    Reply replay = stored->second.reply;
    replay.headers.emplace_back("Idempotent-Replayed", "true");
    return replay;
  }
  Reply reply = apply(key);
  if (reply.status / 100 == 2) {
    replies_by_key_[key] = StoredReply{request.path, reply};
  }
  return reply;
}

Reply SmartBargainsEmulator::acknowledge(const httplib::Request& request) {
  return idempotent(request, /*required=*/false, [&](const std::string& key) {
    const std::string po_number = po_of(request);
    json* order = find_order(po_number);
    if (order == nullptr) {
      return order_not_found(po_number);
    }
    const std::string status = status_of(*order);
    if (status == "CANCELLED") {
      return error_reply(409, "ORDER_CANCELLED",
                         "purchase order " + po_number + " is cancelled");
    }
    if (status != "NEW") {
      return Reply::json(200, {{"po_number", po_number},
                               {"status", status},
                               {"already_acknowledged", true}});
    }
    (*order)["status"] = "ACKNOWLEDGED";
    touch(*order);
    const json result = {{"po_number", po_number}, {"status", "ACKNOWLEDGED"}};
    received_.record({"acknowledgement", po_number, request.method, request.path,
                      {{"idempotency_key", key}}, result});
    return Reply::json(200, result);
  });
}

Reply SmartBargainsEmulator::create_shipment(const httplib::Request& request) {
  return idempotent(request, /*required=*/true, [&](const std::string& key) {
    const std::string po_number = po_of(request);
    json* order = find_order(po_number);
    if (order == nullptr) {
      return order_not_found(po_number);
    }
    auto parsed = read_shipment(request.body);
    if (auto* invalid = std::get_if<ApiError>(&parsed)) {
      return error_reply(invalid->status, "INVALID_REQUEST", invalid->message);
    }
    json body = std::get<json>(std::move(parsed));
    if (status_of(*order) == "CANCELLED") {
      return error_reply(409, "ORDER_CANCELLED", "purchase order " + po_number + " is cancelled");
    }
    if (auto refused = apply_shipment(*order, body)) {
      return error_reply(refused->status, "QTY_NOT_OPEN", refused->message);
    }
    touch(*order);
    const std::string shipment_id = "SHP-" + std::to_string(shipments_.size() + 1);
    const json result = {
        {"shipment_id", shipment_id}, {"po_number", po_number}, {"status", status_of(*order)}};
    json accepted = body;
    accepted["shipment_id"] = shipment_id;
    accepted["po_number"] = po_number;
    shipments_.push_back(accepted);
    body["idempotency_key"] = key;
    received_.record({"shipment", po_number, request.method, request.path, body, result});
    return Reply::json(201, result);
  });
}

Reply SmartBargainsEmulator::create_invoice(const httplib::Request& request) {
  return idempotent(request, /*required=*/true, [&](const std::string& key) {
    const std::string po_number = po_of(request);
    json* order = find_order(po_number);
    if (order == nullptr) {
      return order_not_found(po_number);
    }
    auto parsed = read_invoice(request.body);
    if (auto* invalid = std::get_if<ApiError>(&parsed)) {
      return error_reply(invalid->status, "INVALID_REQUEST", invalid->message);
    }
    json body = std::get<json>(std::move(parsed));
    if (status_of(*order) == "CANCELLED") {
      return error_reply(409, "ORDER_CANCELLED", "purchase order " + po_number + " is cancelled");
    }
    for (const json& invoice : invoices_) {
      if (invoice["po_number"] == po_number &&
          invoice["invoice_number"] == body["invoice_number"]) {
        return error_reply(409, "DUPLICATE_INVOICE",
                           "invoice " + body["invoice_number"].get<std::string>() +
                               " already exists for purchase order " + po_number);
      }
    }
    const std::string invoice_id = "INV-" + std::to_string(invoices_.size() + 1);
    const json result = {{"invoice_id", invoice_id}, {"po_number", po_number}};
    json accepted = body;
    accepted["invoice_id"] = invoice_id;
    accepted["po_number"] = po_number;
    invoices_.push_back(accepted);
    body["idempotency_key"] = key;
    received_.record({"invoice", po_number, request.method, request.path, body, result});
    return Reply::json(201, result);
  });
}

}  // namespace orderhub::sandbox::smartbargains
