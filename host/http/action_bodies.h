// action_bodies.h: the JSON bodies of the action routes read into the order rules' requests.
// Errors name the field: `"tracking_number": is required`, `"amount": "12,5" is not a decimal
// amount like 12.50`.
#pragma once

#include "domain/result.h"
#include "http/json_body.h"
#include "pipeline/actions/order_state_machine.h"

namespace orderhub::http {

domain::Result<pipeline::ShipRequest> read_ship_request(BodyFields& fields);
domain::Result<pipeline::CancelRequest> read_cancel_request(BodyFields& fields);
domain::Result<pipeline::CancelRequest> read_void_request(BodyFields& fields);
domain::Result<pipeline::RefundRequest> read_refund_request(BodyFields& fields);
domain::Result<pipeline::RmaRequest> read_rma_request(BodyFields& fields);
domain::Result<pipeline::RmaReceiptRequest> read_rma_receipt(BodyFields& fields);

}  // namespace orderhub::http
