// "orderhub invoice ORDER [--out FILE] [--plugin ID]" and "orderhub invoice --account ID
// [--status S] --out DIR": prints invoices to PDF with each account's chosen invoice plugin.
#include <filesystem>
#include <fstream>
#include <ostream>

#include "action_command_support.h"
#include "invoice_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/invoices/invoice_printer.h"

namespace orderhub::cli {
namespace {

namespace options = boost::program_options;
namespace fs = std::filesystem;

constexpr const char* kDescription =
    "Prints an order's invoice to PDF with the invoice plugin chosen for it: the account's "
    "invoice.plugin, else the hub's default (`orderhub settings set invoice.plugin=ID`), else "
    "Standard (org.orderhub.invoice.standard); --plugin overrides the choice for this print. The "
    "template is the account's invoice.template, else the hub's, else the plugin's own.\n"
    "An order's invoice number (INV-<order id>) is assigned on its first print and kept. Every "
    "rendition is stored: printing again gives the same bytes until the plugin or the template "
    "file changes.\n"
    "With --account, prints every order of the account (optionally only those with --status) "
    "into the directory --out, one <invoice number>.pdf per order.\n"
    "Exit status: 0 when every invoice was written; 1 otherwise.";

bool write_file(const fs::path& path, const std::string& bytes, std::string& error) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file) {
    error = "cannot write " + domain::quoted(path.string());
    return false;
  }
  return true;
}

std::string describe(const pipeline::PrintedInvoice& printed) {
  return printed.number.number + " with " + printed.key.plugin_id + " (" +
         printed.choice.plugin_source + (printed.reused ? ", stored rendition" : ", rendered") +
         ")";
}

int print_one(const CommandContext& context, store::Store& store, pipeline::InvoicePrinter& printer,
              const std::string& reference, const std::string& out, const std::string& plugin) {
  auto order_id = find_order(store, reference);
  if (!order_id) {
    return command_failure(context, order_id.error().message);
  }
  auto printed = printer.print(*order_id, plugin);
  if (!printed) {
    return command_failure(context, printed.error().message);
  }
  const fs::path path = out.empty() ? fs::path(printed->number.number + ".pdf") : fs::path(out);
  std::string error;
  if (!write_file(path, printed->pdf, error)) {
    return command_failure(context, error);
  }
  context.out << "order " << order_id->value << ": invoice " << describe(*printed) << " -> "
              << path.string() << "\n";
  return kExitSuccess;
}

int print_account(const CommandContext& context, store::Store& store,
                  pipeline::InvoicePrinter& printer, const std::string& account_text,
                  const std::string& status_text, const std::string& out,
                  const std::string& plugin) {
  auto account = domain::AccountId::parse(account_text);
  if (!account) {
    return usage_error(context, "--account: " + account.error().message);
  }
  store::OrderFilter filter;
  filter.account = *account;
  filter.limit = -1;
  if (!status_text.empty()) {
    auto status = domain::parse_order_status(status_text);
    if (!status) {
      return usage_error(context, "--status: " + status.error().message);
    }
    filter.status = *status;
  }
  if (out.empty()) {
    return usage_error(context, "--account needs --out DIR, the directory for the PDFs");
  }
  std::vector<domain::Order> orders;
  {
    std::unique_ptr<store::Transaction> reading = store.begin_read();
    if (!reading->accounts().find(*account)) {
      return command_failure(context, "unknown account " + domain::quoted(account->str()));
    }
    orders = reading->orders().list(filter);
  }
  std::error_code error_code;
  fs::create_directories(out, error_code);
  if (error_code) {
    return command_failure(context, "cannot create the directory " + domain::quoted(out) + ": " +
                                        error_code.message());
  }
  int failures = 0;
  for (const domain::Order& order : orders) {
    auto printed = printer.print(order.id, plugin);
    std::string error;
    if (!printed) {
      error = printed.error().message;
    } else {
      const fs::path path = fs::path(out) / (printed->number.number + ".pdf");
      if (write_file(path, printed->pdf, error)) {
        context.out << "order " << order.id.value << ": invoice " << describe(*printed) << " -> "
                    << path.string() << "\n";
        continue;
      }
    }
    context.err << context.command_line_name << ": order " << order.id.value << ": " << error
                << "\n";
    ++failures;
  }
  context.out << orders.size() - static_cast<std::size_t>(failures) << " of " << orders.size()
              << " invoices written to " << out << "\n";
  return failures == 0 ? kExitSuccess : kExitFailure;
}

int invoice(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions command("ORDER [--out FILE] [--plugin ID] | --account ID [--status S] --out DIR",
                         kDescription);
  command.add_positional("ORDER", 1, "the order: its hub id (12) or ACCOUNT:CHANNEL_ORDER_ID");
  command.add()("out", options::value<std::string>()->value_name("PATH"),
                "the PDF file (default <invoice number>.pdf); with --account, the directory")(
      "plugin", options::value<std::string>()->value_name("ID"),
      "print with this invoice plugin (id or short name) instead of the chosen one")(
      "account", options::value<std::string>()->value_name("ID"),
      "print every order of this account")(
      "status", options::value<std::string>()->value_name("S"),
      "with --account: only orders with this status (in_process, completed, ...)");
  int exit_code = kExitSuccess;
  const auto values = command.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  const auto text = [&](const char* name) {
    return values->count(name) != 0 ? (*values)[name].as<std::string>() : std::string();
  };
  const bool one_order = values->count("ORDER") != 0;
  const bool whole_account = values->count("account") != 0;
  if (one_order == whole_account) {
    return usage_error(context, "give either ORDER or --account ID");
  }
  if (one_order && values->count("status") != 0) {
    return usage_error(context, "--status goes with --account, not with ORDER");
  }
  const auto store = open_hub_store(context);
  const loader::PluginRegistry registry = scan_plugins(context);
  pipeline::InvoicePrinter printer(*store, registry);
  if (one_order) {
    return print_one(context, *store, printer,
                     (*values)["ORDER"].as<std::vector<std::string>>().front(), text("out"),
                     text("plugin"));
  }
  return print_account(context, *store, printer, text("account"), text("status"), text("out"),
                       text("plugin"));
}

}  // namespace

Command invoice_command() {
  return Command{"invoice", "print invoices to PDF with each account's invoice plugin", &invoice};
}

}  // namespace orderhub::cli
