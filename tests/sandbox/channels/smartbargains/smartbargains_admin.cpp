// The Smart Bargains emulator's side of the admin API: reset, listing, adding and changing orders.
// Orders live in the wire shape, so an added or patched order is taken as given (JSON merge
// patch); nothing is checked beyond being an object, so tests can also plant malformed orders.
#include "channels/smartbargains/smartbargains_emulator.h"

#include "channels/smartbargains/smartbargains_generator.h"
#include "channels/smartbargains/smartbargains_time.h"
#include "core/unix_time.h"

namespace orderhub::sandbox::smartbargains {
namespace {

using nlohmann::json;

std::optional<json> parse_admin_body(const std::string& body) {
  if (body.empty()) {
    return json::object();
  }
  json document = json::parse(body, nullptr, false);
  if (document.is_discarded() || !document.is_object()) {
    return std::nullopt;
  }
  return document;
}

Reply bad_admin_body(const std::string& body) {
  return Reply::error(400, "body must be a JSON object in the Smart Bargains order shape, got: " +
                               body.substr(0, 200));
}

}  // namespace

void SmartBargainsEmulator::reset(const GenerationSettings& settings) {
  generation_ = settings;
  orders_ = generate_orders(settings.seed, settings.orders_per_channel);
  shipments_ = json::array();
  invoices_ = json::array();
  replies_by_key_.clear();
  next_po_ = first_generated_po + settings.orders_per_channel;
}

Reply SmartBargainsEmulator::admin_list_orders() const {
  return Reply::json(200,
                     {{"orders", orders_}, {"shipments", shipments_}, {"invoices", invoices_}});
}

Reply SmartBargainsEmulator::admin_add_order(const std::string& body) {
  auto override_fields = parse_admin_body(body);
  if (!override_fields) {
    return bad_admin_body(body);
  }
  const std::int64_t number = next_po_++;
  json order = generate_new_order(generation_.seed, number, unix_seconds_now());
  if (override_fields->contains("po_number")) {
    const json& given = (*override_fields)["po_number"];
    if (given.is_string() && find_order(given.get<std::string>()) != nullptr) {
      return Reply::error(409, "order " + given.get<std::string>() + " already exists");
    }
  }
  // Lines given in the override replace the generated ones rather than merging with them.
  const bool lines_given = override_fields->contains("lines");
  if (lines_given) {
    order["lines"] = (*override_fields)["lines"];
    override_fields->erase("lines");
  }
  order.merge_patch(*override_fields);
  if (lines_given && !override_fields->contains("order_total")) {
    complete_totals(order);
  }
  orders_.push_back(order);
  return Reply::json(201, order);
}

Reply SmartBargainsEmulator::admin_change_order(const std::string& po_number,
                                                const std::string& body) {
  json* order = find_order(po_number);
  if (order == nullptr) {
    return Reply::error(404, "order " + po_number + " not found");
  }
  const auto changes = parse_admin_body(body);
  if (!changes) {
    return bad_admin_body(body);
  }
  json changed = *order;
  changed.merge_patch(*changes);
  if (changed.value("po_number", json()) != po_number) {
    return Reply::error(400, "po_number cannot be changed (order " + po_number + ")");
  }
  if (!changes->contains("updated_at")) {
    changed["updated_at"] = format_utc_time(unix_seconds_now());
  }
  *order = changed;
  return Reply::json(200, changed);
}

}  // namespace orderhub::sandbox::smartbargains
