// "cancel.channel": orderhub.cancellation/1 -> PUT /api/orders/<id>.
//
// A full cancellation sets the status to I (cancelled), after reading the order: when it is I
// already the answer is already_applied. CS-Cart has no partial cancellation, so a partial one is
// recorded as a staff note: {"details": "Cancelled: 1 x SKU-1, 2 x SKU-2. Reason: ...
// (orderhub <idempotency_key>)"}, and a note already carrying that key is already_applied.
#ifndef ORDERHUB_PLUGINS_CSCART_ORDER_CANCEL_H
#define ORDERHUB_PLUGINS_CSCART_ORDER_CANCEL_H

#include <string>

#include "cscart_client.h"
#include "write_requests.h"

namespace orderhub::cscart {

// The staff note of a partial cancellation.
std::string partial_cancellation_note(const CancellationRequest& request);

// Answers the orderhub.delivery_result/1.
std::string cancel_order(const CscartClient& client, const CancellationRequest& request);

// Sets status I unless the order has it already; shared with full refunds. what_happened names
// the effect for the message ("cancelled", "refunded in full").
std::string set_cancelled_status(const CscartClient& client, const std::string& order_id,
                                 const std::string& what_happened);

// Appends note to the order's staff notes unless they already contain marker.
std::string add_note_once(const CscartClient& client, const std::string& order_id,
                          const std::string& note, const std::string& marker,
                          const std::string& what_happened);

}  // namespace orderhub::cscart

#endif  // ORDERHUB_PLUGINS_CSCART_ORDER_CANCEL_H
