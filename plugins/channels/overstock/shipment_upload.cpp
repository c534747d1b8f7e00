// Ship confirmations and short ships: find an earlier attempt's effect, then post.
#include "shipment_upload.h"

#include "xml_nodes.h"

namespace orderhub::overstock {
namespace {

pugi::xml_node shipment_for_line(pugi::xml_node message, const StoredOrder& order,
                                 const std::string& line_id, const std::string& warehouse_code,
                                 const std::string& idempotency_key) {
  pugi::xml_node shipment = message.append_child("supplierShipment");
  append_text(shipment, "salesChannelName", order.sales_channel_name);
  append_text(shipment, "salesChannelOrderNumber", order.order_number);
  append_text(shipment, "salesChannelLineNumber", line_id);
  append_code(shipment, "warehouse", warehouse_code);
  append_text(shipment, "idempotencyKey", idempotency_key);
  return shipment;
}

pugi::xml_node message_root(pugi::xml_document& document) {
  pugi::xml_node root = document.append_child("supplierShipmentMessage");
  root.append_attribute("xmlns").set_value(supplier_oasis_namespace);
  return root;
}

bool already_posted(const OverstockClient& client, const std::string& resource,
                    const StoredOrder& order, const std::string& key) {
  const XmlReply listed =
      client.get("/" + resource + "?salesChannelOrderNumber=" + order.order_number);
  return holds_idempotency_key(*listed.document, key);
}

}  // namespace

std::string shipment_message(const ShipmentRequest& request, const std::string& warehouse_code) {
  pugi::xml_document document;
  pugi::xml_node root = message_root(document);
  for (const LineQuantity& line : request.lines) {
    pugi::xml_node shipment = shipment_for_line(root, request.order, line.line_id,
                                                warehouse_code, request.idempotency_key);
    pugi::xml_node confirmation = shipment.append_child("supplierShipConfirmation");
    append_text(confirmation, "quantity", std::to_string(line.quantity));
    append_code(confirmation, "carrier", request.carrier_code);
    append_text(confirmation, "trackingNumber", request.tracking_number);
    append_text(confirmation, "shipDate", request.ship_date);
    append_code(confirmation, "serviceLevel", request.service_level_code);
  }
  return xml_text(document);
}

std::string short_ship_message(const CancellationRequest& request,
                               const std::string& warehouse_code) {
  pugi::xml_document document;
  pugi::xml_node root = message_root(document);
  for (const LineQuantity& line : request.lines) {
    pugi::xml_node shipment = shipment_for_line(root, request.order, line.line_id,
                                                warehouse_code, request.idempotency_key);
    pugi::xml_node short_ship = shipment.append_child("shortShip");
    append_code(short_ship, "reasonCode", reason_code(request.reason));
    append_text(short_ship, "quantity", std::to_string(line.quantity));
  }
  return xml_text(document);
}

bool holds_idempotency_key(const pugi::xml_document& reply, const std::string& key) {
  for (const pugi::xml_node& element : reply.document_element().children()) {
    if (text_or_empty(element, "idempotencyKey") == key) {
      return true;
    }
  }
  return false;
}

std::string upload_shipment(const OverstockClient& client, const std::string& warehouse_code,
                            const ShipmentRequest& request) {
  const std::string& number = request.order.order_number;
  if (already_posted(client, "shipments", request.order, request.idempotency_key)) {
    return delivery_result(request.idempotency_key, /*already_applied=*/true,
                           "Overstock order " + number + " already has this shipment");
  }
  client.post("/shipments", shipment_message(request, warehouse_code));
  return delivery_result(request.idempotency_key, /*already_applied=*/false,
                         "Overstock order " + number + ": " +
                             std::to_string(request.lines.size()) + " line(s) ship-confirmed");
}

std::string cancel_order(const OverstockClient& client, const std::string& warehouse_code,
                         const CancellationRequest& request) {
  const std::string& number = request.order.order_number;
  if (already_posted(client, "shipments", request.order, request.idempotency_key)) {
    return delivery_result(request.idempotency_key, /*already_applied=*/true,
                           "Overstock order " + number + " already has this cancellation");
  }
  client.post("/shipments", short_ship_message(request, warehouse_code));
  return delivery_result(request.idempotency_key, /*already_applied=*/false,
                         "Overstock order " + number + ": " +
                             std::to_string(request.lines.size()) + " line(s) short-shipped (" +
                             reason_code(request.reason) + ")");
}

}  // namespace orderhub::overstock
