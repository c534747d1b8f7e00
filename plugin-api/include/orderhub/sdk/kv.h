// orderhub/sdk/kv.h: durable key-value state private to one plugin instance ("orderhub.kv/1"):
// access tokens, channel-side bookkeeping. Download cursors do not belong here; the host commits
// them with the orders they cover.
#ifndef ORDERHUB_SDK_KV_H
#define ORDERHUB_SDK_KV_H

#include <optional>
#include <string>
#include <string_view>

#include "../abi/services/kv.h"
#include "detail/services.h"
#include "detail/writers.h"

namespace orderhub::sdk {

class KeyValue {
 public:
  // Throws Error(FAILED_PRECONDITION) when the table is missing. Usually obtained as host.kv().
  KeyValue(const orderhub_host* host, const void* table)
      : host_(host),
        service_(detail::require_service<orderhub_kv_service>(table, ORDERHUB_SERVICE_KV)) {
    if (service_.get == nullptr || service_.put == nullptr || service_.remove == nullptr) {
      throw Error(Status::FAILED_PRECONDITION, "the host's orderhub.kv/1 lacks get, put or remove");
    }
  }

  // The value stored under key, or nothing when there is none. Throws Error on any other failure.
  std::optional<std::string> get(std::string_view key) const {
    const std::string name = detail::c_string(key, "key-value key");
    detail::StringWriter value;
    orderhub_error error = detail::empty_error();
    const orderhub_status status = service_.get(host_, name.c_str(), value.writer(), &error);
    if (status == ORDERHUB_STATUS_NOT_FOUND) {
      return std::nullopt;
    }
    detail::throw_unless_ok(status, error, "reading key-value \"" + name + "\"");
    return value.take();
  }

  // Stores value under key durably, replacing any earlier value.
  void put(std::string_view key, std::string_view value) const {
    const std::string name = detail::c_string(key, "key-value key");
    orderhub_error error = detail::empty_error();
    const orderhub_status status =
        service_.put(host_, name.c_str(), value.data(), value.size(), &error);
    detail::throw_unless_ok(status, error, "storing key-value \"" + name + "\"");
  }

  // Removes key; succeeds also when it was absent.
  void remove(std::string_view key) const {
    const std::string name = detail::c_string(key, "key-value key");
    orderhub_error error = detail::empty_error();
    const orderhub_status status = service_.remove(host_, name.c_str(), &error);
    detail::throw_unless_ok(status, error, "removing key-value \"" + name + "\"");
  }

 private:
  const orderhub_host* host_;
  orderhub_kv_service service_;
};

}  // namespace orderhub::sdk

#endif  // ORDERHUB_SDK_KV_H
