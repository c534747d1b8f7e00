// action_command_support.cpp: order and account lookups, argument parsing and channel sessions
// for the order action and outbox commands.
#include "action_command_support.h"

#include <charconv>
#include <ostream>

#include "pipeline/accounts/account_settings.h"
#include "pipeline/orders/order_reference.h"

namespace orderhub::cli {

using domain::Error;

namespace {

std::optional<std::int64_t> positive_integer(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value <= 0) {
    return std::nullopt;
  }
  return value;
}

}  // namespace

domain::Result<domain::OrderId> find_order(store::Store& store, std::string_view reference) {
  return pipeline::resolve_order_reference(*store.begin_read(), reference);
}

domain::Result<AccountFacts> account_facts(const CommandContext& context, store::Store& store,
                                           const domain::AccountId& account_id) {
  const std::optional<domain::Account> account = store.begin_read()->accounts().find(account_id);
  if (!account) {
    return Error{"unknown account " + domain::quoted(account_id.str())};
  }
  const loader::PluginRegistry registry = scan_plugins(context);
  auto plugin = pipeline::find_channel_plugin(registry, account->plugin_id);
  if (!plugin) {
    return plugin.error().within("account " + domain::quoted(account->id.str()));
  }
  auto settings = pipeline::parse_account_settings(account->settings);
  if (!settings) {
    return settings.error().within("account " + domain::quoted(account->id.str()));
  }
  pipeline::ActionSettings action_settings;
  action_settings.fulfillment_upload = settings->fulfillment_upload;
  action_settings.fulfillment_delay = settings->fulfillment_delay;
  action_settings.fulfillment_delay_skip_weekends = settings->fulfillment_delay_skip_weekends;
  action_settings.refund_send_to_channel = settings->refund_send_to_channel;
  action_settings.invoice_upload = settings->invoice_upload;
  return AccountFacts{*account, pipeline::CapabilityList((*plugin)->capabilities), action_settings};
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

std::string channel_line(const pipeline::ChannelOutcome& outcome) {
  if (outcome.outbox_row) {
    return "queued for the channel as outbox row " + std::to_string(outcome.outbox_row->id) + " (" +
           outcome.outbox_row->idempotency_key + "); `orderhub sync` delivers it";
  }
  return "not sent: " + outcome.not_sent_reason;
}

PluginChannels::PluginChannels(const CommandContext& context, store::Store& store)
    : registry_(scan_plugins(context)),
      sessions_(store, registry_),
      invoice_printer_(store, registry_) {}

domain::Result<pipeline::OutboxChannel*> PluginChannels::channel_for(
    const domain::Account& account) {
  if (const auto found = invoice_channels_.find(account.id); found != invoice_channels_.end()) {
    return found->second.get();
  }
  auto session = sessions_.session_for(account.id);
  if (!session) {
    return session.error();
  }
  auto channel = std::make_unique<pipeline::PluginOutboxChannel>((*session)->instance());
  auto attaching = std::make_unique<pipeline::InvoiceAttachingChannel>(*channel, invoice_printer_);
  pipeline::OutboxChannel* pointer = attaching.get();
  channels_.emplace(account.id, std::move(channel));
  invoice_channels_.emplace(account.id, std::move(attaching));
  return pointer;
}

}  // namespace orderhub::cli
