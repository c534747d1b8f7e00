// An orderhub_writer that collects what a callee writes into a std::string, up to a size limit
// beyond which it refuses with RESOURCE_EXHAUSTED (so a runaway plugin cannot exhaust memory).
#pragma once

#include <cstddef>
#include <string>

#include <orderhub/abi/writer.h>

namespace orderhub::services {

// 64 MiB: far above any order page or invoice PDF, far below what hurts the host.
inline constexpr std::size_t kDefaultOutputLimit = std::size_t{64} * 1024 * 1024;

class StringWriter {
 public:
  explicit StringWriter(std::size_t limit = kDefaultOutputLimit);
  StringWriter(const StringWriter&) = delete;
  StringWriter& operator=(const StringWriter&) = delete;

  // The writer to pass across the ABI; valid as long as this object.
  orderhub_writer* abi() { return &writer_; }

  const std::string& contents() const { return contents_; }
  std::string take_contents() { return std::move(contents_); }
  std::size_t limit() const { return limit_; }
  // True once a write was refused because it would have passed the limit.
  bool limit_reached() const { return limit_reached_; }

 private:
  static orderhub_status write(void* context, const char* data, std::size_t size);

  orderhub_writer writer_;
  std::string contents_;
  std::size_t limit_;
  bool limit_reached_ = false;
};

}  // namespace orderhub::services
