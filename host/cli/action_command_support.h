// action_command_support.h: what the order action commands (ship, cancel, refund, rma) and the
// outbox commands (sync, outbox) share: opening the store, finding the order a user names, the
// account's channel facts (its plugin's capabilities and its settings), reading "--line LINE:QTY"
// and dates, and reporting a refusal.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.h"
#include "domain/order.h"
#include "domain/result.h"
#include "orderhub/cli/command.h"
#include "orderhub/loader/plugin_instance.h"
#include "orderhub/loader/plugin_registry.h"
#include "pipeline/actions/actions.h"
#include "pipeline/outbox/sync.h"
#include "store/store.h"

namespace orderhub::cli {

std::unique_ptr<store::Store> open_database(const CommandContext& context);

// Now, in whole seconds.
domain::Timestamp now_in_seconds();

// The order a user named: its hub id ("12") or ACCOUNT:CHANNEL_ORDER_ID ("shop:1001").
domain::Result<domain::OrderId> find_order(store::Store& store, std::string_view reference);

// The account's plugin's capabilities and the settings the actions consult.
struct AccountFacts {
  domain::Account account;
  pipeline::CapabilityList capabilities;
  pipeline::ActionSettings settings;

  pipeline::ChannelFacts channel() const { return {capabilities, settings}; }
};

// Reads the account and finds its plugin in the plugin directory.
domain::Result<AccountFacts> account_facts(const CommandContext& context, store::Store& store,
                                           const domain::AccountId& account);

// The action settings from an account's settings (fulfillment.upload, fulfillment.delay,
// refund.send_to_channel), with their defaults; a bad value is refused naming the key and value.
domain::Result<pipeline::ActionSettings> action_settings(const domain::Account& account);

// "7:2" -> {"7", 2}; errors read "--line 7:-1: quantity must be a positive integer".
domain::Result<std::vector<domain::LineQuantity>> parse_lines(
    const std::vector<std::string>& texts);

// "2026-11-23" (midnight UTC) or "2026-11-23T16:00:00Z"; errors name the option.
domain::Result<domain::Timestamp> parse_date_or_time(std::string_view option,
                                                     std::string_view text);

// Prints "<command>: <message>" on stderr and returns kExitFailure.
int refuse(const CommandContext& context, const std::string& message);

// "queued for the channel as outbox row 7 (ship:12:3)" or "not sent: <why>".
std::string channel_line(const pipeline::ChannelOutcome& outcome);

// The channel of each account, created from its plugin on first use and kept for the run.
class PluginChannels final : public pipeline::ChannelProvider {
 public:
  explicit PluginChannels(const CommandContext& context);
  ~PluginChannels() override;

  domain::Result<pipeline::OutboxChannel*> channel_for(const domain::Account& account) override;

 private:
  struct Session;
  loader::PluginRegistry registry_;
  std::map<std::string, std::unique_ptr<Session>> sessions_;
};

}  // namespace orderhub::cli
