// JSON line formatting of log records; invalid UTF-8 in a message is replaced, never thrown on.
#include "orderhub/logging/json_line_formatter.h"

#include <chrono>
#include <ctime>
#include <string>

#include <fmt/format.h>
#include <spdlog/details/log_msg.h>
#include <nlohmann/json.hpp>

namespace orderhub::logging {
namespace {

std::string utc_timestamp(std::chrono::system_clock::time_point time) {
  const auto since_epoch = time.time_since_epoch();
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(since_epoch);
  const auto milliseconds =
      std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch - seconds).count();
  const std::time_t whole_seconds = static_cast<std::time_t>(seconds.count());
  std::tm calendar{};
  gmtime_r(&whole_seconds, &calendar);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", calendar.tm_year + 1900,
                     calendar.tm_mon + 1, calendar.tm_mday, calendar.tm_hour, calendar.tm_min,
                     calendar.tm_sec, milliseconds);
}

}  // namespace

void JsonLineFormatter::format(const spdlog::details::log_msg& message,
                               spdlog::memory_buf_t& destination) {
  const auto level_name = spdlog::level::to_string_view(message.level);
  nlohmann::ordered_json line;
  line["time"] = utc_timestamp(message.time);
  line["level"] = std::string(level_name.data(), level_name.size());
  line["logger"] = std::string(message.logger_name.data(), message.logger_name.size());
  line["message"] = std::string(message.payload.data(), message.payload.size());
  const std::string text =
      line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  destination.append(text.data(), text.data() + text.size());
  destination.push_back('\n');
}

std::unique_ptr<spdlog::formatter> JsonLineFormatter::clone() const {
  return std::make_unique<JsonLineFormatter>();
}

}  // namespace orderhub::logging
