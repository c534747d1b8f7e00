// Building and sending the Adjust calls of cancellations and refunds.
#include "adjust_requests.h"

#include <orderhub/sdk/error.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "exact_json.h"
#include "money_text.h"
#include "order_mapping.h"

namespace orderhub::channeladvisor {
namespace {

using nlohmann::json;

std::string lower(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(),
                 [](unsigned char letter) { return static_cast<char>(std::tolower(letter)); });
  return result;
}

bool mentions(const std::string& text, std::initializer_list<const char*> words) {
  for (const char* word : words) {
    if (text.find(word) != std::string::npos) {
      return true;
    }
  }
  return false;
}

std::string item_path(const std::string& line_id) {
  if (line_id.empty() || line_id.find_first_not_of("0123456789") != std::string::npos) {
    throw sdk::Error(sdk::Status::INVALID_ARGUMENT,
                     "lines: line_id \"" + line_id + "\" is not a ChannelAdvisor order item ID");
  }
  return "/v1/OrderItems(" + line_id + ")/Adjust";
}

void refuse_third_party(const StoredOrder& order) {
  if (order.third_party_managed) {
    throw sdk::Error(sdk::Status::FAILED_PRECONDITION,
                     "order " + order.order_id +
                         " is third-party managed: its adjustments are not sent to ChannelAdvisor");
  }
}

}  // namespace

std::string channeladvisor_reason(std::string_view hub_reason) {
  static constexpr std::array<const char*, 9> known{
      "GeneralAdjustment", "ItemNotAvailable",        "CustomerReturnedItem",
      "CouldNotShip",      "AlternateItemProvided",   "BuyerCancelled",
      "CustomerExchange",  "MerchandiseNotReceived", "ShippingAddressUndeliverable"};
  for (const char* reason : known) {
    if (hub_reason == reason) {
      return reason;
    }
  }
  const std::string text = lower(hub_reason);
  if (mentions(text, {"could not ship", "cannot ship", "can't ship", "unable to ship"})) {
    return "CouldNotShip";
  }
  if (mentions(text, {"stock", "available"})) {
    return "ItemNotAvailable";
  }
  if (mentions(text, {"not received", "never arrived", "lost", "not arrived"})) {
    return "MerchandiseNotReceived";
  }
  if (mentions(text, {"address", "undeliverable"})) {
    return "ShippingAddressUndeliverable";
  }
  if (mentions(text, {"exchange"})) {
    return "CustomerExchange";
  }
  if (mentions(text, {"return"})) {
    return "CustomerReturnedItem";
  }
  if (mentions(text, {"alternate", "substitut"})) {
    return "AlternateItemProvided";
  }
  if (mentions(text, {"buyer", "customer asked", "changed mind", "customer cancel"})) {
    return "BuyerCancelled";
  }
  return "GeneralAdjustment";
}

std::vector<AdjustCall> cancellation_calls(const CancellationRequest& request) {
  refuse_third_party(request.order);
  const std::string reason = channeladvisor_reason(request.reason);
  // Amazon restocks on the marketplace whenever an order is cancelled there.
  const bool restock = request.restock || is_amazon_site(request.order.site_name);
  if (request.full) {
    return {AdjustCall{"/v1/Orders(" + request.order.order_id + ")/Adjust",
                       json{{"Reason", reason},
                            {"Restock", restock},
                            {"SellerAdjustmentID", request.idempotency_key}}}};
  }
  std::vector<AdjustCall> calls;
  for (const LineQuantity& line : request.lines) {
    calls.push_back(AdjustCall{item_path(line.line_id),
                               json{{"Quantity", line.quantity},
                                    {"Reason", reason},
                                    {"Restock", restock},
                                    {"SellerAdjustmentID",
                                     request.idempotency_key + "/" + line.line_id}}});
  }
  return calls;
}

std::vector<AdjustCall> refund_calls(const RefundRequest& request, int minor_digits) {
  refuse_third_party(request.order);
  const std::string reason = channeladvisor_reason(request.reason);
  const auto decimal = [&](std::int64_t minor) { return format_minor_units(minor, minor_digits); };
  const std::string order_path = "/v1/Orders(" + request.order.order_id + ")/Adjust";
  if (request.full && request.lines.empty()) {
    // Everything paid back: a shipped order is refunded, an unshipped one cancelled.
    json body = {{"Reason", reason},
                 {"Restock", request.restock ||
                                 (!request.order.shipped && is_amazon_site(request.order.site_name))},
                 {"SellerAdjustmentID", request.idempotency_key}};
    if (request.order.shipped) {
      body["RefundOnly"] = true;
      body["AdjustmentAmount"] = decimal(request.amount_minor);
    }
    return {AdjustCall{order_path, std::move(body)}};
  }
  if (request.lines.empty()) {
    return {AdjustCall{order_path, json{{"Reason", reason},
                                        {"AdjustmentAmount", decimal(request.amount_minor)},
                                        {"Restock", request.restock},
                                        {"RefundOnly", true},
                                        {"SellerAdjustmentID", request.idempotency_key}}}};
  }
  std::vector<AdjustCall> calls;
  bool first = true;
  for (const RefundLine& line : request.lines) {
    const auto shipped = request.order.shipped_units.find(line.line_id);
    const bool line_shipped =
        shipped != request.order.shipped_units.end() && shipped->second > 0;
    json body = {{"Quantity", line.quantity},
                 {"Reason", reason},
                 {"Restock", request.restock},
                 {"ItemAdjustment", decimal(line.amount_minor)},
                 // The refund's shipping and tax go with its first line.
                 {"TaxAdjustment", decimal(first ? request.tax_minor : 0)},
                 {"ShippingAdjustment", decimal(first ? request.shipping_minor : 0)},
                 {"SellerAdjustmentID", request.idempotency_key + "/" + line.line_id}};
    if (line_shipped) {
      body["RefundOnly"] = true;
    }
    calls.push_back(AdjustCall{item_path(line.line_id), std::move(body)});
    first = false;
  }
  return calls;
}

std::string adjust_body_text(const json& body) {
  return dump_with_number_literals(
      body, {"AdjustmentAmount", "ItemAdjustment", "TaxAdjustment", "ShippingAdjustment"});
}

std::string send_adjustments(ChannelAdvisorClient& client, const std::string& order_id,
                             const std::string& idempotency_key,
                             const std::vector<AdjustCall>& calls) {
  std::size_t applied_before = 0;
  for (const AdjustCall& call : calls) {
    const JsonReply reply = client.post(call.path, adjust_body_text(call.body), {409});
    if (reply.status_code == 409) {
      const std::string message = odata_error_message(reply.text);
      if (message.find("SellerAdjustmentID") == std::string::npos) {
        throw sdk::Error(sdk::Status::FAILED_PRECONDITION,
                         "POST " + call.path + " answered HTTP 409: " + message);
      }
      ++applied_before;
    }
  }
  const bool already = applied_before == calls.size();
  return delivery_result("adjustment " + idempotency_key, already,
                         already ? "the adjustment was already at ChannelAdvisor"
                                 : "adjusted order " + order_id);
}

}  // namespace orderhub::channeladvisor
