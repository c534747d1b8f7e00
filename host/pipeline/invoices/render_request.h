// render_request.h: the orderhub.render_request/1 an invoice plugin renders (docs/documents.md,
// "Invoice calls"), built from the stored order, its account, the invoice number and the seller
// block of the hub's settings.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "domain/account.h"
#include "domain/order.h"
#include "store/invoice_repository.h"

namespace orderhub::pipeline {

struct RenderInputs {
  const domain::Order& order;
  const domain::Account& account;
  std::string channel_name;  // the channel plugin's display name ("Smart Bargains")
  const store::InvoiceNumber& number;
  nlohmann::json seller;      // seller_block() of the host settings
  std::string template_path;  // absolute, or empty for the plugin's default
};

// The request; the "order" is to_document() plus the hub's id, account, status and notes.
nlohmann::json render_request(const RenderInputs& inputs);

}  // namespace orderhub::pipeline
