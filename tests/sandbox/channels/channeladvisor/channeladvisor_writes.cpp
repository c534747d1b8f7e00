// The ChannelAdvisor write routes: Export, Ship, and Adjust at order and item level. Every
// accepted write is appended to the ReceivedLog with its parsed body; a repeated
// SellerAdjustmentID is refused with 409 (the emulator's stand-in for ChannelAdvisor's duplicate
// check, see README.md).
#include "channels/channeladvisor/channeladvisor_emulator.h"

#include "core/decimal_text.h"
#include "core/unix_time.h"

namespace orderhub::sandbox::channeladvisor {
namespace {

using nlohmann::json;

Reply odata_error(int status, const std::string& message) {
  return Reply::json(status, json{{"error", {{"code", ""}, {"message", message}}}});
}

std::optional<json> object_body(const httplib::Request& request) {
  if (request.body.empty()) {
    return json::object();
  }
  json body = json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    return std::nullopt;
  }
  return body;
}

bool all_items_done(const json& order) {
  for (const json& item : order["Items"]) {
    const std::int64_t id = item["ID"].get<std::int64_t>();
    if (shipped_units(order, id) + cancelled_units(order, id) < item["Quantity"].get<std::int64_t>()) {
      return false;
    }
  }
  return true;
}

bool any_shipped(const json& order) {
  for (const json& item : order["Items"]) {
    if (shipped_units(order, item["ID"].get<std::int64_t>()) > 0) {
      return true;
    }
  }
  return false;
}

bool is_paid(const json& order) {
  const std::string payment = order.value("PaymentStatus", "");
  return payment == "Cleared" || payment == "Deposited";
}

}  // namespace

std::optional<std::pair<std::int64_t, std::size_t>> ChannelAdvisorEmulator::find_item(
    std::int64_t item_id) const {
  for (const auto& [order_id, order] : orders_) {
    for (std::size_t index = 0; index < order["Items"].size(); ++index) {
      if (order["Items"][index]["ID"].get<std::int64_t>() == item_id) {
        return std::pair{order_id, index};
      }
    }
  }
  return std::nullopt;
}

Reply ChannelAdvisorEmulator::export_order(const httplib::Request& request) {
  if (auto denied = check_token(request)) {
    return *denied;
  }
  const auto id = parse_integer(request.matches[1].str());
  if (!id || orders_.count(*id) == 0) {
    return odata_error(404, "order " + request.matches[1].str() + " not found");
  }
  const bool newly = exported_.insert(*id).second;
  received_.record({"export", std::to_string(*id), "POST", request.path, json::object(),
                    json{{"newly_exported", newly}}});
  return Reply{204, "", "application/json", {}};
}

Reply ChannelAdvisorEmulator::ship_order(const httplib::Request& request) {
  if (auto denied = check_token(request)) {
    return *denied;
  }
  const auto id = parse_integer(request.matches[1].str());
  if (!id || orders_.count(*id) == 0) {
    return odata_error(404, "order " + request.matches[1].str() + " not found");
  }
  json& order = orders_[*id];
  const auto body = object_body(request);
  if (!body || !body->contains("Value") || !(*body)["Value"].is_object()) {
    return odata_error(400, "the body must be {\"Value\": {...}}");
  }
  const json& value = (*body)["Value"];
  const std::string status = order.value("ShippingStatus", "");
  if (status == "Canceled" || status == "ThirdPartyManaged") {
    return odata_error(400, "order " + std::to_string(*id) + " is " + status +
                                " and cannot be shipped");
  }
  for (const char* field : {"ShippedDateUtc", "ShippingCarrier"}) {
    if (!value.contains(field) || !value[field].is_string() || value[field].get<std::string>().empty()) {
      return odata_error(400, std::string("Value.") + field + " is required");
    }
  }
  json shipped_items = json::array();
  if (value.contains("Items") && value["Items"].is_array() && !value["Items"].empty()) {
    for (const json& wanted : value["Items"]) {
      const std::string reference = wanted.value("SkuOrSiteOrderItemID", "");
      const std::int64_t quantity =
          wanted.contains("Quantity") && wanted["Quantity"].is_number_integer()
              ? wanted["Quantity"].get<std::int64_t>()
              : 0;
      const json* item = nullptr;
      for (const json& candidate : order["Items"]) {
        if (candidate.value("SiteOrderItemID", "") == reference) {
          item = &candidate;
        }
      }
      for (const json& candidate : order["Items"]) {
        if (item == nullptr && candidate.value("Sku", "") == reference) {
          item = &candidate;
        }
      }
      if (item == nullptr) {
        return odata_error(400, "no item \"" + reference + "\" in order " + std::to_string(*id));
      }
      const std::int64_t item_id = (*item)["ID"].get<std::int64_t>();
      const std::int64_t open = (*item)["Quantity"].get<std::int64_t>() -
                                shipped_units(order, item_id) - cancelled_units(order, item_id);
      if (quantity < 1 || quantity > open) {
        return odata_error(400, "item \"" + reference + "\": cannot ship " +
                                    std::to_string(quantity) + ", " + std::to_string(open) +
                                    " unshipped");
      }
      shipped_items.push_back({{"OrderItemID", item_id}, {"Quantity", quantity}});
    }
  } else {
    for (const json& item : order["Items"]) {
      const std::int64_t item_id = item["ID"].get<std::int64_t>();
      const std::int64_t open = item["Quantity"].get<std::int64_t>() -
                                shipped_units(order, item_id) - cancelled_units(order, item_id);
      if (open > 0) {
        shipped_items.push_back({{"OrderItemID", item_id}, {"Quantity", open}});
      }
    }
  }
  const std::int64_t fulfillment_id = next_fulfillment_id_++;
  order["Fulfillments"].push_back({{"ID", fulfillment_id},
                                   {"OrderID", *id},
                                   {"Type", "Ship"},
                                   {"DeliveryStatus", value.value("DeliveryStatus", "Complete")},
                                   {"TrackingNumber", value.value("TrackingNumber", "")},
                                   {"ShippingCarrier", value.value("ShippingCarrier", "")},
                                   {"ShippingClass", value.value("ShippingClass", "")},
                                   {"ShippedDateUtc", value.value("ShippedDateUtc", "")},
                                   {"SellerFulfillmentID", value.value("SellerFulfillmentID", "")},
                                   {"Items", shipped_items}});
  order["ShippingStatus"] = all_items_done(order) ? "Shipped" : "PartiallyShipped";
  order["UpdatedDateUtc"] = utc_text_now();
  received_.record({"shipment", std::to_string(*id), "POST", request.path, *body,
                    json{{"fulfillment_id", fulfillment_id}, {"items", shipped_items}}});
  return Reply{204, "", "application/json", {}};
}

Reply ChannelAdvisorEmulator::adjust_order(const httplib::Request& request) {
  if (auto denied = check_token(request)) {
    return *denied;
  }
  const auto id = parse_integer(request.matches[1].str());
  if (!id || orders_.count(*id) == 0) {
    return odata_error(404, "order " + request.matches[1].str() + " not found");
  }
  json& order = orders_[*id];
  const auto body = object_body(request);
  if (!body) {
    return odata_error(400, "the body must be a JSON object");
  }
  const std::string seller_id = body->value("SellerAdjustmentID", "");
  if (!seller_id.empty() && adjustment_ids_.count(seller_id) > 0) {
    return odata_error(409, "SellerAdjustmentID '" + seller_id + "' has already been used");
  }
  if (order.value("ShippingStatus", "") == "ThirdPartyManaged") {
    return odata_error(400, "order " + std::to_string(*id) + " is ThirdPartyManaged");
  }
  const bool refund_only = body->value("RefundOnly", false);
  json adjustment = {{"ID", next_adjustment_id_},
                     {"OrderItemID", nullptr},
                     {"SellerAdjustmentID", seller_id},
                     {"Reason", body->value("Reason", "GeneralAdjustment")},
                     {"Restock", body->value("Restock", false)},
                     {"Type", refund_only ? "Refund" : "Cancel"}};
  if (body->contains("AdjustmentAmount")) {
    const auto cents = cents_of((*body)["AdjustmentAmount"]);
    if (!cents || *cents < 0) {
      return odata_error(400, "AdjustmentAmount must be a non-negative amount");
    }
    adjustment["AdjustmentAmount"] = amount_json(*cents);
  }
  if (!refund_only) {
    if (order.value("ShippingStatus", "") == "Canceled") {
      return odata_error(400, "order " + std::to_string(*id) + " is already Canceled");
    }
    if (any_shipped(order)) {
      return odata_error(400, "order " + std::to_string(*id) +
                                  " has shipped items: refund them with RefundOnly");
    }
    if (order.value("SiteName", "").rfind("eBay", 0) == 0 && is_paid(order)) {
      // eBay: cancelling a paid, unshipped order files a dispute; the order stays open until
      // the dispute closes (an admin change to ShippingStatus Canceled stands for that).
      adjustment["DisputeOpened"] = true;
    } else {
      order["ShippingStatus"] = "Canceled";
    }
  }
  ++next_adjustment_id_;
  adjustment_ids_.insert(seller_id);
  order["Adjustments"].push_back(adjustment);
  order["UpdatedDateUtc"] = utc_text_now();
  received_.record({"adjustment", std::to_string(*id), "POST", request.path, *body, adjustment});
  return Reply{204, "", "application/json", {}};
}

Reply ChannelAdvisorEmulator::adjust_item(const httplib::Request& request) {
  if (auto denied = check_token(request)) {
    return *denied;
  }
  const auto item_id = parse_integer(request.matches[1].str());
  const auto location = item_id ? find_item(*item_id) : std::nullopt;
  if (!location) {
    return odata_error(404, "order item " + request.matches[1].str() + " not found");
  }
  json& order = orders_[location->first];
  const json& item = order["Items"][location->second];
  const auto body = object_body(request);
  if (!body) {
    return odata_error(400, "the body must be a JSON object");
  }
  const std::string seller_id = body->value("SellerAdjustmentID", "");
  if (!seller_id.empty() && adjustment_ids_.count(seller_id) > 0) {
    return odata_error(409, "SellerAdjustmentID '" + seller_id + "' has already been used");
  }
  if (order.value("ShippingStatus", "") == "ThirdPartyManaged") {
    return odata_error(400, "order " + std::to_string(location->first) + " is ThirdPartyManaged");
  }
  const bool refund_only = body->value("RefundOnly", false);
  const std::int64_t quantity = body->contains("Quantity") && (*body)["Quantity"].is_number_integer()
                                    ? (*body)["Quantity"].get<std::int64_t>()
                                    : 0;
  const std::int64_t shipped = shipped_units(order, *item_id);
  const std::int64_t open =
      item["Quantity"].get<std::int64_t>() - shipped - cancelled_units(order, *item_id);
  if (!refund_only && (quantity < 1 || quantity > open)) {
    return odata_error(400, "item " + std::to_string(*item_id) + ": cannot cancel " +
                                std::to_string(quantity) + ", " + std::to_string(open) +
                                " unshipped");
  }
  if (refund_only && quantity > shipped) {
    return odata_error(400, "item " + std::to_string(*item_id) + ": cannot refund " +
                                std::to_string(quantity) + " units, " + std::to_string(shipped) +
                                " shipped");
  }
  json adjustment = {{"ID", next_adjustment_id_},
                     {"OrderItemID", *item_id},
                     {"SellerAdjustmentID", seller_id},
                     {"Reason", body->value("Reason", "GeneralAdjustment")},
                     {"Restock", body->value("Restock", false)},
                     {"Quantity", quantity},
                     {"Type", refund_only ? "Refund" : "Cancel"}};
  for (const char* field : {"ItemAdjustment", "TaxAdjustment", "ShippingAdjustment"}) {
    if (body->contains(field)) {
      const auto cents = cents_of((*body)[field]);
      if (!cents || *cents < 0) {
        return odata_error(400, std::string(field) + " must be a non-negative amount");
      }
      adjustment[field] = amount_json(*cents);
    }
  }
  ++next_adjustment_id_;
  adjustment_ids_.insert(seller_id);
  order["Adjustments"].push_back(adjustment);
  if (!refund_only && all_items_done(order) && !any_shipped(order)) {
    order["ShippingStatus"] = "Canceled";
  }
  order["UpdatedDateUtc"] = utc_text_now();
  received_.record({"adjustment", std::to_string(location->first), "POST", request.path, *body,
                    adjustment});
  return Reply{204, "", "application/json", {}};
}

}  // namespace orderhub::sandbox::channeladvisor
