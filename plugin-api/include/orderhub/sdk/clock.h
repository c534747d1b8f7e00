// orderhub/sdk/clock.h: the host's clock ("orderhub.clock/1"). Plugins ask the host for the time
// instead of the system, so that tests can move time (token expiry, date windows).
#ifndef ORDERHUB_SDK_CLOCK_H
#define ORDERHUB_SDK_CLOCK_H

#include <chrono>
#include <cstdint>

#include "../abi/services/clock.h"
#include "detail/services.h"

namespace orderhub::sdk {

class Clock {
 public:
  // Throws Error(FAILED_PRECONDITION) when the table is missing. Usually obtained as host.clock().
  Clock(const orderhub_host* host, const void* table)
      : host_(host),
        service_(detail::require_service<orderhub_clock_service>(table, ORDERHUB_SERVICE_CLOCK)) {
    if (service_.now_unix_ms == nullptr) {
      throw Error(Status::FAILED_PRECONDITION,
                  "the host's orderhub.clock/1 has no now_unix_ms function");
    }
  }

  // Milliseconds since 1970-01-01T00:00:00Z, as the host sees it.
  std::int64_t now_unix_ms() const noexcept { return service_.now_unix_ms(host_); }

  std::chrono::system_clock::time_point now() const noexcept {
    return std::chrono::system_clock::time_point(
        std::chrono::duration_cast<std::chrono::system_clock::duration>(
            std::chrono::milliseconds(now_unix_ms())));
  }

 private:
  const orderhub_host* host_;
  orderhub_clock_service service_;
};

}  // namespace orderhub::sdk

#endif  // ORDERHUB_SDK_CLOCK_H
