// order_overrides_view.cpp: the overrides in the order's JSON.
#include "pipeline/orders/order_overrides_view.h"

namespace orderhub::pipeline {

void add_overrides_to_json(nlohmann::ordered_json& order_json,
                           const domain::OrderOverrides& overrides) {
  order_json["invoice_plugin"] = overrides.invoice_plugin;
  order_json["invoice_template"] = overrides.invoice_template;
  order_json["skip_fulfilment_upload"] = overrides.skip_fulfilment_upload;
  nlohmann::ordered_json fields = nlohmann::ordered_json::object();
  for (const auto& [name, value] : overrides.custom_fields) {
    fields[name] = value;
  }
  order_json["custom_fields"] = fields;
}

}  // namespace orderhub::pipeline
