// Refunds as Supplier Oasis-style returns.
#include "refund_upload.h"

#include "shipment_upload.h"
#include "xml_nodes.h"

namespace orderhub::overstock {

std::string return_message(const RefundRequest& request, const Currency& currency) {
  pugi::xml_document document;
  pugi::xml_node root = document.append_child("returnMessage");
  root.append_attribute("xmlns").set_value(supplier_oasis_namespace);
  pugi::xml_node refund = root.append_child("return");
  append_text(refund, "salesChannelName", request.order.sales_channel_name);
  append_text(refund, "salesChannelOrderNumber", request.order.order_number);
  append_text(refund, "idempotencyKey", request.idempotency_key);
  append_text(refund, "reason", request.reason);
  if (!request.notes.empty()) {
    append_text(refund, "notes", request.notes);
  }
  append_text(refund, "fullRefund", request.full ? "true" : "false");
  append_text(refund, "amount", format_minor_units(request.amount.minor, currency.minor_digits));
  append_text(refund, "shippingAmount",
              format_minor_units(request.shipping.minor, currency.minor_digits));
  for (const RefundLine& line : request.lines) {
    pugi::xml_node returned = refund.append_child("returnLine");
    append_text(returned, "salesChannelLineNumber", line.line_id);
    append_text(returned, "quantity", std::to_string(line.quantity));
    append_text(returned, "amount", format_minor_units(line.amount.minor, currency.minor_digits));
  }
  return xml_text(document);
}

std::string refund_order(const OverstockClient& client, const Currency& currency,
                         const RefundRequest& request) {
  const std::string& number = request.order.order_number;
  const XmlReply listed = client.get("/returns?salesChannelOrderNumber=" + number);
  if (holds_idempotency_key(*listed.document, request.idempotency_key)) {
    return delivery_result(request.idempotency_key, /*already_applied=*/true,
                           "Overstock order " + number + " already has this refund");
  }
  client.post("/returns", return_message(request, currency));
  return delivery_result(request.idempotency_key, /*already_applied=*/false,
                         "Overstock order " + number + " refunded " +
                             format_minor_units(request.amount.minor, currency.minor_digits) +
                             " " + currency.code);
}

}  // namespace orderhub::overstock
