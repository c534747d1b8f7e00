// channel_facts.h: an account's channel facts for the order rules (what its plugin declares and
// the settings the actions consult), read for each action so a settings change applies at once.
#pragma once

#include "domain/account.h"
#include "domain/result.h"
#include "orderhub/loader/plugin_registry.h"
#include "pipeline/actions/order_state_machine.h"
#include "store/store.h"

namespace orderhub::http {

struct AccountChannelFacts {
  domain::Account account;
  pipeline::CapabilityList capabilities;
  pipeline::ActionSettings settings;

  pipeline::ChannelFacts channel() const { return {capabilities, settings}; }
};

domain::Result<AccountChannelFacts> read_channel_facts(store::Store& store,
                                                       const loader::PluginRegistry& plugins,
                                                       const domain::AccountId& account);

}  // namespace orderhub::http
