// "orderhub inventory push ACCOUNT [--json]": sends the backorder feed (every out-of-stock SKU,
// with what is on order and when) to the account's channel now, through the outbox: the feed is
// queued as one row, then the account's due rows are delivered as `sync` would. Prints what was
// sent and how the delivery went; a failed delivery stays queued for the next sync.
#include <ostream>

#include "action_command_support.h"
#include "hub_access.h"
#include "inventory_commands.h"
#include "inventory_values.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/inventory/inventory_push.h"

namespace orderhub::cli {
namespace {

using nlohmann::ordered_json;

// What became of the push's row: "done", "pending", "in_flight", "failed", or "not_sent" when
// nothing was out of stock.
std::string delivery_state(const pipeline::InventoryPushReport& report) {
  return report.row ? std::string(domain::to_string(report.row->state)) : "not_sent";
}

std::string delivery_sentence(const pipeline::InventoryPushReport& report) {
  const domain::OutboxRow& row = *report.row;
  const std::string row_name = "outbox row " + std::to_string(row.id);
  switch (row.state) {
    case domain::OutboxState::done:
      return "delivered (" + row_name +
             (row.channel_reference.empty() ? "" : ", channel reference " + row.channel_reference) +
             ")";
    case domain::OutboxState::pending: {
      const std::string why = !report.channel_error.empty() ? report.channel_error
                              : !row.last_error.empty()     ? row.last_error
                                                            : "an earlier row of the account "
                                                              "goes first";
      return "not delivered yet: " + why + "; " + row_name +
             " stays queued and `orderhub sync` retries it";
    }
    case domain::OutboxState::in_flight:
      return "being delivered by another worker (" + row_name + ")";
    case domain::OutboxState::failed:
      return "refused by the channel: " + row.last_error + " (" + row_name +
             "; `orderhub outbox resend " + std::to_string(row.id) + "` tries again)";
  }
  return row_name;
}

void print_report(std::ostream& out, const domain::AccountId& account,
                  const pipeline::InventoryPushReport& report) {
  if (report.items.empty()) {
    out << account.str() << ": nothing is out of stock; nothing sent\n";
    return;
  }
  out << account.str() << ": " << report.items.size() << " out-of-stock product"
      << (report.items.size() == 1 ? "" : "s") << " (" << report.row->idempotency_key << ")\n";
  std::vector<std::vector<std::string>> rows = {
      {"SKU", "QUANTITY", "QUANTITY_ON_ORDER", "EXPECTED_DELIVERY_DATE"}};
  for (const pipeline::BackorderItem& item : report.items) {
    rows.push_back({item.sku, std::to_string(item.quantity),
                    item.quantity_on_order ? std::to_string(*item.quantity_on_order) : "-",
                    date_text(item.expected_delivery_date)});
  }
  print_table(out, rows);
  out << delivery_sentence(report) << "\n";
}

ordered_json report_json(const domain::AccountId& account,
                         const pipeline::InventoryPushReport& report) {
  ordered_json json = ordered_json::object();
  json["account"] = account.str();
  json["delivery"] = delivery_state(report);
  if (!report.row) {
    json["document"] = nullptr;
    return json;
  }
  json["outbox_row"] = report.row->id;
  json["idempotency_key"] = report.row->idempotency_key;
  json["channel_reference"] = report.row->channel_reference;
  json["error"] = !report.channel_error.empty() ? report.channel_error : report.row->last_error;
  json["document"] = ordered_json::parse(report.row->payload_json);
  return json;
}

int push_inventory(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options(
      "ACCOUNT [--json]",
      "Sends backorder information for every out-of-stock SKU (on hand 0 or less) to the\n"
      "account's channel: quantity 0, and what is on order with its expected date (from the\n"
      "purchase order, or from the shipping container with inventory.use_containers).\n"
      "Needs the account setting inventory.backorder and a plugin with the capability\n"
      "inventory.backorder. The feed goes through the outbox: a failed delivery is retried by\n"
      "`orderhub sync`.\n"
      "Exit status: 0 when delivered or nothing is out of stock; 1 otherwise.");
  options.add_positional("ACCOUNT", 1, "the account");
  options.add()("json", "print JSON: the document sent and the delivery result");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ACCOUNT") == 0) {
    return usage_error(context, "the ACCOUNT is missing");
  }
  auto account =
      domain::AccountId::parse((*values)["ACCOUNT"].as<std::vector<std::string>>().front());
  if (!account) {
    return usage_error(context, "ACCOUNT: " + account.error().message);
  }

  const auto store = open_hub_store(context);
  auto facts = account_facts(context, *store, *account);
  if (!facts) {
    return command_failure(context, facts.error().message);
  }
  PluginChannels channels(context, *store);
  services::SystemClock clock;
  pipeline::RandomJitter jitter;
  pipeline::DeliveryOptions delivery;
  delivery.actor = "cli";
  auto report = pipeline::push_inventory(*store, facts->account, facts->capabilities, channels,
                                         clock, jitter, delivery);
  if (!report) {
    return command_failure(context, report.error().message);
  }
  if (values->count("json") != 0) {
    print_json(context.out, report_json(*account, *report));
  } else {
    print_report(context.out, *account, *report);
  }
  const bool delivered = !report->row || report->row->state == domain::OutboxState::done;
  return delivered ? kExitSuccess : kExitFailure;
}

}  // namespace

Command inventory_push_command() {
  return Command{"push", "send backorder information for out-of-stock SKUs to an account",
                 &push_inventory};
}

}  // namespace orderhub::cli
