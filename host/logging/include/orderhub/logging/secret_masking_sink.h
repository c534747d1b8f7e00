// A spdlog sink that replaces registered secrets by "***" before handing each line to the sink it
// wraps, so no secret string reaches a file, a terminal or a log collector.
#pragma once

#include <memory>
#include <string>

#include <spdlog/sinks/sink.h>

#include "orderhub/logging/secret_registry.h"

namespace orderhub::logging {

class SecretMaskingSink final : public spdlog::sinks::sink {
 public:
  explicit SecretMaskingSink(spdlog::sink_ptr destination,
                             const SecretRegistry& registry = SecretRegistry::instance());

  void log(const spdlog::details::log_msg& message) override;
  void flush() override;
  void set_pattern(const std::string& pattern) override;
  void set_formatter(std::unique_ptr<spdlog::formatter> formatter) override;

  const spdlog::sink_ptr& destination() const { return destination_; }

 private:
  spdlog::sink_ptr destination_;
  const SecretRegistry& registry_;
};

}  // namespace orderhub::logging
