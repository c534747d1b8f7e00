// "orderhub invoice-template check FILE [--plugin ID]": asks an invoice plugin to check a template
// before accounts use it.
#include <ostream>

#include "hub_access.h"
#include "invoice_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/invoices/invoice_printer.h"

namespace orderhub::cli {
namespace {

namespace options = boost::program_options;

int check(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions command(
      "FILE [--plugin ID]",
      "Asks an invoice plugin (--plugin, else the hub's default invoice.plugin, else Standard) to "
      "check a template file and lists every problem it finds.\n"
      "Exit status: 0 when the template is fine; 1 when it has problems or cannot be checked "
      "(no such file, no such plugin, a plugin that does not declare template.check).");
  command.add_positional("FILE", 1, "the template file");
  command.add()("plugin", options::value<std::string>()->value_name("ID"),
                "the invoice plugin that will use the template (id or short name)");
  int exit_code = kExitSuccess;
  const auto values = command.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("FILE") == 0) {
    return usage_error(context, "the template FILE is missing");
  }
  const std::string file = (*values)["FILE"].as<std::vector<std::string>>().front();
  const std::string plugin =
      values->count("plugin") != 0 ? (*values)["plugin"].as<std::string>() : std::string();
  const auto store = open_hub_store(context);
  const loader::PluginRegistry registry = scan_plugins(context);
  pipeline::InvoicePrinter printer(*store, registry);
  auto report = printer.check_template(file, plugin);
  if (!report) {
    return command_failure(context, report.error().message);
  }
  if (report->ok && report->problems.empty()) {
    context.out << file << ": ok for " << report->plugin << "\n";
    return kExitSuccess;
  }
  context.out << file << ": " << report->problems.size()
              << (report->problems.size() == 1 ? " problem" : " problems") << " for "
              << report->plugin << "\n";
  for (const pipeline::TemplateProblem& problem : report->problems) {
    context.out << "  " << (problem.where.empty() ? "" : problem.where + ": ") << problem.message
                << "\n";
  }
  return report->ok ? kExitSuccess : kExitFailure;
}

}  // namespace

Command invoice_template_command() {
  return Command{
      "invoice-template", "check an invoice template with its invoice plugin",
      [](const CommandContext& context, const std::vector<std::string>& arguments) {
        CommandRegistry subcommands;
        subcommands.add(Command{
            "check", "list a template's problems, as its invoice plugin sees them", &check});
        return subcommands.dispatch(context, arguments);
      }};
}

}  // namespace orderhub::cli
