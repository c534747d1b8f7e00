// render_request.cpp: the document an invoice plugin renders.
#include "pipeline/invoices/render_request.h"

#include "pipeline/documents/order_document.h"

namespace orderhub::pipeline {

nlohmann::json render_request(const RenderInputs& inputs) {
  nlohmann::json order = to_document(inputs.order);
  order["id"] = inputs.order.id.value;
  order["account"] = inputs.account.id.str();
  order["status"] = std::string(domain::to_string(inputs.order.status));
  order["notes"] = inputs.order.notes;
  return {{"schema", "orderhub.render_request/1"},
          {"order", std::move(order)},
          {"invoice",
           {{"number", inputs.number.number}, {"date", domain::format_date(inputs.number.date)}}},
          {"seller", inputs.seller},
          {"options",
           {{"show_prices", true},
            {"show_sku", true},
            {"show_images", false},
            {"show_notes", true},
            {"paper", "A4"},
            {"logo_path", nullptr},
            {"locale", "en-US"}}},
          {"template", inputs.template_path.empty() ? nlohmann::json(nullptr)
                                                    : nlohmann::json(inputs.template_path)},
          {"channel", {{"plugin_id", inputs.account.plugin_id}, {"name", inputs.channel_name}}}};
}

}  // namespace orderhub::pipeline
