// Test helper: points the host logger at a string for the life of the object, so a test can read
// exactly what reached the log sink (after secret masking).
#pragma once

#include <memory>
#include <sstream>
#include <string>

#include <spdlog/sinks/ostream_sink.h>

#include "orderhub/logging/logging_setup.h"

namespace orderhub::testing {

class LogCapture {
 public:
  explicit LogCapture(spdlog::level::level_enum level = spdlog::level::trace,
                      logging::LogFormat format = logging::LogFormat::text)
      : sink_(std::make_shared<spdlog::sinks::ostream_sink_mt>(stream_)) {
    logging::configure_logging(logging::LoggingOptions{level, format, sink_});
  }
  ~LogCapture() { logging::configure_logging(logging::LoggingOptions{}); }
  LogCapture(const LogCapture&) = delete;
  LogCapture& operator=(const LogCapture&) = delete;

  std::string text() {
    sink_->flush();
    return stream_.str();
  }

 private:
  std::ostringstream stream_;
  std::shared_ptr<spdlog::sinks::ostream_sink_mt> sink_;
};

}  // namespace orderhub::testing
