// invoice_printer.h: printing an order's invoice to PDF with the invoice plugin chosen for it
// (invoice_choice.h), and checking templates.
//
// An order's invoice number is assigned once ("INV-<order id>", dated the day of its first print)
// and kept for every reprint. Each rendition is stored, keyed by order, number, plugin and template
// version (the SHA-256 of the template file), so printing again returns the stored bytes, and an
// edited template or another plugin renders anew. Bad input (no such order, a plugin that is not
// installed or is not an invoice plugin, a template that cannot be read) is refused before anything
// is written; a plugin that fails to render writes nothing either.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ids.h"
#include "domain/order_overrides.h"
#include "domain/result.h"
#include "orderhub/loader/plugin_instance.h"
#include "orderhub/loader/plugin_registry.h"
#include "orderhub/services/clock.h"
#include "pipeline/invoices/invoice_choice.h"
#include "store/store.h"

namespace orderhub::pipeline {

struct PrintedInvoice {
  store::InvoiceNumber number{};
  store::RenditionKey key{};
  std::string pdf{};
  bool reused = false;  // the stored rendition, not rendered by this call
  InvoiceChoice choice{};
};

struct TemplateProblem {
  std::string where{};
  std::string message{};
};

struct TemplateReport {
  std::string plugin{};
  bool ok = false;
  std::vector<TemplateProblem> problems{};
};

// The order's own invoice choice, set by an order rule (`set_invoice`); it comes before the
// account's and the hub's.
InvoicePreference order_invoice_preference(const domain::OrderOverrides& overrides);

class InvoicePrinter {
 public:
  // store and registry must outlive the printer.
  InvoicePrinter(
      store::Store& store, const loader::PluginRegistry& registry,
      std::shared_ptr<const services::Clock> clock = std::make_shared<services::SystemClock>());
  ~InvoicePrinter();

  // The order's invoice with the chosen plugin, or plugin_option (an id or short name) when set.
  domain::Result<PrintedInvoice> print(domain::OrderId order_id,
                                       std::string_view plugin_option = {});

  // The invoice uploaded to the channel: the first call prints it (or reuses the stored
  // rendition) and pins that rendition to the order, later calls return the same bytes even when
  // the choice or the template changed since.
  domain::Result<PrintedInvoice> print_for_upload(domain::OrderId order_id);

  // Asks the plugin (plugin_option, else the hub's default, else Standard) to check the template
  // file. Refused when the plugin does not declare template.check.
  domain::Result<TemplateReport> check_template(const std::string& template_path,
                                                std::string_view plugin_option = {});

 private:
  domain::Result<std::shared_ptr<const loader::LoadedPlugin>> find_invoice_plugin(
      std::string_view plugin) const;
  domain::Result<loader::PluginInstance*> instance_of(
      const std::shared_ptr<const loader::LoadedPlugin>& plugin);

  store::Store& store_;
  const loader::PluginRegistry& registry_;
  std::shared_ptr<const services::Clock> clock_;
  std::map<std::string, std::unique_ptr<loader::PluginInstance>> instances_;
};

}  // namespace orderhub::pipeline
