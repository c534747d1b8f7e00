// "refund.channel": orderhub.refund/1 -> PUT /api/orders/<id>. SYNTHETIC: CS-Cart has no refund
// endpoint, so a full refund cancels the order (status I) and a partial one is a staff note,
// {"details": "Refund <idempotency_key>: 12.50 USD. Lines: ... Reason: ... Notes: ..."}. Before
// writing the note the order is read, and a note already starting "Refund <idempotency_key>:" is
// already_applied, so a retry after a dropped connection is not recorded twice.
#ifndef ORDERHUB_PLUGINS_CSCART_ORDER_REFUND_H
#define ORDERHUB_PLUGINS_CSCART_ORDER_REFUND_H

#include <string>

#include "cscart_client.h"
#include "write_requests.h"

namespace orderhub::cscart {

// "Refund <idempotency_key>:", the marker a retry looks for.
std::string refund_marker(const RefundRequest& request);

// The staff note of a partial refund.
std::string partial_refund_note(const RefundRequest& request);

// Answers the orderhub.delivery_result/1.
std::string refund_order(const CscartClient& client, const RefundRequest& request);

}  // namespace orderhub::cscart

#endif  // ORDERHUB_PLUGINS_CSCART_ORDER_REFUND_H
