// "orderhub mapping set ACCOUNT --channel-method NAME --carrier C --service S [--rush]
// [--code-to-send CODE] [--service-code CODE]": maps one channel shipping method.
#include <ostream>

#include "hub_access.h"
#include "hub_commands.h"
#include "orderhub/cli/command_options.h"
#include "pipeline/accounts/shipping_mappings.h"

namespace orderhub::cli {
namespace {

namespace po = boost::program_options;

int set_mapping(const CommandContext& context, const std::vector<std::string>& arguments) {
  CommandOptions options(
      "ACCOUNT --channel-method NAME --carrier C --service S [--rush] [--code-to-send CODE] "
      "[--service-code CODE]",
      "Maps a channel shipping method (the name or code the channel sends, \"code to receive\")\n"
      "to a carrier and service. Replaces an existing mapping of the same method, and applies to\n"
      "the account's unshipped orders that were waiting for it.");
  options.add_positional("ACCOUNT", 1, "the account");
  options.add()("channel-method", po::value<std::string>()->required()->value_name("NAME"),
                "the channel's method, exactly as on its orders")(
      "carrier", po::value<std::string>()->required()->value_name("C"), "carrier, e.g. UPS")(
      "service", po::value<std::string>()->required()->value_name("S"), "service, e.g. Ground")(
      "rush", "orders with this method are rush orders")(
      "code-to-send", po::value<std::string>()->value_name("CODE")->default_value(""),
      "carrier code the channel expects with tracking")(
      "service-code", po::value<std::string>()->value_name("CODE")->default_value(""),
      "service level code the channel expects with tracking");
  int exit_code = kExitSuccess;
  const auto values = options.parse(context, arguments, exit_code);
  if (!values) {
    return exit_code;
  }
  if (values->count("ACCOUNT") == 0) {
    return usage_error(context, "the ACCOUNT is missing");
  }
  const std::string account_text = (*values)["ACCOUNT"].as<std::vector<std::string>>().front();
  auto account = domain::AccountId::parse(account_text);
  if (!account) {
    return command_failure(context, account.error().message);
  }
  domain::ShippingMapping mapping;
  mapping.account = *account;
  mapping.channel_method = (*values)["channel-method"].as<std::string>();
  mapping.carrier = (*values)["carrier"].as<std::string>();
  mapping.service = (*values)["service"].as<std::string>();
  mapping.rush = values->count("rush") != 0;
  mapping.code_to_send = (*values)["code-to-send"].as<std::string>();
  mapping.service_code = (*values)["service-code"].as<std::string>();

  const auto store = open_hub_store(context);
  auto applied = pipeline::set_mapping(*store, mapping, current_time());
  if (!applied) {
    return command_failure(context, applied.error().message);
  }
  context.out << "mapped " << domain::quoted(mapping.channel_method) << " to " << mapping.carrier
              << " " << mapping.service << (mapping.rush ? " (rush)" : "") << "; applied to "
              << *applied << " waiting order" << (*applied == 1 ? "" : "s") << "\n";
  return kExitSuccess;
}

}  // namespace

Command mapping_set_command() {
  return Command{"set", "map a channel shipping method to a carrier and service", &set_mapping};
}

}  // namespace orderhub::cli
