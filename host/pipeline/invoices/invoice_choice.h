// invoice_choice.h: which invoice plugin and template print an order. Each of the two is chosen
// on its own, the first that is set winning:
//   1. the order's own choice (order-level values, e.g. set by an order rule),
//   2. the account's settings invoice.plugin / invoice.template,
//   3. the hub's settings invoice.plugin / invoice.template (`orderhub settings set`),
//   4. the plugin Standard (org.orderhub.invoice.standard); no template (the plugin's default).
// An explicit choice of the user (`orderhub invoice --plugin`) overrides the plugin of all four.
#pragma once

#include <string>
#include <string_view>

namespace orderhub::pipeline {

inline constexpr std::string_view kStandardInvoicePlugin = "org.orderhub.invoice.standard";

// One level's choice; an empty string means "not chosen here".
struct InvoicePreference {
  std::string plugin{};
  std::string template_path{};
};

struct InvoiceChoice {
  std::string plugin{};
  std::string template_path{};  // empty: the plugin's default template
  // Where the plugin came from: "option", "order", "account", "default" or "standard".
  std::string plugin_source{};
};

// order is the hook for order-level choices: pass what the order carries (nothing today).
InvoiceChoice choose_invoice(const InvoicePreference& order, const InvoicePreference& account,
                             const InvoicePreference& host_default,
                             std::string_view plugin_option = {});

}  // namespace orderhub::pipeline
