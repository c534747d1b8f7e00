// action_command_support.cpp: store, order and account lookups, argument parsing and channel
// sessions for the order action and outbox commands.
#include "action_command_support.h"

#include <charconv>
#include <ostream>

#include "orderhub/services/instance_host.h"

namespace orderhub::cli {

using domain::Error;

std::unique_ptr<store::Store> open_database(const CommandContext& context) {
  return store::open_store(context.options.database_path.string());
}

domain::Timestamp now_in_seconds() {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

namespace {

std::optional<std::int64_t> positive_integer(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value <= 0) {
    return std::nullopt;
  }
  return value;
}

domain::Result<bool> boolean_setting(const domain::Account& account, const std::string& key,
                                     bool fallback) {
  const auto found = account.settings.find(key);
  if (found == account.settings.end()) {
    return fallback;
  }
  if (found->second == "true") {
    return true;
  }
  if (found->second == "false") {
    return false;
  }
  return Error{"account " + account.id.str() + ": setting " + key + " " +
               domain::quoted(found->second) + " is not true or false"};
}

// "90s", "30m", "2h", "0".
domain::Result<std::chrono::seconds> duration_setting(const domain::Account& account,
                                                      const std::string& key) {
  const auto found = account.settings.find(key);
  if (found == account.settings.end() || found->second == "0") {
    return std::chrono::seconds(0);
  }
  const std::string& text = found->second;
  const std::optional<std::int64_t> count =
      text.size() > 1 ? positive_integer(std::string_view(text).substr(0, text.size() - 1))
                      : std::nullopt;
  const char unit = text.empty() ? '\0' : text.back();
  const std::int64_t scale = unit == 's' ? 1 : unit == 'm' ? 60 : unit == 'h' ? 3600 : 0;
  if (!count || scale == 0) {
    return Error{"account " + account.id.str() + ": setting " + key + " " + domain::quoted(text) +
                 " is not a duration like 90s, 30m or 2h"};
  }
  return std::chrono::seconds(*count * scale);
}

}  // namespace

domain::Result<domain::OrderId> find_order(store::Store& store, std::string_view reference) {
  if (const auto number = positive_integer(reference)) {
    if (!store.begin_read()->orders().find(domain::OrderId{*number})) {
      return Error{"there is no order " + std::string(reference)};
    }
    return domain::OrderId{*number};
  }
  const std::size_t colon = reference.find(':');
  if (colon == std::string_view::npos) {
    return Error{"order " + domain::quoted(reference) +
                 " is neither a hub order id (12) nor ACCOUNT:CHANNEL_ORDER_ID (shop:1001)"};
  }
  auto account = domain::AccountId::parse(reference.substr(0, colon));
  auto channel_id = domain::ChannelOrderId::parse(reference.substr(colon + 1));
  if (!account || !channel_id) {
    return Error{"order " + domain::quoted(reference) +
                 " is neither a hub order id (12) nor ACCOUNT:CHANNEL_ORDER_ID (shop:1001)"};
  }
  const auto order = store.begin_read()->orders().find(*account, *channel_id);
  if (!order) {
    return Error{"account " + account->str() + " has no order " +
                 domain::quoted(channel_id->str())};
  }
  return order->id;
}

domain::Result<pipeline::ActionSettings> action_settings(const domain::Account& account) {
  pipeline::ActionSettings settings;
  auto upload = boolean_setting(account, "fulfillment.upload", settings.fulfillment_upload);
  auto send_refunds =
      boolean_setting(account, "refund.send_to_channel", settings.refund_send_to_channel);
  auto delay = duration_setting(account, "fulfillment.delay");
  if (!upload) {
    return upload.error();
  }
  if (!send_refunds) {
    return send_refunds.error();
  }
  if (!delay) {
    return delay.error();
  }
  settings.fulfillment_upload = *upload;
  settings.refund_send_to_channel = *send_refunds;
  settings.fulfillment_delay = *delay;
  return settings;
}

domain::Result<AccountFacts> account_facts(const CommandContext& context, store::Store& store,
                                           const domain::AccountId& account_id) {
  const std::optional<domain::Account> account = store.begin_read()->accounts().find(account_id);
  if (!account) {
    return Error{"there is no account " + domain::quoted(account_id.str())};
  }
  const loader::PluginRegistry registry = loader::PluginRegistry::scan(
      context.options.plugin_directory, loader::FailureLogging::silent);
  const loader::PluginLookup plugin = registry.find(account->plugin_id);
  if (!plugin) {
    return Error{"account " + account->id.str() + " uses plugin " +
                 domain::quoted(account->plugin_id) + ", which is not usable from " +
                 context.options.plugin_directory.string() + ": " + plugin.error};
  }
  auto settings = action_settings(*account);
  if (!settings) {
    return settings.error();
  }
  return AccountFacts{*account, pipeline::CapabilityList(plugin.plugin->capabilities), *settings};
}

domain::Result<std::vector<domain::LineQuantity>> parse_lines(
    const std::vector<std::string>& texts) {
  std::vector<domain::LineQuantity> lines;
  for (const std::string& text : texts) {
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0) {
      return Error{"--line " + text + ": expected LINE:QTY, e.g. 7:2"};
    }
    const auto quantity = positive_integer(std::string_view(text).substr(colon + 1));
    if (!quantity) {
      return Error{"--line " + text + ": quantity must be a positive integer"};
    }
    lines.push_back({text.substr(0, colon), *quantity});
  }
  return lines;
}

domain::Result<domain::Timestamp> parse_date_or_time(std::string_view option,
                                                     std::string_view text) {
  if (text.size() == 10) {
    auto date = domain::parse_date(text);
    if (!date) {
      return date.error().within(option);
    }
    return domain::Timestamp(std::chrono::sys_days(*date));
  }
  auto timestamp = domain::parse_timestamp(text);
  if (!timestamp) {
    return timestamp.error().within(option);
  }
  return *timestamp;
}

int refuse(const CommandContext& context, const std::string& message) {
  context.err << context.command_line_name << ": " << message << "\n";
  return kExitFailure;
}

std::string channel_line(const pipeline::ChannelOutcome& outcome) {
  if (outcome.outbox_row) {
    return "queued for the channel as outbox row " + std::to_string(outcome.outbox_row->id) +
           " (" + outcome.outbox_row->idempotency_key + "); `orderhub sync` delivers it";
  }
  return "not sent: " + outcome.not_sent_reason;
}

// One plugin instance per account for the run, with the channel that calls it.
struct PluginChannels::Session {
  std::unique_ptr<loader::PluginInstance> instance;
  std::unique_ptr<pipeline::PluginOutboxChannel> channel;
};

PluginChannels::PluginChannels(const CommandContext& context)
    : registry_(loader::PluginRegistry::scan(context.options.plugin_directory,
                                             loader::FailureLogging::silent)) {}

PluginChannels::~PluginChannels() = default;

domain::Result<pipeline::OutboxChannel*> PluginChannels::channel_for(
    const domain::Account& account) {
  if (const auto found = sessions_.find(account.id.str()); found != sessions_.end()) {
    return found->second->channel.get();
  }
  const loader::PluginLookup plugin = registry_.find(account.plugin_id);
  if (!plugin) {
    return Error{"account " + account.id.str() + ": " + plugin.error};
  }
  services::InstanceIdentity identity;
  identity.plugin_id = plugin.plugin->id;
  identity.key_value_scope = "account:" + account.id.str();
  loader::CreateResult created = loader::PluginInstance::create(
      plugin.plugin,
      std::make_unique<services::InstanceHost>(services::HostEnvironment{}, identity),
      account.config_json);
  if (!created.result.ok()) {
    return Error{"account " + account.id.str() + ": the plugin refused its configuration: " +
                 created.result.message};
  }
  auto session = std::make_unique<Session>();
  session->instance = std::move(created.instance);
  session->channel = std::make_unique<pipeline::PluginOutboxChannel>(*session->instance);
  pipeline::OutboxChannel* channel = session->channel.get();
  sessions_.emplace(account.id.str(), std::move(session));
  return channel;
}

}  // namespace orderhub::cli
