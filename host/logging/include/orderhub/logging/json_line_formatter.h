// A spdlog formatter that writes each log line as one JSON object, for log collectors:
// {"time":"2026-11-23T16:00:00.123Z","level":"info","logger":"orderhub","message":"..."}
#pragma once

#include <memory>

#include <spdlog/formatter.h>

namespace orderhub::logging {

class JsonLineFormatter final : public spdlog::formatter {
 public:
  void format(const spdlog::details::log_msg& message, spdlog::memory_buf_t& destination) override;
  std::unique_ptr<spdlog::formatter> clone() const override;
};

}  // namespace orderhub::logging
