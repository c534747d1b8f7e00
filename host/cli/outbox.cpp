// "orderhub outbox list [--failed | --all] [--account ID] [--json]" and
// "orderhub outbox resend ID": what waits to be sent to the channels, and sending a failed row
// again.
#include <charconv>
#include <ostream>

#include <nlohmann/json.hpp>

#include "action_command_support.h"
#include "action_commands.h"
#include "orderhub/cli/command_options.h"

namespace orderhub::cli {
namespace {

namespace options = boost::program_options;

std::string optional_time(const std::optional<domain::Timestamp>& time) {
  return time ? domain::format_timestamp(*time) : "";
}

nlohmann::ordered_json row_json(const domain::OutboxRow& row) {
  return {{"id", row.id},
          {"account", row.account.str()},
          {"order_id", row.order_id ? nlohmann::ordered_json(row.order_id->value) : nullptr},
          {"kind", std::string(to_string(row.kind))},
          {"state", std::string(to_string(row.state))},
          {"idempotency_key", row.idempotency_key},
          {"attempts", row.attempts},
          {"next_attempt_at", domain::format_timestamp(row.next_attempt_at)},
          {"lease_until",
           row.lease_until ? nlohmann::ordered_json(optional_time(row.lease_until)) : nullptr},
          {"last_error", row.last_error},
          {"channel_reference", row.channel_reference},
          {"created_at", domain::format_timestamp(row.created_at)},
          {"done_at", row.done_at ? nlohmann::ordered_json(optional_time(row.done_at)) : nullptr}};
}

std::vector<std::vector<std::string>> table_of(const std::vector<domain::OutboxRow>& rows) {
  std::vector<std::vector<std::string>> table = {
      {"ID", "ACCOUNT", "ORDER", "KIND", "STATE", "ATTEMPTS", "NEXT ATTEMPT", "LAST ERROR"}};
  for (const domain::OutboxRow& row : rows) {
    table.push_back(
        {std::to_string(row.id), row.account.str(),
         row.order_id ? std::to_string(row.order_id->value) : "-", std::string(to_string(row.kind)),
         std::string(to_string(row.state)), std::to_string(row.attempts),
         row.state == domain::OutboxState::pending ? domain::format_timestamp(row.next_attempt_at)
                                                   : "-",
         row.last_error});
  }
  return table;
}

int list(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions command("[--failed | --all] [--account ID] [--json]",
                         "Lists the outbox: by default every row not delivered yet (pending, in "
                         "flight, failed), oldest first. Failed rows show the channel's message; "
                         "`orderhub outbox resend ID` tries one again.");
  command.add()("failed", "only rows that failed")("all", "delivered rows too")(
      "account", options::value<std::string>()->value_name("ID"), "only this account")(
      "json", "print a JSON array");
  int exit_code = kExitSuccess;
  const auto values = command.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("failed") != 0 && values->count("all") != 0) {
    return usage_error(context, "--failed and --all cannot be combined");
  }
  store::OutboxFilter filter;
  filter.limit = -1;
  if (values->count("account") != 0) {
    auto account = domain::AccountId::parse((*values)["account"].as<std::string>());
    if (!account) {
      return usage_error(context, "--account: " + account.error().message);
    }
    filter.account = *account;
  }
  if (values->count("failed") != 0) {
    filter.state = domain::OutboxState::failed;
  }
  const auto store = open_hub_store(context);
  std::vector<domain::OutboxRow> rows = store->begin_read()->outbox().list(filter);
  if (values->count("all") == 0 && values->count("failed") == 0) {
    std::erase_if(
        rows, [](const domain::OutboxRow& row) { return row.state == domain::OutboxState::done; });
  }
  if (values->count("json") != 0) {
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const domain::OutboxRow& row : rows) {
      array.push_back(row_json(row));
    }
    print_json(context.out, array);
  } else if (rows.empty()) {
    context.out << "nothing in the outbox\n";
  } else {
    print_table(context.out, table_of(rows));
  }
  return kExitSuccess;
}

int resend(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions command("ID",
                         "Makes a failed outbox row pending again; the next `orderhub "
                         "sync` sends it (the same document, with the same idempotency "
                         "key).");
  command.add_positional("ID", 1, "the outbox row's id (see `orderhub outbox list --failed`)");
  int exit_code = kExitSuccess;
  const auto values = command.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ID") == 0) {
    return usage_error(context, "ID is required");
  }
  const std::string text = (*values)["ID"].as<std::vector<std::string>>().front();
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc{} || end != text.data() + text.size() || id <= 0) {
    return usage_error(context, "ID " + domain::quoted(text) + " is not an outbox row id");
  }
  const auto store = open_hub_store(context);
  const bool resent = store::in_write_transaction(*store, [&](store::Transaction& transaction) {
    return transaction.outbox().resend(id, current_time());
  });
  if (!resent) {
    const std::optional<domain::OutboxRow> row = store->begin_read()->outbox().find(id);
    if (!row) {
      return command_failure(context, "there is no outbox row " + text);
    }
    return command_failure(context, "outbox row " + text + " is " +
                                        std::string(to_string(row->state)) +
                                        ", not failed: only failed rows are resent");
  }
  context.out << "outbox row " << text << " is pending again; `orderhub sync` sends it\n";
  return kExitSuccess;
}

}  // namespace

Command outbox_command() {
  return Command{"outbox", "list what waits to be sent to the channels; resend a failed row",
                 [](const CommandContext& context, const std::vector<std::string>& arguments) {
                   CommandRegistry subcommands;
                   subcommands.add(Command{"list", "list outbox rows", &list});
                   subcommands.add(Command{"resend", "send a failed row again", &resend});
                   return subcommands.dispatch(context, arguments);
                 }};
}

}  // namespace orderhub::cli
