// Building the orderhub_host struct of one instance and answering get_service().
#include "orderhub/services/instance_host.h"

#include <cstring>

#include <orderhub/abi/plugin.h>

#include "orderhub/logging/logging_setup.h"
#include "service_tables.h"

#ifndef ORDERHUB_VERSION
#define ORDERHUB_VERSION "0.0.0"
#endif

namespace orderhub::services {
namespace {

const void* get_service(const orderhub_host* host, const char* service_id) {
  if (InstanceHost::from_abi(host) == nullptr || service_id == nullptr) {
    return nullptr;
  }
  if (std::strcmp(service_id, ORDERHUB_SERVICE_LOG) == 0) {
    return &log_service_table();
  }
  if (std::strcmp(service_id, ORDERHUB_SERVICE_CLOCK) == 0) {
    return &clock_service_table();
  }
  if (std::strcmp(service_id, ORDERHUB_SERVICE_KV) == 0) {
    return &key_value_service_table();
  }
  if (std::strcmp(service_id, ORDERHUB_SERVICE_HTTP) == 0) {
    return &http_service_table();
  }
  return nullptr;
}

}  // namespace

InstanceHost::InstanceHost(HostEnvironment environment, InstanceIdentity identity)
    : environment_(std::move(environment)),
      identity_(std::move(identity)),
      logger_(logging::logger_for(identity_.plugin_id.empty() ? "plugin" : identity_.plugin_id)),
      host_{},
      self_check_(this) {
  host_.struct_size = sizeof(orderhub_host);
  host_.abi_major = ORDERHUB_ABI_MAJOR;
  host_.abi_minor = ORDERHUB_ABI_MINOR;
  host_.host_version = ORDERHUB_VERSION;
  host_.host_data = this;
  host_.get_service = &get_service;
}

InstanceHost* InstanceHost::from_abi(const orderhub_host* host) {
  if (host == nullptr || host->host_data == nullptr) {
    return nullptr;
  }
  // A plugin that copied the struct (reading min(struct_size, sizeof)) still carries host_data.
  auto* instance_host = static_cast<InstanceHost*>(host->host_data);
  if (instance_host->self_check_ != instance_host) {
    return nullptr;
  }
  return instance_host;
}

std::chrono::milliseconds InstanceHost::http_timeout() const {
  if (identity_.http_timeout.count() > 0) {
    return identity_.http_timeout;
  }
  return environment_.default_http_timeout;
}

}  // namespace orderhub::services
