// Acknowledgements and the backorder inventory feed.
#include "simple_feeds.h"

#include "money_text.h"
#include "xml_nodes.h"

namespace orderhub::overstock {

std::string acknowledgement_message(const AcknowledgementRequest& request) {
  pugi::xml_document document;
  pugi::xml_node root = document.append_child("salesOrderAcknowledgementMessage");
  root.append_attribute("xmlns").set_value(supplier_oasis_namespace);
  append_text(root, "idempotencyKey", request.idempotency_key);
  for (const StoredOrder& order : request.orders) {
    pugi::xml_node acknowledgement = root.append_child("salesOrderAcknowledgement");
    append_text(acknowledgement, "salesChannelName", order.sales_channel_name);
    append_text(acknowledgement, "salesChannelOrderNumber", order.order_number);
  }
  return xml_text(document);
}

std::string inventory_message(const InventoryRequest& request, const std::string& warehouse_code) {
  pugi::xml_document document;
  pugi::xml_node root = document.append_child("inventoryMessage");
  root.append_attribute("xmlns").set_value(supplier_oasis_namespace);
  for (const InventoryItem& item : request.items) {
    pugi::xml_node row = root.append_child("inventory");
    append_text(row, "partnerSKU", item.sku);
    append_code(row, "warehouse", warehouse_code);
    append_text(row, "quantity", std::to_string(item.quantity));
    append_text(row, "quantityOnOrder", std::to_string(item.quantity_on_order));
    if (item.expected_delivery_date) {
      append_text(row, "expectedDeliveryDate", *item.expected_delivery_date);
    }
  }
  return xml_text(document);
}

std::string acknowledge_orders(const OverstockClient& client,
                               const AcknowledgementRequest& request) {
  const XmlReply reply =
      client.post("/salesorders/acknowledgements", acknowledgement_message(request));
  const pugi::xml_node root = reply.document->document_element();
  const auto acknowledged = parse_whole_number(text_or_empty(root, "acknowledged"));
  const auto already = parse_whole_number(text_or_empty(root, "alreadyAcknowledged"));
  const bool already_applied = acknowledged && already && *acknowledged == 0 && *already > 0;
  return delivery_result("", already_applied,
                         std::to_string(request.orders.size()) + " order(s) acknowledged" +
                             (already_applied ? " already" : ""));
}

std::string push_inventory(const OverstockClient& client, const std::string& warehouse_code,
                           const InventoryRequest& request) {
  client.post("/inventory", inventory_message(request, warehouse_code));
  return delivery_result("", /*already_applied=*/false,
                         std::to_string(request.items.size()) + " SKU(s) sent");
}

}  // namespace orderhub::overstock
