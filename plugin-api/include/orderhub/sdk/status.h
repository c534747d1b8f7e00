// orderhub/sdk/status.h: the C++ face of orderhub_status_code, with the same names and numbers, so
// that plugin code says Status::UNAVAILABLE instead of a bare integer.
#ifndef ORDERHUB_SDK_STATUS_H
#define ORDERHUB_SDK_STATUS_H

#include <cstdint>
#include <string_view>

#include "../abi/status.h"

namespace orderhub::sdk {

enum class Status : std::int32_t {
  OK = ORDERHUB_STATUS_OK,
  CANCELLED = ORDERHUB_STATUS_CANCELLED,
  UNKNOWN = ORDERHUB_STATUS_UNKNOWN,
  INVALID_ARGUMENT = ORDERHUB_STATUS_INVALID_ARGUMENT,
  DEADLINE_EXCEEDED = ORDERHUB_STATUS_DEADLINE_EXCEEDED,
  NOT_FOUND = ORDERHUB_STATUS_NOT_FOUND,
  ALREADY_EXISTS = ORDERHUB_STATUS_ALREADY_EXISTS,
  PERMISSION_DENIED = ORDERHUB_STATUS_PERMISSION_DENIED,
  RESOURCE_EXHAUSTED = ORDERHUB_STATUS_RESOURCE_EXHAUSTED,
  FAILED_PRECONDITION = ORDERHUB_STATUS_FAILED_PRECONDITION,
  ABORTED = ORDERHUB_STATUS_ABORTED,
  OUT_OF_RANGE = ORDERHUB_STATUS_OUT_OF_RANGE,
  UNIMPLEMENTED = ORDERHUB_STATUS_UNIMPLEMENTED,
  INTERNAL = ORDERHUB_STATUS_INTERNAL,
  UNAVAILABLE = ORDERHUB_STATUS_UNAVAILABLE,
  DATA_LOSS = ORDERHUB_STATUS_DATA_LOSS,
  UNAUTHENTICATED = ORDERHUB_STATUS_UNAUTHENTICATED,
};

constexpr orderhub_status to_abi(Status status) noexcept {
  return static_cast<orderhub_status>(status);
}

constexpr Status from_abi(orderhub_status status) noexcept {
  return static_cast<Status>(status);
}

// The enumerator's name, e.g. "UNAVAILABLE"; "UNRECOGNISED" for a number outside the list.
constexpr std::string_view status_name(Status status) noexcept {
  switch (status) {
    case Status::OK:
      return "OK";
    case Status::CANCELLED:
      return "CANCELLED";
    case Status::UNKNOWN:
      return "UNKNOWN";
    case Status::INVALID_ARGUMENT:
      return "INVALID_ARGUMENT";
    case Status::DEADLINE_EXCEEDED:
      return "DEADLINE_EXCEEDED";
    case Status::NOT_FOUND:
      return "NOT_FOUND";
    case Status::ALREADY_EXISTS:
      return "ALREADY_EXISTS";
    case Status::PERMISSION_DENIED:
      return "PERMISSION_DENIED";
    case Status::RESOURCE_EXHAUSTED:
      return "RESOURCE_EXHAUSTED";
    case Status::FAILED_PRECONDITION:
      return "FAILED_PRECONDITION";
    case Status::ABORTED:
      return "ABORTED";
    case Status::OUT_OF_RANGE:
      return "OUT_OF_RANGE";
    case Status::UNIMPLEMENTED:
      return "UNIMPLEMENTED";
    case Status::INTERNAL:
      return "INTERNAL";
    case Status::UNAVAILABLE:
      return "UNAVAILABLE";
    case Status::DATA_LOSS:
      return "DATA_LOSS";
    case Status::UNAUTHENTICATED:
      return "UNAUTHENTICATED";
  }
  return "UNRECOGNISED";
}

// The codes status.h calls retryable: the same request may succeed later.
constexpr bool is_retryable(Status status) noexcept {
  return status == Status::UNAVAILABLE || status == Status::RESOURCE_EXHAUSTED ||
         status == Status::DEADLINE_EXCEEDED || status == Status::ABORTED;
}

}  // namespace orderhub::sdk

#endif  // ORDERHUB_SDK_STATUS_H
