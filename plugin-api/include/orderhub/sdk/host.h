// orderhub/sdk/host.h: the host as a plugin instance sees it, built from the orderhub_host pointer
// given to create(). Copyable; valid until destroy() of the instance returns, like the pointer.
#ifndef ORDERHUB_SDK_HOST_H
#define ORDERHUB_SDK_HOST_H

#include <cstdint>
#include <string>
#include <string_view>

#include "../abi/host.h"
#include "../abi/plugin.h"
#include "clock.h"
#include "detail/versioned_struct.h"
#include "error.h"
#include "http.h"
#include "kv.h"
#include "log.h"

namespace orderhub::sdk {

class Host {
 public:
  // Throws Error(FAILED_PRECONDITION) when host is NULL, smaller than ABI v1.0, or speaks another
  // ABI major version.
  explicit Host(const orderhub_host* host) : host_(host), copy_(read(host)) {}

  // Each throws Error(FAILED_PRECONDITION) naming the service when the host does not offer it.
  Logger log() const { return Logger(host_, service(ORDERHUB_SERVICE_LOG)); }
  Http http() const { return Http(host_, service(ORDERHUB_SERVICE_HTTP)); }
  KeyValue kv() const { return KeyValue(host_, service(ORDERHUB_SERVICE_KV)); }
  Clock clock() const { return Clock(host_, service(ORDERHUB_SERVICE_CLOCK)); }

  // The raw service table for service_id (e.g. a service newer than this SDK), or NULL.
  const void* service(const char* service_id) const noexcept {
    return copy_.get_service == nullptr ? nullptr : copy_.get_service(host_, service_id);
  }

  std::uint16_t abi_major() const noexcept { return copy_.abi_major; }
  std::uint16_t abi_minor() const noexcept { return copy_.abi_minor; }
  std::string_view host_version() const noexcept {
    return copy_.host_version == nullptr ? std::string_view() : copy_.host_version;
  }

  // The pointer create() received; host services need exactly this pointer back.
  const orderhub_host* abi() const noexcept { return host_; }

 private:
  static orderhub_host read(const orderhub_host* host) {
    const auto copy = detail::read_versioned<orderhub_host>(host);
    if (!copy) {
      throw Error(Status::FAILED_PRECONDITION, host == nullptr
                                                   ? "the host pointer is NULL"
                                                   : "the host struct is smaller than ABI v1.0");
    }
    if (copy->abi_major != ORDERHUB_ABI_MAJOR) {
      throw Error(Status::FAILED_PRECONDITION,
                  "the host speaks ABI major " + std::to_string(copy->abi_major) +
                      ", this plugin ABI major " + std::to_string(ORDERHUB_ABI_MAJOR));
    }
    return *copy;
  }

  const orderhub_host* host_;
  orderhub_host copy_;
};

}  // namespace orderhub::sdk

#endif  // ORDERHUB_SDK_HOST_H
