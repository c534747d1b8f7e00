// orderhub/sdk/log.h: the host's log ("orderhub.log/1"). Lines land in the operator's log with the
// plugin and account attached. Never log a secret: the host masks the ones it knows, not all.
#ifndef ORDERHUB_SDK_LOG_H
#define ORDERHUB_SDK_LOG_H

#include <cstdint>
#include <string_view>

#include "../abi/services/log.h"
#include "detail/services.h"

namespace orderhub::sdk {

// Lower case because DEBUG and ERROR are common macro names.
enum class LogLevel : std::int32_t {
  trace = ORDERHUB_LOG_TRACE,
  debug = ORDERHUB_LOG_DEBUG,
  info = ORDERHUB_LOG_INFO,
  warn = ORDERHUB_LOG_WARN,
  error = ORDERHUB_LOG_ERROR,
};

class Logger {
 public:
  // host: the pointer create() received; table: what get_service returned for ORDERHUB_SERVICE_LOG.
  // Throws Error(FAILED_PRECONDITION) when the table is missing. Usually obtained as host.log().
  Logger(const orderhub_host* host, const void* table)
      : host_(host),
        service_(detail::require_service<orderhub_log_service>(table, ORDERHUB_SERVICE_LOG)) {
    if (service_.log == nullptr) {
      throw Error(Status::FAILED_PRECONDITION, "the host's orderhub.log/1 has no log function");
    }
  }

  void write(LogLevel level, std::string_view message) const noexcept {
    service_.log(host_, static_cast<std::int32_t>(level), message.data(), message.size());
  }
  void trace(std::string_view message) const noexcept { write(LogLevel::trace, message); }
  void debug(std::string_view message) const noexcept { write(LogLevel::debug, message); }
  void info(std::string_view message) const noexcept { write(LogLevel::info, message); }
  void warn(std::string_view message) const noexcept { write(LogLevel::warn, message); }
  void error(std::string_view message) const noexcept { write(LogLevel::error, message); }

 private:
  const orderhub_host* host_;
  orderhub_log_service service_;
};

}  // namespace orderhub::sdk

#endif  // ORDERHUB_SDK_LOG_H
