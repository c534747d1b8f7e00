// The orderhub_host a plugin instance receives from create(): its identity (which plugin, whose
// state) and the service tables of "orderhub.log/1", "orderhub.clock/1", "orderhub.kv/1" and
// "orderhub.http/1" bound to it. One InstanceHost per plugin instance; it must outlive the
// instance's destroy().
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include <spdlog/logger.h>

#include <orderhub/abi/host.h>

#include "orderhub/services/clock.h"
#include "orderhub/services/key_value_store.h"

namespace orderhub::services {

// What every instance of the process shares.
struct HostEnvironment {
  std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>();
  std::shared_ptr<KeyValueStore> key_value_store = std::make_shared<InMemoryKeyValueStore>();
  // Used when neither the request nor the instance sets a timeout.
  std::chrono::milliseconds default_http_timeout{30'000};
};

// Who is calling.
struct InstanceIdentity {
  // The plugin's id; also the name of the logger its lines go to.
  std::string plugin_id;
  // Whose key-value state this instance reads and writes, e.g. "account:shop-eu".
  std::string key_value_scope;
  // The account's HTTP timeout; zero means the environment's default.
  std::chrono::milliseconds http_timeout{0};
};

class InstanceHost {
 public:
  InstanceHost(HostEnvironment environment, InstanceIdentity identity);
  InstanceHost(const InstanceHost&) = delete;
  InstanceHost& operator=(const InstanceHost&) = delete;

  // The struct to pass to create(); valid as long as this object.
  const orderhub_host* abi() const { return &host_; }

  // The InstanceHost behind a host pointer a plugin passed back; nullptr for NULL or a pointer
  // that is not one of ours.
  static InstanceHost* from_abi(const orderhub_host* host);

  const InstanceIdentity& identity() const { return identity_; }
  const HostEnvironment& environment() const { return environment_; }
  spdlog::logger& logger() const { return *logger_; }
  // The timeout a request without its own timeout_ms gets.
  std::chrono::milliseconds http_timeout() const;

 private:
  HostEnvironment environment_;
  InstanceIdentity identity_;
  std::shared_ptr<spdlog::logger> logger_;
  orderhub_host host_;
  // Recognises our own host structs in from_abi().
  const void* self_check_;
};

}  // namespace orderhub::services
