// action_command_support.h: what the order action commands (ship, cancel, refund, rma) and the
// outbox commands (sync, outbox) share beyond hub_access.h: finding the order a user names, the
// account's channel facts (its plugin's capabilities and its settings), reading "--line LINE:QTY"
// and dates, and the channels `sync` delivers to.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.h"
#include "domain/order.h"
#include "domain/result.h"
#include "hub_access.h"
#include "orderhub/cli/command.h"
#include "orderhub/loader/plugin_instance.h"
#include "orderhub/loader/plugin_registry.h"
#include "pipeline/actions/actions.h"
#include "pipeline/channels/channel_session.h"
#include "pipeline/invoices/invoice_upload.h"
#include "pipeline/outbox/sync.h"
#include "store/store.h"

namespace orderhub::cli {

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

// "7:2" -> {"7", 2}; errors read "--line 7:-1: quantity must be a positive integer".
domain::Result<std::vector<domain::LineQuantity>> parse_lines(
    const std::vector<std::string>& texts);

// "2026-11-23" (midnight UTC) or "2026-11-23T16:00:00Z"; errors name the option.
domain::Result<domain::Timestamp> parse_date_or_time(std::string_view option,
                                                     std::string_view text);

// "queued for the channel as outbox row 7 (ship:12:3)" or "not sent: <why>".
std::string channel_line(const pipeline::ChannelOutcome& outcome);

// The channel of each account: its channel session (created on first use and kept for the run)
// behind the outbox's channel interface.
class PluginChannels final : public pipeline::ChannelProvider {
 public:
  PluginChannels(const CommandContext& context, store::Store& store);

  domain::Result<pipeline::OutboxChannel*> channel_for(const domain::Account& account) override;

 private:
  loader::PluginRegistry registry_;
  pipeline::ChannelSessions sessions_;
  std::map<domain::AccountId, std::unique_ptr<pipeline::PluginOutboxChannel>> channels_;
  // Invoice rows get their PDF on the way out.
  pipeline::InvoicePrinter invoice_printer_;
  std::map<domain::AccountId, std::unique_ptr<pipeline::InvoiceAttachingChannel>> invoice_channels_;
};

}  // namespace orderhub::cli
