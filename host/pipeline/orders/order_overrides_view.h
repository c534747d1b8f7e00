// order_overrides_view.h: the per-order overrides as order fields in the order's JSON view:
// "invoice_plugin", "invoice_template" (empty: the account's settings apply),
// "skip_fulfilment_upload" and "custom_fields" ({"name": "value"}).
#pragma once

#include <nlohmann/json.hpp>

#include "domain/order_overrides.h"

namespace orderhub::pipeline {

void add_overrides_to_json(nlohmann::ordered_json& order_json,
                           const domain::OrderOverrides& overrides);

}  // namespace orderhub::pipeline
