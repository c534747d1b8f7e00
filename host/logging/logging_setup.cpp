// Building the host logger: destination sink, formatter, secret masking, level.
#include "orderhub/logging/logging_setup.h"

#include <mutex>
#include <string>
#include <utility>

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "orderhub/logging/json_line_formatter.h"
#include "orderhub/logging/secret_masking_sink.h"

namespace orderhub::logging {
namespace {

constexpr std::string_view kHostLoggerName = "orderhub";
constexpr const char* kTextPattern = "%Y-%m-%dT%H:%M:%S.%eZ %l [%n] %v";

std::mutex& configuration_mutex() {
  static std::mutex mutex;
  return mutex;
}

bool& configured() {
  static bool value = false;
  return value;
}

void configure_locked(const LoggingOptions& options) {
  spdlog::sink_ptr destination =
      options.destination ? options.destination : std::make_shared<spdlog::sinks::stderr_sink_mt>();
  if (options.format == LogFormat::json) {
    destination->set_formatter(std::make_unique<JsonLineFormatter>());
  } else {
    destination->set_formatter(
        std::make_unique<spdlog::pattern_formatter>(kTextPattern, spdlog::pattern_time_type::utc));
  }
  auto masking_sink = std::make_shared<SecretMaskingSink>(std::move(destination));
  auto logger = std::make_shared<spdlog::logger>(std::string(kHostLoggerName), masking_sink);
  logger->set_level(options.level);
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(std::move(logger));
  configured() = true;
}

}  // namespace

std::optional<spdlog::level::level_enum> parse_log_level(std::string_view name) {
  static constexpr std::pair<std::string_view, spdlog::level::level_enum> kLevels[] = {
      {"trace", spdlog::level::trace}, {"debug", spdlog::level::debug},
      {"info", spdlog::level::info},   {"warn", spdlog::level::warn},
      {"error", spdlog::level::err},   {"off", spdlog::level::off}};
  for (const auto& [level_name, level] : kLevels) {
    if (name == level_name) {
      return level;
    }
  }
  return std::nullopt;
}

std::optional<LogFormat> parse_log_format(std::string_view name) {
  if (name == "text") {
    return LogFormat::text;
  }
  if (name == "json") {
    return LogFormat::json;
  }
  return std::nullopt;
}

void configure_logging(const LoggingOptions& options) {
  std::lock_guard lock(configuration_mutex());
  configure_locked(options);
}

std::shared_ptr<spdlog::logger> host_logger() {
  std::lock_guard lock(configuration_mutex());
  if (!configured()) {
    configure_locked(LoggingOptions{});
  }
  return spdlog::default_logger();
}

std::shared_ptr<spdlog::logger> logger_for(std::string_view name) {
  return host_logger()->clone(std::string(name));
}

}  // namespace orderhub::logging
