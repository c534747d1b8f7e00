// invoice_upload.h: sending each shipped order's invoice to its channel (features.md §4), for
// accounts with invoice.upload on whose channel plugin declares invoice.upload.
//
// When a shipment makes an order fully shipped, the same write transaction assigns the order's
// invoice number and queues an outbox row of kind invoice with key "invoice:<order id>:<number>":
// an orderhub.invoice_upload/1 without its PDF. Rendering needs an invoice plugin, so the PDF is
// attached when the row is delivered (InvoiceAttachingChannel): the first attempt renders the
// invoice (or reuses the stored rendition) and pins that rendition to the order, so every retry
// sends the same bytes.
#pragma once

#include <optional>
#include <string>

#include "domain/order.h"
#include "domain/outbox.h"
#include "pipeline/actions/actions.h"
#include "pipeline/invoices/invoice_printer.h"
#include "pipeline/outbox/outbox_channel.h"
#include "store/transaction.h"

namespace orderhub::pipeline {

// "invoice:12:INV-12".
std::string invoice_upload_key(domain::OrderId order_id, const std::string& invoice_number);
// The order id in such a key; nullopt for anything else.
std::optional<domain::OrderId> order_of_invoice_upload_key(std::string_view key);

// Whether an upload is due: the order became fully shipped with this action, the account sends
// invoices, the channel can take them, and the order is not fulfilled outside the hub.
bool invoice_upload_due(const domain::Order& before, const domain::Order& after,
                        const ChannelFacts& channel);

// Assigns the invoice number and queues the upload row (without the PDF), inside the action's
// transaction.
domain::OutboxRow queue_invoice_upload(store::Transaction& transaction, const domain::Order& order,
                                       const ActionContext& context);

// The outbox channel of an account with the PDF attached to invoice rows on their way out. Other
// rows pass through unchanged. An invoice that cannot be rendered fails the row permanently with
// the reason (fix the cause, then `orderhub outbox resend`).
class InvoiceAttachingChannel final : public OutboxChannel {
 public:
  InvoiceAttachingChannel(OutboxChannel& channel, InvoicePrinter& printer)
      : channel_(channel), printer_(printer) {}

  loader::CallResult deliver(domain::OutboxKind kind, std::string_view document) override;

 private:
  OutboxChannel& channel_;
  InvoicePrinter& printer_;
};

}  // namespace orderhub::pipeline
