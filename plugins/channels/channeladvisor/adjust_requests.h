// "cancel.channel" and "refund.channel": ChannelAdvisor adjustments.
//   order level: POST /v1/Orders(ID)/Adjust {Reason, AdjustmentAmount?, Restock, RefundOnly?,
//                                             SellerAdjustmentID}
//   line level:  POST /v1/OrderItems(ID)/Adjust {Quantity, Reason, Restock, ItemAdjustment,
//                                                TaxAdjustment, ShippingAdjustment, RefundOnly?,
//                                                SellerAdjustmentID}
// Unshipped items are cancelled; shipped items are refunded with RefundOnly true; an amount-only
// refund is RefundOnly too (money back, nothing cancelled). Restock is true only when the hub's
// user asked, except that an Amazon cancellation always restocks on the marketplace (ChannelAdvisor
// documents it), so it is sent true there. SellerAdjustmentID is the idempotency key (with
// "/<line>" per line); ChannelAdvisor refuses a SellerAdjustmentID it already holds, which is
// answered already_applied.
#ifndef ORDERHUB_PLUGINS_CHANNELADVISOR_ADJUST_REQUESTS_H
#define ORDERHUB_PLUGINS_CHANNELADVISOR_ADJUST_REQUESTS_H

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "channeladvisor_client.h"
#include "write_requests.h"

namespace orderhub::channeladvisor {

// The hub's free-text reason as one of ChannelAdvisor's reasons: an exact ChannelAdvisor reason
// is kept; otherwise by words: "stock"/"available" -> ItemNotAvailable, "buyer"/"customer
// asked"/"changed mind" -> BuyerCancelled, "return" -> CustomerReturnedItem, "not received"/
// "never arrived"/"lost" -> MerchandiseNotReceived, "address"/"undeliverable" ->
// ShippingAddressUndeliverable, "could not ship"/"cannot ship" -> CouldNotShip, "exchange" ->
// CustomerExchange, "alternate"/"substitut" -> AlternateItemProvided, else GeneralAdjustment.
std::string channeladvisor_reason(std::string_view hub_reason);

// One Adjust call: the path and the body (amounts as decimal text, sent as number literals).
struct AdjustCall {
  std::string path;
  nlohmann::json body;
};

std::vector<AdjustCall> cancellation_calls(const CancellationRequest& request);
std::vector<AdjustCall> refund_calls(const RefundRequest& request, int minor_digits);

// The Adjust body as sent: decimal amounts as JSON number literals.
std::string adjust_body_text(const nlohmann::json& body);

// Sends the calls in order; a call answered 409 because its SellerAdjustmentID is already known
// counts as applied before. Returns the orderhub.delivery_result/1, already_applied when every
// call had been applied before.
std::string send_adjustments(ChannelAdvisorClient& client, const std::string& order_id,
                             const std::string& idempotency_key,
                             const std::vector<AdjustCall>& calls);

}  // namespace orderhub::channeladvisor

#endif  // ORDERHUB_PLUGINS_CHANNELADVISOR_ADJUST_REQUESTS_H
