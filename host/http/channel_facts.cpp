// channel_facts.cpp: an account's plugin capabilities and action settings.
#include "http/channel_facts.h"

#include "pipeline/accounts/account_settings.h"
#include "pipeline/channels/channel_session.h"

namespace orderhub::http {

domain::Result<AccountChannelFacts> read_channel_facts(store::Store& store,
                                                       const loader::PluginRegistry& plugins,
                                                       const domain::AccountId& account_id) {
  const std::optional<domain::Account> account = store.begin_read()->accounts().find(account_id);
  if (!account) {
    return domain::Error{"unknown account " + domain::quoted(account_id.str())};
  }
  const std::string who = "account " + domain::quoted(account->id.str());
  auto plugin = pipeline::find_channel_plugin(plugins, account->plugin_id);
  if (!plugin) {
    return plugin.error().within(who);
  }
  auto settings = pipeline::parse_account_settings(account->settings);
  if (!settings) {
    return settings.error().within(who);
  }
  pipeline::ActionSettings action_settings;
  action_settings.fulfillment_upload = settings->fulfillment_upload;
  action_settings.fulfillment_delay = settings->fulfillment_delay;
  action_settings.fulfillment_delay_skip_weekends = settings->fulfillment_delay_skip_weekends;
  action_settings.refund_send_to_channel = settings->refund_send_to_channel;
  return AccountChannelFacts{*account, pipeline::CapabilityList((*plugin)->capabilities),
                             action_settings};
}

}  // namespace orderhub::http
