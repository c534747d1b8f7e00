// "orderhub sync [--account ID] [--wait] [--timeout SECONDS] [--lease SECONDS]": delivers the
// outbox to the channels.
#include <ostream>

#include "action_command_support.h"
#include "action_commands.h"
#include "orderhub/cli/command_options.h"

namespace orderhub::cli {
namespace {

namespace options = boost::program_options;

int sync(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions command(
      "[--account ID] [--wait] [--timeout SECONDS] [--lease SECONDS]",
      "Delivers what the hub owes the channels (acknowledgements, shipments, cancellations, "
      "refunds, invoices, inventory), account by account, one request at a time and in order.\n"
      "A retryable failure is tried again later (backoff with jitter, never before the channel's "
      "Retry-After); a permanent one is listed by `orderhub outbox list --failed`.\n"
      "Without --wait, rows due now are delivered and rows waiting for a retry are left for the "
      "next run; with --wait, sync stays until nothing is left to send or --timeout passes.\n"
      "Exit status: 0 when everything due went out; 1 when a row failed, an account could not be "
      "served, or --wait timed out.");
  command.add()("account", options::value<std::string>()->value_name("ID"), "only this account")(
      "wait", "wait for scheduled retries until nothing is left")(
      "timeout", options::value<double>()->value_name("SECONDS"),
      "with --wait: give up after this long (default: no limit)")(
      "lease", options::value<int>()->value_name("SECONDS")->default_value(120),
      "how long a claimed row is kept from other workers; longer than one channel call");
  int exit_code = kExitSuccess;
  const auto values = command.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  pipeline::SyncOptions sync_options;
  if (values->count("account") != 0) {
    auto account = domain::AccountId::parse((*values)["account"].as<std::string>());
    if (!account) {
      return usage_error(context, "--account: " + account.error().message);
    }
    sync_options.account = *account;
  }
  sync_options.wait = values->count("wait") != 0;
  if (values->count("timeout") != 0) {
    const double seconds = (*values)["timeout"].as<double>();
    if (!(seconds >= 0)) {
      return usage_error(context, "--timeout must be zero or more seconds");
    }
    sync_options.deadline = std::chrono::system_clock::now() +
                            std::chrono::milliseconds(static_cast<std::int64_t>(seconds * 1000));
  }
  const int lease = (*values)["lease"].as<int>();
  if (lease <= 0) {
    return usage_error(context, "--lease must be a positive number of seconds");
  }
  sync_options.delivery.lease = std::chrono::seconds(lease);

  const auto store = open_hub_store(context);
  PluginChannels channels(context, *store);
  services::SystemClock clock;
  pipeline::RandomJitter jitter;
  pipeline::RealSleeper sleeper;
  auto report = pipeline::run_sync(*store, channels, clock, jitter, sleeper, sync_options);
  if (!report) {
    return command_failure(context, report.error().message);
  }
  bool trouble = report->timed_out;
  for (const pipeline::AccountSync& account : report->accounts) {
    if (!account.error.empty()) {
      context.err << context.command_line_name << ": " << account.error << "\n";
      trouble = true;
      continue;
    }
    const pipeline::DeliveryCounts& counts = account.counts;
    if (counts.delivered + counts.retried + counts.failed + counts.lost == 0) {
      continue;
    }
    context.out << account.account.str() << ": " << counts.delivered << " delivered, "
                << counts.retried << " to retry, " << counts.failed << " failed"
                << (counts.lost > 0 ? ", " + std::to_string(counts.lost) + " taken over" : "")
                << "\n";
    trouble = trouble || counts.failed > 0;
  }
  context.out << report->unfinished << (report->unfinished == 1 ? " row" : " rows")
              << " still to send" << (report->timed_out ? " (timed out)" : "") << "\n";
  return trouble ? kExitFailure : kExitSuccess;
}

}  // namespace

Command sync_command() {
  return Command{"sync", "deliver the outbox to the channels (retries with backoff)", &sync};
}

}  // namespace orderhub::cli
