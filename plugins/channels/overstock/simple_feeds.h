// "orders.acknowledge" and "inventory.backorder", both SYNTHETIC in the Supplier Oasis XML style.
//
// POST /salesorders/acknowledgements: one <salesOrderAcknowledgement> per stored order. The channel
// acknowledges an order once; its reply counts <acknowledged> (new) and <alreadyAcknowledged>, so
// a repeat whose orders were all acknowledged already is answered already_applied.
//
// POST /inventory: one <inventory> row per SKU with quantity, quantityOnOrder and
// expectedDeliveryDate (left out when unknown). The figures are absolute, so a repeat changes
// nothing at the channel.
#ifndef ORDERHUB_PLUGINS_OVERSTOCK_SIMPLE_FEEDS_H
#define ORDERHUB_PLUGINS_OVERSTOCK_SIMPLE_FEEDS_H

#include <string>

#include "overstock_client.h"
#include "write_requests.h"

namespace orderhub::overstock {

std::string acknowledgement_message(const AcknowledgementRequest& request);
std::string inventory_message(const InventoryRequest& request, const std::string& warehouse_code);

std::string acknowledge_orders(const OverstockClient& client,
                               const AcknowledgementRequest& request);
std::string push_inventory(const OverstockClient& client, const std::string& warehouse_code,
                           const InventoryRequest& request);

}  // namespace orderhub::overstock

#endif  // ORDERHUB_PLUGINS_OVERSTOCK_SIMPLE_FEEDS_H
