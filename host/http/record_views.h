// record_views.h: the records kept beside an order (shipments, cancellations, refunds, returns)
// and outbox rows as JSON for the admin API. Money is {"minor", "currency"} as everywhere.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/cancellation.h"
#include "domain/outbox.h"
#include "domain/refund.h"
#include "domain/rma.h"
#include "domain/shipment.h"

namespace orderhub::http {

nlohmann::ordered_json shipment_to_json(const domain::Shipment& shipment);
nlohmann::ordered_json cancellation_to_json(const domain::Cancellation& cancellation);
nlohmann::ordered_json refund_to_json(const domain::Refund& refund);
nlohmann::ordered_json rma_to_json(const domain::Rma& rma);
// Every field but the document (which can be large); last_error is the channel's message.
nlohmann::ordered_json outbox_row_to_json(const domain::OutboxRow& row);

}  // namespace orderhub::http
