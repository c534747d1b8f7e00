// orderhub/sdk/error.h: the exception plugin code throws to fail a call. The SDK's trampolines turn
// it into the status, message and retry hint of the caller's orderhub_error; it never crosses the
// ABI.
#ifndef ORDERHUB_SDK_ERROR_H
#define ORDERHUB_SDK_ERROR_H

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "status.h"

namespace orderhub::sdk {

class Error : public std::runtime_error {
 public:
  // message names what was wrong and where (the order, the field, the channel's answer) and must
  // never contain a secret. retry_after_ms is the channel's Retry-After hint, 0 when it gave none.
  Error(Status status, const std::string& message, std::uint32_t retry_after_ms = 0)
      : std::runtime_error(message), status_(status), retry_after_ms_(retry_after_ms) {}

  Status status() const noexcept { return status_; }
  std::uint32_t retry_after_ms() const noexcept { return retry_after_ms_; }
  std::string_view message() const noexcept { return what(); }

 private:
  Status status_;
  std::uint32_t retry_after_ms_;
};

}  // namespace orderhub::sdk

#endif  // ORDERHUB_SDK_ERROR_H
