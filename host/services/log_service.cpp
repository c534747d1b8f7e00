// "orderhub.log/1": plugin lines go to the plugin's logger (named by its id), through the same
// secret masking as every host line.
#include <spdlog/spdlog.h>

#include "orderhub/services/instance_host.h"
#include "service_tables.h"

namespace orderhub::services {
namespace {

spdlog::level::level_enum to_spdlog_level(std::int32_t level) {
  switch (level) {
    case ORDERHUB_LOG_TRACE:
      return spdlog::level::trace;
    case ORDERHUB_LOG_DEBUG:
      return spdlog::level::debug;
    case ORDERHUB_LOG_INFO:
      return spdlog::level::info;
    case ORDERHUB_LOG_WARN:
      return spdlog::level::warn;
    default:
      // Unknown levels (from a newer or careless plugin) are shown rather than lost.
      return level < ORDERHUB_LOG_TRACE ? spdlog::level::trace : spdlog::level::err;
  }
}

void log(const orderhub_host* host, std::int32_t level, const char* message,
         std::size_t message_size) {
  InstanceHost* instance_host = InstanceHost::from_abi(host);
  if (instance_host == nullptr || (message == nullptr && message_size != 0)) {
    return;
  }
  spdlog::logger& logger = instance_host->logger();
  const std::string_view text(message == nullptr ? "" : message, message_size);
  const std::string& scope = instance_host->identity().key_value_scope;
  if (scope.empty()) {
    logger.log(to_spdlog_level(level), "{}", text);
  } else {
    logger.log(to_spdlog_level(level), "[{}] {}", scope, text);
  }
}

constexpr orderhub_log_service kLogService = {sizeof(orderhub_log_service), &log};

}  // namespace

const orderhub_log_service& log_service_table() {
  return kLogService;
}

}  // namespace orderhub::services
