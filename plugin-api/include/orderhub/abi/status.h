/*
 * status.h: the result of every call that crosses the orderhub plugin ABI.
 *
 * Codes use the gRPC / abseil numbering so that their meaning is already known to most readers.
 * Retryable: UNAVAILABLE, RESOURCE_EXHAUSTED, DEADLINE_EXCEEDED, ABORTED.
 * Permanent: INVALID_ARGUMENT, FAILED_PRECONDITION, NOT_FOUND, PERMISSION_DENIED, UNAUTHENTICATED,
 * UNIMPLEMENTED, INTERNAL, DATA_LOSS, and any other code.
 *
 * Compatibility: codes are never renumbered and never removed.
 */
#ifndef ORDERHUB_ABI_STATUS_H
#define ORDERHUB_ABI_STATUS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum orderhub_status_code {
  ORDERHUB_STATUS_OK = 0,
  ORDERHUB_STATUS_CANCELLED = 1,
  ORDERHUB_STATUS_UNKNOWN = 2,
  ORDERHUB_STATUS_INVALID_ARGUMENT = 3,
  ORDERHUB_STATUS_DEADLINE_EXCEEDED = 4,
  ORDERHUB_STATUS_NOT_FOUND = 5,
  ORDERHUB_STATUS_ALREADY_EXISTS = 6,
  ORDERHUB_STATUS_PERMISSION_DENIED = 7,
  ORDERHUB_STATUS_RESOURCE_EXHAUSTED = 8,
  ORDERHUB_STATUS_FAILED_PRECONDITION = 9,
  ORDERHUB_STATUS_ABORTED = 10,
  ORDERHUB_STATUS_OUT_OF_RANGE = 11,
  ORDERHUB_STATUS_UNIMPLEMENTED = 12,
  ORDERHUB_STATUS_INTERNAL = 13,
  ORDERHUB_STATUS_UNAVAILABLE = 14,
  ORDERHUB_STATUS_DATA_LOSS = 15,
  ORDERHUB_STATUS_UNAUTHENTICATED = 16
} orderhub_status_code;

/* Every function that can fail returns one of the codes above as an int32_t. */
typedef int32_t orderhub_status;

/* Capacity of orderhub_error.message, including the terminating NUL. */
#define ORDERHUB_ERROR_MESSAGE_CAPACITY 1024

/*
 * Details of a failed call. Owned by the CALLER, who zero-fills it and sets struct_size before the
 * call; the callee writes at most struct_size bytes of it and only when it returns a status other
 * than OK.
 *
 * message: NUL-terminated UTF-8, truncated to fit. It names what was wrong and where (the order
 *   and field, the HTTP status, the channel's own message). It must never contain a secret.
 * retry_after_ms: for retryable codes, the earliest time to retry, in milliseconds from now, as the
 *   channel asked (Retry-After); 0 when the channel gave no hint.
 *
 * Compatibility: later minor versions append fields after message; never reorder.
 */
typedef struct orderhub_error {
  uint32_t struct_size;
  uint32_t retry_after_ms;
  char message[ORDERHUB_ERROR_MESSAGE_CAPACITY];
} orderhub_error;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ORDERHUB_ABI_STATUS_H */
