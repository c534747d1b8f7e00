// Export, checked first so that a repeated acknowledgement changes nothing.
#include "order_export.h"

#include "exact_json.h"

namespace orderhub::channeladvisor {

std::string acknowledge_orders(ChannelAdvisorClient& client,
                               const AcknowledgementRequest& request) {
  std::size_t exported_now = 0;
  std::size_t exported_before = 0;
  for (const StoredOrder& order : request.orders) {
    if (order.third_party_managed) {
      // Fulfilled outside the hub: nothing is sent back for it, not even the export.
      continue;
    }
    const JsonReply listed = client.get("/v1/Orders?exported=false&$filter=ID%20eq%20" +
                                        order.order_id + "&$select=ID");
    const nlohmann::json* rows = member(listed.body, "value");
    if (rows != nullptr && rows->is_array() && rows->empty()) {
      ++exported_before;
      continue;
    }
    client.post("/v1/Orders(" + order.order_id + ")/Export", "");
    ++exported_now;
  }
  const bool already = exported_now == 0 && exported_before > 0;
  return delivery_result("", already,
                         std::to_string(exported_now) + " exported, " +
                             std::to_string(exported_before) + " already exported");
}

}  // namespace orderhub::channeladvisor
