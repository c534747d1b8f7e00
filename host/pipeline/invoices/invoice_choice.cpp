// invoice_choice.cpp: the order -> account -> default -> Standard resolution.
#include "pipeline/invoices/invoice_choice.h"

namespace orderhub::pipeline {

InvoiceChoice choose_invoice(const InvoicePreference& order, const InvoicePreference& account,
                             const InvoicePreference& host_default,
                             std::string_view plugin_option) {
  InvoiceChoice choice;
  if (!plugin_option.empty()) {
    choice.plugin = std::string(plugin_option);
    choice.plugin_source = "option";
  } else if (!order.plugin.empty()) {
    choice.plugin = order.plugin;
    choice.plugin_source = "order";
  } else if (!account.plugin.empty()) {
    choice.plugin = account.plugin;
    choice.plugin_source = "account";
  } else if (!host_default.plugin.empty()) {
    choice.plugin = host_default.plugin;
    choice.plugin_source = "default";
  } else {
    choice.plugin = std::string(kStandardInvoicePlugin);
    choice.plugin_source = "standard";
  }
  for (const InvoicePreference* level : {&order, &account, &host_default}) {
    if (!level->template_path.empty()) {
      choice.template_path = level->template_path;
      break;
    }
  }
  return choice;
}

}  // namespace orderhub::pipeline
