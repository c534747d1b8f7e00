// "orderhub pnl ORDER [--json]" and "orderhub pnl --account ID --from DATE --to DATE [--json]":
// an order's profit and loss, or an account's orders summed per currency. "orderhub pnl cost
// ..." edits an order's cost lines (pnl_cost.cpp).
#include <ostream>

#include "action_command_support.h"
#include "hub_access.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/pnl/pnl_report.h"
#include "pnl_commands.h"

namespace orderhub::cli {
namespace {

namespace pnl = pipeline::pnl;
namespace po = boost::program_options;

std::string margin_text(const std::optional<std::int64_t>& margin) {
  return margin ? pnl::basis_points_to_percent_text(*margin) + "%" : "-";
}

void print_figures(std::ostream& out, const pnl::OrderPnl& figures) {
  std::vector<std::vector<std::string>> rows;
  for (const pnl::NamedFigure& figure : pnl::figures()) {
    rows.push_back(
        {std::string("  ") + figure.name + ":", domain::to_string(figures.*figure.amount)});
  }
  rows.push_back({"  margin:", margin_text(figures.margin_basis_points)});
  print_table(out, rows);
}

int show_order_pnl(const CommandContext& context, store::Store& store, const std::string& reference,
                   bool json) {
  auto id = find_order(store, reference);
  if (!id) {
    return command_failure(context, id.error().message);
  }
  auto figures = store::in_read_transaction(store, [&](store::Transaction& transaction) {
    return pnl::load_order_pnl(transaction, *id);
  });
  if (!figures) {
    return command_failure(context, figures.error().message);
  }
  if (json) {
    print_json(context.out, pnl::order_pnl_to_json(*figures));
    return kExitSuccess;
  }
  context.out << "order " << id->value << " (" << figures->account.str() << "), "
              << figures->currency.code() << (figures->estimated ? ", estimated" : ", final")
              << (figures->cancelled ? ", cancelled" : "") << "\n";
  print_figures(context.out, *figures);
  for (const domain::OrderCost& cost : figures->cost_lines) {
    context.out << "  cost " << cost.id << ": " << cost.label << " "
                << domain::to_string(cost.amount) << "\n";
  }
  for (const std::string& note : figures->notes) {
    context.out << "  note: " << note << "\n";
  }
  return kExitSuccess;
}

int show_account_pnl(const CommandContext& context, store::Store& store,
                     const po::variables_map& values, bool json) {
  for (const char* name : {"from", "to"}) {
    if (values.count(name) == 0) {
      return usage_error(context, std::string("--account needs --") + name);
    }
  }
  auto account = domain::AccountId::parse(values["account"].as<std::string>());
  if (!account) {
    return usage_error(context, "--account: " + account.error().message);
  }
  auto from = domain::parse_date(values["from"].as<std::string>());
  auto to = domain::parse_date(values["to"].as<std::string>());
  if (!from || !to) {
    return usage_error(context, "--from and --to are dates like 2026-11-23");
  }
  if (*to < *from) {
    return usage_error(context, "--to is before --from");
  }
  auto summary = store::in_read_transaction(store, [&](store::Transaction& transaction) {
    return pnl::load_account_pnl(transaction, *account, *from, *to);
  });
  if (!summary) {
    return command_failure(context, summary.error().message);
  }
  if (json) {
    print_json(context.out, pnl::account_pnl_to_json(*summary));
    return kExitSuccess;
  }
  context.out << "account " << account->str() << ", orders created " << domain::format_date(*from)
              << " to " << domain::format_date(*to) << "\n";
  if (summary->currencies.empty()) {
    context.out << "  no orders\n";
  }
  for (const pnl::CurrencySummary& currency : summary->currencies) {
    context.out << currency.currency.code() << ": " << currency.orders << " orders ("
                << currency.estimated << " estimated)\n";
    print_figures(context.out, currency.totals);
  }
  return kExitSuccess;
}

int run_pnl(const CommandContext& context, const std::vector<std::string>& arguments) {
  if (!arguments.empty() && arguments.front() == "cost") {
    return run_pnl_cost(context, std::vector<std::string>(arguments.begin() + 1, arguments.end()));
  }
  CommandOptions options(
      "ORDER [--json] | --account ID --from DATE --to DATE [--json] | cost ...",
      "Profit and loss. With ORDER: revenue (items, shipping, tax), discounts (refunds taken as\n"
      "a discount included), refunds, costs (item cost from the inventory's unit costs, the\n"
      "account's pnl.commission_percent and pnl.fee_fixed, shipping costs from `ship\n"
      "--shipping-cost`, cost lines from `pnl cost add`), profit and margin; \"estimated\" until\n"
      "the order is completed. With --account: the account's orders created from --from to --to\n"
      "(inclusive), summed per currency. `pnl cost add|remove` edits an order's cost lines.");
  options.add_positional("ORDER", 1, "hub order id (12) or ACCOUNT:CHANNEL_ORDER_ID");
  options.add()("account", po::value<std::string>()->value_name("ID"), "summarise this account")(
      "from", po::value<std::string>()->value_name("DATE"), "first day, YYYY-MM-DD")(
      "to", po::value<std::string>()->value_name("DATE"), "last day, YYYY-MM-DD")("json",
                                                                                  "print JSON");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  const bool json = values->count("json") != 0;
  const bool by_order = values->count("ORDER") != 0;
  const bool by_account = values->count("account") != 0;
  if (by_order == by_account) {
    return usage_error(context, "give either ORDER or --account ID --from DATE --to DATE");
  }
  const auto store = open_hub_store(context);
  if (by_order) {
    return show_order_pnl(context, *store,
                          (*values)["ORDER"].as<std::vector<std::string>>().front(), json);
  }
  return show_account_pnl(context, *store, *values, json);
}

}  // namespace

Command pnl_command() {
  return Command{"pnl", "profit and loss of an order or an account, and order cost lines",
                 &run_pnl};
}

}  // namespace orderhub::cli
