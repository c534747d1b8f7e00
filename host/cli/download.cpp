// "orderhub download ACCOUNT [--since ISO] [--force] [--page-size N] [--json]": one download run
// of an account, now, printing what it did. A failed run still prints what was committed before
// the failure, then the error on stderr, and exits 1.
#include <ostream>

#include "hub_access.h"
#include "hub_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/accounts/accounts.h"
#include "pipeline/channels/channel_session.h"
#include "pipeline/download/download_run.h"

namespace orderhub::cli {
namespace {

namespace po = boost::program_options;

// An RFC 3339 time, or a date meaning its midnight UTC.
domain::Result<domain::Timestamp> parse_since(const std::string& text) {
  if (text.size() == 10) {
    auto date = domain::parse_date(text);
    if (date) {
      return domain::Timestamp{std::chrono::sys_days{*date}};
    }
  }
  auto time = domain::parse_timestamp(text);
  if (!time) {
    return domain::Error{"--since " + domain::quoted(text) +
                         " is not a time like 2026-11-23T16:00:00Z or a date like 2026-11-23"};
  }
  return *time;
}

void print_summary(std::ostream& out, const std::string& account,
                   const pipeline::DownloadSummary& summary) {
  out << "account " << account << ": " << summary.pages << " page"
      << (summary.pages == 1 ? "" : "s") << ", " << summary.inserted << " inserted, "
      << summary.updated << " updated, " << summary.unchanged << " unchanged, "
      << summary.skipped_unpaid << " skipped unpaid, " << summary.skipped_shipped
      << " skipped shipped, " << summary.skipped_before_limit << " skipped before limit date, "
      << summary.quarantined << " quarantined\n";
}

int download(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options(
      "ACCOUNT [--since TIME] [--force] [--page-size N] [--json]",
      "Downloads an account's new and changed orders now. Orders are imported once per\n"
      "(account, channel order id); a changed order is updated in place; malformed orders are\n"
      "quarantined. Without --since the run starts from the last complete run, minus the\n"
      "account's download.lookback, and an interrupted run resumes where it stopped.");
  options.add_positional("ACCOUNT", 1, "the account");
  options.add()("since", po::value<std::string>()->value_name("TIME"),
                "start a new run from this time (2026-11-23T16:00:00Z or 2026-11-23)")(
      "force", "download even when the account's download.enabled is false")(
      "page-size", po::value<int>()->value_name("N")->default_value(100), "orders per page")(
      "json", "print the summary as JSON");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ACCOUNT") == 0) {
    return usage_error(context, "the ACCOUNT is missing");
  }
  const std::string account_text = (*values)["ACCOUNT"].as<std::vector<std::string>>().front();
  pipeline::DownloadOptions download_options;
  download_options.force = values->count("force") != 0;
  download_options.page_size = (*values)["page-size"].as<int>();
  if (download_options.page_size < 1) {
    return usage_error(context, "--page-size must be at least 1");
  }
  if (values->count("since") != 0) {
    auto since = parse_since((*values)["since"].as<std::string>());
    if (!since) {
      return usage_error(context, since.error().message);
    }
    download_options.since = *since;
  }

  const auto store = open_hub_store(context);
  auto account = store::in_read_transaction(*store, [&](store::Transaction& transaction) {
    return pipeline::find_account(transaction, account_text);
  });
  if (!account) {
    return command_failure(context, account.error().message);
  }
  const loader::PluginRegistry registry = scan_plugins(context);
  auto session = pipeline::ChannelSession::open(*store, registry, *account);
  if (!session) {
    return command_failure(context, session.error().message);
  }
  const services::SystemClock clock;
  const pipeline::DownloadOutcome outcome =
      pipeline::run_download(*store, **session, clock, download_options);

  if (values->count("json") != 0) {
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["account"] = account->id.str();
    json["summary"] = pipeline::summary_to_json(outcome.summary);
    json["error"] = outcome.error ? nlohmann::ordered_json(*outcome.error) : nullptr;
    print_json(context.out, json);
  } else {
    print_summary(context.out, account->id.str(), outcome.summary);
  }
  if (outcome.error) {
    return command_failure(context, *outcome.error);
  }
  return kExitSuccess;
}

}  // namespace

Command download_command() {
  return Command{"download", "download an account's new and changed orders now", &download};
}

}  // namespace orderhub::cli
