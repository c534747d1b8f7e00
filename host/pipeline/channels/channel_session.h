// channel_session.h: one channel account's live plugin instance: the account's plugin created with
// the account's config, its host services wired to the hub (kv state in the store, scoped to the
// account; HTTP timeout from the config's timeout_ms), and the document calls of the channel
// interface. ChannelSessions caches one session per account for the life of the process.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "domain/account.h"
#include "domain/result.h"
#include "orderhub/loader/call_result.h"
#include "orderhub/loader/plugin_instance.h"
#include "orderhub/loader/plugin_registry.h"
#include "orderhub/services/clock.h"
#include "store/store.h"

namespace orderhub::pipeline {

// The plugin named plugin_id, when it is installed and is a channel plugin. Errors:
// `no plugin "x"`, `plugin org.example.pdf is an invoice plugin, not a channel plugin`.
domain::Result<std::shared_ptr<const loader::LoadedPlugin>> find_channel_plugin(
    const loader::PluginRegistry& registry, std::string_view plugin_id);

// Creates an instance of plugin for a config without touching the store (its kv state is kept in
// memory and dropped): how a config is checked before it is saved. The error is the plugin's own
// message, e.g. `config: "base_url" is missing`.
domain::Result<std::unique_ptr<loader::PluginInstance>> create_detached_instance(
    std::shared_ptr<const loader::LoadedPlugin> plugin, std::string_view config_json);

class ChannelSession {
 public:
  // Creates the account's plugin instance. store must outlive the session. Errors name the
  // account: `account "shop": plugin "org.x" is not installed (no plugin "org.x")`,
  // `account "shop": plugin org.orderhub.channel.cscart refused the config: ...`.
  static domain::Result<std::unique_ptr<ChannelSession>> open(
      store::Store& store, const loader::PluginRegistry& registry, const domain::Account& account,
      std::shared_ptr<const services::Clock> clock = std::make_shared<services::SystemClock>());

  const domain::Account& account() const { return account_; }
  const loader::LoadedPlugin& plugin() const { return instance_->plugin(); }
  // Whether the plugin declares the capability, e.g. "cancel.channel", "orders.acknowledge".
  bool has_capability(std::string_view capability) const;

  // The channel calls (docs/documents.md). A call the plugin does not implement is UNIMPLEMENTED.
  loader::CallResult download_orders_page(std::string_view request);
  loader::CallResult acknowledge_orders(std::string_view request);
  loader::CallResult upload_shipment(std::string_view request);
  loader::CallResult cancel_order(std::string_view request);
  loader::CallResult refund_order(std::string_view request);
  loader::CallResult upload_invoice(std::string_view request);
  loader::CallResult push_inventory(std::string_view request);

  loader::PluginInstance& instance() { return *instance_; }

 private:
  ChannelSession(domain::Account account, std::unique_ptr<loader::PluginInstance> instance);

  domain::Account account_;
  std::unique_ptr<loader::PluginInstance> instance_;
};

// One session per account, created on first use and kept for the life of this object.
class ChannelSessions {
 public:
  // store and registry must outlive this object.
  ChannelSessions(
      store::Store& store, const loader::PluginRegistry& registry,
      std::shared_ptr<const services::Clock> clock = std::make_shared<services::SystemClock>());

  // The account's session; `unknown account "x"` when there is no such account.
  domain::Result<ChannelSession*> session_for(const domain::AccountId& account);
  // Drops the cached session (after the account's config changed).
  void forget(const domain::AccountId& account);

 private:
  store::Store& store_;
  const loader::PluginRegistry& registry_;
  std::shared_ptr<const services::Clock> clock_;
  std::map<domain::AccountId, std::unique_ptr<ChannelSession>> sessions_;
};

}  // namespace orderhub::pipeline
