// The C++ face of orderhub_status (plugin-api/include/orderhub/abi/status.h): the gRPC / abseil
// numbering, as an enum so that a status is never a bare integer in host code.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include <orderhub/abi/status.h>

namespace orderhub::services {

enum class StatusCode : std::int32_t {
  ok = ORDERHUB_STATUS_OK,
  cancelled = ORDERHUB_STATUS_CANCELLED,
  unknown = ORDERHUB_STATUS_UNKNOWN,
  invalid_argument = ORDERHUB_STATUS_INVALID_ARGUMENT,
  deadline_exceeded = ORDERHUB_STATUS_DEADLINE_EXCEEDED,
  not_found = ORDERHUB_STATUS_NOT_FOUND,
  already_exists = ORDERHUB_STATUS_ALREADY_EXISTS,
  permission_denied = ORDERHUB_STATUS_PERMISSION_DENIED,
  resource_exhausted = ORDERHUB_STATUS_RESOURCE_EXHAUSTED,
  failed_precondition = ORDERHUB_STATUS_FAILED_PRECONDITION,
  aborted = ORDERHUB_STATUS_ABORTED,
  out_of_range = ORDERHUB_STATUS_OUT_OF_RANGE,
  unimplemented = ORDERHUB_STATUS_UNIMPLEMENTED,
  internal = ORDERHUB_STATUS_INTERNAL,
  unavailable = ORDERHUB_STATUS_UNAVAILABLE,
  data_loss = ORDERHUB_STATUS_DATA_LOSS,
  unauthenticated = ORDERHUB_STATUS_UNAUTHENTICATED,
};

// The code for a raw status crossing the ABI, or nullopt when it is outside 0..16 (a plugin that
// returns such a value breaks the contract).
std::optional<StatusCode> status_code_from_abi(orderhub_status status);

constexpr orderhub_status to_abi(StatusCode code) {
  return static_cast<orderhub_status>(code);
}

// "OK", "INVALID_ARGUMENT", ... as in status.h without the ORDERHUB_STATUS_ prefix.
std::string_view status_name(StatusCode code);

// UNAVAILABLE, RESOURCE_EXHAUSTED, DEADLINE_EXCEEDED and ABORTED: the same call may succeed later.
bool is_retryable(StatusCode code);

}  // namespace orderhub::services
