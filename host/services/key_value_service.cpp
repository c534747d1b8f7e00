// "orderhub.kv/1": the instance's key-value state, scoped by its identity, stored by the
// environment's KeyValueStore.
#include <exception>
#include <string>

#include "orderhub/services/abi_structs.h"
#include "orderhub/services/instance_host.h"
#include "service_tables.h"

namespace orderhub::services {
namespace {

// Keys are names a plugin chooses, not data: a bound keeps a bug from filling the store.
constexpr std::size_t kMaximumKeyLength = 1024;

// Checks the arguments every call shares; fills error and returns nullptr when they are unusable.
InstanceHost* checked_host(const orderhub_host* host, const char* key, orderhub_error* error) {
  InstanceHost* instance_host = InstanceHost::from_abi(host);
  if (instance_host == nullptr) {
    fill_error(error, "kv: host is not the orderhub_host given to create()");
    return nullptr;
  }
  if (key == nullptr || key[0] == '\0') {
    fill_error(error, "kv: key is empty");
    return nullptr;
  }
  if (strnlen(key, kMaximumKeyLength + 1) > kMaximumKeyLength) {
    fill_error(error, "kv: key is longer than 1024 bytes");
    return nullptr;
  }
  return instance_host;
}

orderhub_status unavailable(orderhub_error* error, const std::exception& exception) {
  fill_error(error, std::string("kv: the store failed: ") + exception.what());
  return ORDERHUB_STATUS_UNAVAILABLE;
}

orderhub_status get(const orderhub_host* host, const char* key, orderhub_writer* value,
                    orderhub_error* error) {
  InstanceHost* instance_host = checked_host(host, key, error);
  if (instance_host == nullptr) {
    return ORDERHUB_STATUS_INVALID_ARGUMENT;
  }
  try {
    const std::optional<std::string> stored = instance_host->environment().key_value_store->get(
        instance_host->identity().key_value_scope, key);
    if (!stored) {
      fill_error(error, std::string("kv: no value for key ") + key);
      return ORDERHUB_STATUS_NOT_FOUND;
    }
    const orderhub_status status = write_through(value, *stored);
    if (status != ORDERHUB_STATUS_OK) {
      fill_error(error, std::string("kv: the value writer refused the value of key ") + key);
    }
    return status;
  } catch (const std::exception& exception) {
    return unavailable(error, exception);
  }
}

orderhub_status put(const orderhub_host* host, const char* key, const char* value,
                    std::size_t value_size, orderhub_error* error) {
  InstanceHost* instance_host = checked_host(host, key, error);
  if (instance_host == nullptr) {
    return ORDERHUB_STATUS_INVALID_ARGUMENT;
  }
  if (value == nullptr && value_size != 0) {
    fill_error(error, std::string("kv: value of key ") + key + " is NULL with a non-zero size");
    return ORDERHUB_STATUS_INVALID_ARGUMENT;
  }
  try {
    instance_host->environment().key_value_store->put(
        instance_host->identity().key_value_scope, key,
        std::string_view(value == nullptr ? "" : value, value_size));
    return ORDERHUB_STATUS_OK;
  } catch (const std::exception& exception) {
    return unavailable(error, exception);
  }
}

orderhub_status remove(const orderhub_host* host, const char* key, orderhub_error* error) {
  InstanceHost* instance_host = checked_host(host, key, error);
  if (instance_host == nullptr) {
    return ORDERHUB_STATUS_INVALID_ARGUMENT;
  }
  try {
    instance_host->environment().key_value_store->remove(instance_host->identity().key_value_scope,
                                                         key);
    return ORDERHUB_STATUS_OK;
  } catch (const std::exception& exception) {
    return unavailable(error, exception);
  }
}

constexpr orderhub_kv_service kKeyValueService = {sizeof(orderhub_kv_service), &get, &put, &remove};

}  // namespace

const orderhub_kv_service& key_value_service_table() {
  return kKeyValueService;
}

}  // namespace orderhub::services
