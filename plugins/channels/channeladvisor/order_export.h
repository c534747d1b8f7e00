// "orders.acknowledge": POST /v1/Orders(ID)/Export for each order the hub just stored, so that
// GET /v1/Orders?exported=false does not list it again (the once-only guard). Before exporting,
// GET /v1/Orders?exported=false&$filter=ID eq <ID> tells whether the order is still unexported;
// when it is not, the export is already there and is not sent again.
#ifndef ORDERHUB_PLUGINS_CHANNELADVISOR_ORDER_EXPORT_H
#define ORDERHUB_PLUGINS_CHANNELADVISOR_ORDER_EXPORT_H

#include <string>

#include "channeladvisor_client.h"
#include "write_requests.h"

namespace orderhub::channeladvisor {

// Returns the orderhub.delivery_result/1; already_applied when every order was exported before.
std::string acknowledge_orders(ChannelAdvisorClient& client, const AcknowledgementRequest& request);

}  // namespace orderhub::channeladvisor

#endif  // ORDERHUB_PLUGINS_CHANNELADVISOR_ORDER_EXPORT_H
