// "refund.channel": POST /returns (SYNTHETIC: Supplier Oasis publishes no returns contract) with
// one <return> per refund: the order, the reason and notes, the total and shipping amounts, and a
// <returnLine> per refunded line with its quantity and amount (whole lines, partial quantities and
// partial amounts alike; an amount-only refund has no lines).
// Idempotency (SYNTHETIC): the <return> carries <idempotencyKey>, which the channel keeps; before
// posting, GET /returns?salesChannelOrderNumber=N is checked for it.
#ifndef ORDERHUB_PLUGINS_OVERSTOCK_REFUND_UPLOAD_H
#define ORDERHUB_PLUGINS_OVERSTOCK_REFUND_UPLOAD_H

#include <string>

#include "money_text.h"
#include "overstock_client.h"
#include "write_requests.h"

namespace orderhub::overstock {

std::string return_message(const RefundRequest& request, const Currency& currency);

std::string refund_order(const OverstockClient& client, const Currency& currency,
                         const RefundRequest& request);

}  // namespace orderhub::overstock

#endif  // ORDERHUB_PLUGINS_OVERSTOCK_REFUND_UPLOAD_H
