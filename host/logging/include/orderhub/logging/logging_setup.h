// Configures the host's logging: one destination (stderr by default), text or JSON lines, a level,
// and the secret masker in front of it. Every logger the host hands out shares that destination.
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include <spdlog/common.h>
#include <spdlog/logger.h>

namespace orderhub::logging {

enum class LogFormat { text, json };

struct LoggingOptions {
  spdlog::level::level_enum level = spdlog::level::warn;
  LogFormat format = LogFormat::text;
  // Where lines go; nullptr means stderr. Tests pass an ostream sink to read what was logged.
  spdlog::sink_ptr destination = nullptr;
};

// "trace", "debug", "info", "warn", "error" or "off"; nullopt for anything else.
std::optional<spdlog::level::level_enum> parse_log_level(std::string_view name);
// "text" or "json"; nullopt for anything else.
std::optional<LogFormat> parse_log_format(std::string_view name);

// Replaces the host logger (spdlog's default logger, named "orderhub") by one writing through a
// SecretMaskingSink to options.destination. Loggers obtained earlier from logger_for() keep the
// destination they were created with.
void configure_logging(const LoggingOptions& options);

// The host's own logger. Configured with the defaults on first use if configure_logging() was not
// called, so no line ever bypasses the secret masker.
std::shared_ptr<spdlog::logger> host_logger();

// A logger named name (a plugin id, a component) sharing the host logger's sinks and level.
std::shared_ptr<spdlog::logger> logger_for(std::string_view name);

}  // namespace orderhub::logging
