// channel_session.cpp: creating an account's plugin instance with hub-backed host services.
#include "pipeline/channels/channel_session.h"

#include <nlohmann/json.hpp>

#include "pipeline/channels/store_key_value_store.h"

namespace orderhub::pipeline {
namespace {

// The config's timeout_ms, when it is a positive integer; zero (the host default) otherwise. The
// plugin validates the value itself; the host only honours it.
std::chrono::milliseconds timeout_of(std::string_view config_json) {
  const nlohmann::json config = nlohmann::json::parse(config_json, nullptr, false);
  if (config.is_object() && config.contains("timeout_ms") &&
      config["timeout_ms"].is_number_unsigned()) {
    return std::chrono::milliseconds(config["timeout_ms"].get<std::uint64_t>());
  }
  return std::chrono::milliseconds{0};
}

domain::Result<std::unique_ptr<loader::PluginInstance>> create_instance(
    std::shared_ptr<const loader::LoadedPlugin> plugin, services::HostEnvironment environment,
    std::string scope, std::string_view config_json) {
  services::InstanceIdentity identity{plugin->id, std::move(scope), timeout_of(config_json)};
  const std::string plugin_id = plugin->id;
  loader::CreateResult created = loader::PluginInstance::create(
      std::move(plugin),
      std::make_unique<services::InstanceHost>(std::move(environment), std::move(identity)),
      config_json);
  if (!created.result.ok()) {
    return domain::Error{"plugin " + plugin_id + " refused the config: " + created.result.message};
  }
  return std::move(created.instance);
}

}  // namespace

domain::Result<std::shared_ptr<const loader::LoadedPlugin>> find_channel_plugin(
    const loader::PluginRegistry& registry, std::string_view plugin_id) {
  loader::PluginLookup lookup = registry.find(plugin_id);
  if (!lookup) {
    return domain::Error{lookup.error};
  }
  if (lookup.plugin->kind != loader::PluginKind::channel) {
    return domain::Error{"plugin " + lookup.plugin->id + " is an " +
                         std::string(loader::kind_name(lookup.plugin->kind)) +
                         " plugin, not a channel plugin"};
  }
  return lookup.plugin;
}

domain::Result<std::unique_ptr<loader::PluginInstance>> create_detached_instance(
    std::shared_ptr<const loader::LoadedPlugin> plugin, std::string_view config_json) {
  services::HostEnvironment environment;  // in-memory kv: a check must not write anything
  return create_instance(std::move(plugin), std::move(environment), "config-check", config_json);
}

domain::Result<std::unique_ptr<ChannelSession>> ChannelSession::open(
    store::Store& store, const loader::PluginRegistry& registry, const domain::Account& account,
    std::shared_ptr<const services::Clock> clock) {
  auto plugin = find_channel_plugin(registry, account.plugin_id);
  if (!plugin) {
    return plugin.error().within("account " + domain::quoted(account.id.str()));
  }
  services::HostEnvironment environment;
  environment.clock = std::move(clock);
  environment.key_value_store = std::make_shared<StoreKeyValueStore>(store);
  auto instance =
      create_instance(*plugin, std::move(environment), account.id.str(), account.config_json);
  if (!instance) {
    return instance.error().within("account " + domain::quoted(account.id.str()));
  }
  return std::unique_ptr<ChannelSession>(new ChannelSession(account, std::move(instance).value()));
}

ChannelSession::ChannelSession(domain::Account account,
                               std::unique_ptr<loader::PluginInstance> instance)
    : account_(std::move(account)), instance_(std::move(instance)) {}

bool ChannelSession::has_capability(std::string_view capability) const {
  return instance_->plugin().has_capability(capability);
}

loader::CallResult ChannelSession::download_orders_page(std::string_view request) {
  return instance_->download_orders_page(request);
}
loader::CallResult ChannelSession::acknowledge_orders(std::string_view request) {
  return instance_->acknowledge_orders(request);
}
loader::CallResult ChannelSession::upload_shipment(std::string_view request) {
  return instance_->upload_shipment(request);
}
loader::CallResult ChannelSession::cancel_order(std::string_view request) {
  return instance_->cancel_order(request);
}
loader::CallResult ChannelSession::refund_order(std::string_view request) {
  return instance_->refund_order(request);
}
loader::CallResult ChannelSession::upload_invoice(std::string_view request) {
  return instance_->upload_invoice(request);
}
loader::CallResult ChannelSession::push_inventory(std::string_view request) {
  return instance_->push_inventory(request);
}

ChannelSessions::ChannelSessions(store::Store& store, const loader::PluginRegistry& registry,
                                 std::shared_ptr<const services::Clock> clock)
    : store_(store), registry_(registry), clock_(std::move(clock)) {}

domain::Result<ChannelSession*> ChannelSessions::session_for(const domain::AccountId& account) {
  if (const auto cached = sessions_.find(account); cached != sessions_.end()) {
    return cached->second.get();
  }
  const std::optional<domain::Account> stored = store::in_read_transaction(
      store_,
      [&](store::Transaction& transaction) { return transaction.accounts().find(account); });
  if (!stored) {
    return domain::Error{"unknown account " + domain::quoted(account.str())};
  }
  auto session = ChannelSession::open(store_, registry_, *stored, clock_);
  if (!session) {
    return session.error();
  }
  ChannelSession* pointer = session->get();
  sessions_[account] = std::move(session).value();
  return pointer;
}

void ChannelSessions::forget(const domain::AccountId& account) {
  sessions_.erase(account);
}

}  // namespace orderhub::pipeline
