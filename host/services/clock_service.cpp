// "orderhub.clock/1": the environment's clock, so tests move time for plugins too.
#include "orderhub/services/instance_host.h"
#include "service_tables.h"

namespace orderhub::services {
namespace {

std::int64_t now_unix_ms(const orderhub_host* host) {
  InstanceHost* instance_host = InstanceHost::from_abi(host);
  if (instance_host == nullptr) {
    return to_unix_milliseconds(std::chrono::system_clock::now());
  }
  return to_unix_milliseconds(instance_host->environment().clock->now());
}

constexpr orderhub_clock_service kClockService = {sizeof(orderhub_clock_service), &now_unix_ms};

}  // namespace

const orderhub_clock_service& clock_service_table() {
  return kClockService;
}

}  // namespace orderhub::services
