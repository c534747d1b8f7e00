// invoice_printer.cpp: choose, render once, store, reuse.
#include "pipeline/invoices/invoice_printer.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/accounts/account_settings.h"
#include "pipeline/documents/schema_validator.h"
#include "pipeline/invoices/host_settings.h"
#include "pipeline/invoices/render_request.h"
#include "pipeline/invoices/sha256.h"

namespace orderhub::pipeline {
namespace {

namespace fs = std::filesystem;

struct TemplateFile {
  std::string path{};     // absolute; empty for none
  std::string version{};  // SHA-256 of the content; empty for none
};

domain::Result<TemplateFile> read_template(const std::string& path) {
  if (path.empty()) {
    return TemplateFile{};
  }
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error);
  const std::string shown = domain::quoted(error ? path : absolute.string());
  if (error || !fs::is_regular_file(absolute, error)) {
    return domain::Error{"invoice template " + shown + " does not exist or is not a file"};
  }
  std::ifstream file(absolute, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  if (!file) {
    return domain::Error{"invoice template " + shown + " cannot be read"};
  }
  return TemplateFile{absolute.string(), sha256_hex(content.str())};
}

std::string channel_name(const loader::PluginRegistry& registry, std::string_view plugin_id) {
  const loader::PluginLookup lookup = registry.find(plugin_id);
  if (lookup && !lookup.plugin->name.empty()) {
    return lookup.plugin->name;
  }
  return std::string(loader::short_name_of(plugin_id));
}

}  // namespace

InvoicePreference order_invoice_preference(const domain::OrderOverrides& overrides) {
  return {overrides.invoice_plugin, overrides.invoice_template};
}

InvoicePrinter::InvoicePrinter(store::Store& store, const loader::PluginRegistry& registry,
                               std::shared_ptr<const services::Clock> clock)
    : store_(store), registry_(registry), clock_(std::move(clock)) {}

InvoicePrinter::~InvoicePrinter() = default;

domain::Result<std::shared_ptr<const loader::LoadedPlugin>> InvoicePrinter::find_invoice_plugin(
    std::string_view plugin) const {
  const loader::PluginLookup lookup = registry_.find(plugin);
  if (!lookup) {
    return domain::Error{"invoice plugin: " + lookup.error};
  }
  if (lookup.plugin->kind != loader::PluginKind::invoice) {
    return domain::Error{"plugin " + lookup.plugin->id + " is a " +
                         std::string(loader::kind_name(lookup.plugin->kind)) +
                         " plugin, not an invoice plugin"};
  }
  return lookup.plugin;
}

domain::Result<loader::PluginInstance*> InvoicePrinter::instance_of(
    const std::shared_ptr<const loader::LoadedPlugin>& plugin) {
  if (const auto found = instances_.find(plugin->id); found != instances_.end()) {
    return found->second.get();
  }
  services::HostEnvironment environment;  // in-memory kv: invoice plugins keep no state
  environment.clock = clock_;
  services::InstanceIdentity identity{plugin->id, "invoice:" + plugin->id,
                                      std::chrono::milliseconds{0}};
  loader::CreateResult created = loader::PluginInstance::create(
      plugin, std::make_unique<services::InstanceHost>(std::move(environment), std::move(identity)),
      "{}");
  if (!created.result.ok()) {
    return domain::Error{"invoice plugin " + plugin->id +
                         " could not be started: " + created.result.message};
  }
  loader::PluginInstance* pointer = created.instance.get();
  instances_.emplace(plugin->id, std::move(created.instance));
  return pointer;
}

domain::Result<PrintedInvoice> InvoicePrinter::print(domain::OrderId order_id,
                                                     std::string_view plugin_option) {
  // Everything the request needs, read in one snapshot; every refusal comes before any write.
  std::unique_ptr<store::Transaction> reading = store_.begin_read();
  std::optional<domain::Order> order = reading->orders().find(order_id);
  if (!order) {
    return domain::Error{"there is no order " + std::to_string(order_id.value)};
  }
  const std::optional<domain::Account> account = reading->accounts().find(order->account);
  if (!account) {
    return domain::Error{"order " + std::to_string(order_id.value) + ": its account " +
                         domain::quoted(order->account.str()) + " is missing"};
  }
  auto settings = parse_account_settings(account->settings);
  if (!settings) {
    return settings.error().within("account " + domain::quoted(account->id.str()));
  }
  const std::map<std::string, std::string> host = effective_host_settings(*reading);
  const std::optional<store::InvoiceNumber> existing_number =
      reading->invoices().find_number(order_id);
  const domain::OrderOverrides overrides = reading->order_overrides().find(order_id);
  reading.reset();

  PrintedInvoice printed;
  printed.choice = choose_invoice(
      order_invoice_preference(overrides), {settings->invoice_plugin, settings->invoice_template},
      {host.at("invoice.plugin"), host.at("invoice.template")}, plugin_option);
  auto plugin = find_invoice_plugin(printed.choice.plugin);
  if (!plugin) {
    return plugin.error();
  }
  printed.choice.plugin = (*plugin)->id;
  auto template_file = read_template(printed.choice.template_path);
  if (!template_file) {
    return template_file.error();
  }
  printed.choice.template_path = template_file->path;

  const domain::Date today =
      domain::date_of(std::chrono::floor<std::chrono::seconds>(clock_->now()));
  printed.number = existing_number ? *existing_number
                                   : store::InvoiceNumber{
                                         order_id, "INV-" + std::to_string(order_id.value), today};
  printed.key = {order_id, printed.number.number, (*plugin)->id, template_file->version};

  if (existing_number) {
    std::optional<store::Rendition> stored =
        store_.begin_read()->invoices().find_rendition(printed.key);
    if (stored) {
      printed.pdf = std::move(stored->pdf);
      printed.reused = true;
      return printed;
    }
  }

  auto instance = instance_of(*plugin);
  if (!instance) {
    return instance.error();
  }
  const nlohmann::json request =
      render_request({*order, *account, channel_name(registry_, account->plugin_id), printed.number,
                      seller_block(host), template_file->path});
  if (const auto problems = SchemaValidator::shared().validate("render_request", request);
      !problems.empty()) {
    return domain::Error{"order " + std::to_string(order_id.value) +
                         " cannot be rendered: its render request is invalid at " +
                         problems.front().to_string()};
  }
  const loader::CallResult result = (*instance)->render_pdf(request.dump());
  if (!result.ok()) {
    return domain::Error{"invoice plugin " + (*plugin)->id + " could not render order " +
                         std::to_string(order_id.value) + ": " +
                         std::string(services::status_name(result.status)) +
                         (result.message.empty() ? "" : ": " + result.message)};
  }
  if (!result.output.starts_with("%PDF-")) {
    return domain::Error{
        "invoice plugin " + (*plugin)->id + " returned " + std::to_string(result.output.size()) +
        " bytes that are not a PDF (no %PDF- header) for order " + std::to_string(order_id.value)};
  }
  const store::Rendition stored =
      store::in_write_transaction(store_, [&](store::Transaction& transaction) {
        printed.number = transaction.invoices().assign_number(order_id, printed.number.date);
        printed.key.invoice_number = printed.number.number;
        return transaction.invoices().store_rendition(
            {printed.key, result.output, std::chrono::floor<std::chrono::seconds>(clock_->now())});
      });
  printed.pdf = stored.pdf;
  return printed;
}

domain::Result<PrintedInvoice> InvoicePrinter::print_for_upload(domain::OrderId order_id) {
  {
    std::unique_ptr<store::Transaction> reading = store_.begin_read();
    if (const auto pinned = reading->invoices().find_upload_rendition(order_id)) {
      if (auto stored = reading->invoices().find_rendition(*pinned)) {
        PrintedInvoice printed;
        printed.number = reading->invoices().find_number(order_id).value_or(store::InvoiceNumber{});
        printed.key = *pinned;
        printed.pdf = std::move(stored->pdf);
        printed.reused = true;
        printed.choice.plugin = pinned->plugin_id;
        printed.choice.plugin_source = "upload";
        return printed;
      }
    }
  }
  auto printed = print(order_id);
  if (!printed) {
    return printed;
  }
  return store::in_write_transaction(store_, [&](store::Transaction& transaction) {
    PrintedInvoice chosen = std::move(printed).value();
    // Another worker may have pinned a rendition meanwhile: theirs is the one sent.
    if (const auto pinned = transaction.invoices().find_upload_rendition(order_id)) {
      if (auto stored = transaction.invoices().find_rendition(*pinned)) {
        chosen.key = *pinned;
        chosen.pdf = std::move(stored->pdf);
        return chosen;
      }
    }
    transaction.invoices().pin_upload_rendition(chosen.key);
    return chosen;
  });
}

domain::Result<TemplateReport> InvoicePrinter::check_template(const std::string& template_path,
                                                              std::string_view plugin_option) {
  std::string plugin_name(plugin_option);
  if (plugin_name.empty()) {
    plugin_name = effective_host_settings(*store_.begin_read()).at("invoice.plugin");
  }
  if (plugin_name.empty()) {
    plugin_name = std::string(kStandardInvoicePlugin);
  }
  auto plugin = find_invoice_plugin(plugin_name);
  if (!plugin) {
    return plugin.error();
  }
  if (!(*plugin)->has_capability("template.check")) {
    return domain::Error{"invoice plugin " + (*plugin)->id +
                         " cannot check templates (it does not declare template.check)"};
  }
  auto template_file = read_template(template_path);
  if (!template_file) {
    return template_file.error();
  }
  auto instance = instance_of(*plugin);
  if (!instance) {
    return instance.error();
  }
  const nlohmann::json request = {{"schema", "orderhub.template_check/1"},
                                  {"template", template_file->path}};
  const loader::CallResult result = (*instance)->check_template(request.dump());
  if (!result.ok()) {
    return domain::Error{"invoice plugin " + (*plugin)->id + " could not check the template: " +
                         std::string(services::status_name(result.status)) +
                         (result.message.empty() ? "" : ": " + result.message)};
  }
  const nlohmann::json report = nlohmann::json::parse(result.output, nullptr, false);
  if (const auto problems = SchemaValidator::shared().validate("template_report", report);
      !problems.empty()) {
    return domain::Error{
        "invoice plugin " + (*plugin)->id +
        " answered with an invalid template report: " + problems.front().to_string()};
  }
  TemplateReport checked;
  checked.plugin = (*plugin)->id;
  checked.ok = report["ok"].get<bool>();
  for (const nlohmann::json& problem : report["problems"]) {
    checked.problems.push_back({problem.value("where", ""), problem.value("message", "")});
  }
  return checked;
}

}  // namespace orderhub::pipeline
