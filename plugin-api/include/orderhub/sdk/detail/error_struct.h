// orderhub/sdk/detail/error_struct.h: writing into and reading from an orderhub_error.
//
// The error struct belongs to the caller, who says in struct_size how many bytes of it exist; an
// older or deliberately small caller may pass less than sizeof(orderhub_error). Nothing here writes
// a byte at or beyond struct_size, which is why fields are reached through byte offsets rather than
// through the struct type.
#ifndef ORDERHUB_SDK_DETAIL_ERROR_STRUCT_H
#define ORDERHUB_SDK_DETAIL_ERROR_STRUCT_H

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "../../abi/status.h"
#include "utf8.h"

namespace orderhub::sdk::detail {

// Fills the caller's error with prefix + message (valid UTF-8, truncated to fit, NUL-terminated)
// and retry_after_ms, each only as far as error->struct_size reaches. Does not allocate: it runs
// inside catch handlers, where a throwing allocation would escape across the ABI.
inline void fill_error(orderhub_error* error, std::string_view prefix, std::string_view message,
                       std::uint32_t retry_after_ms) noexcept {
  if (error == nullptr) {
    return;
  }
  auto* bytes = reinterpret_cast<unsigned char*>(error);
  std::uint32_t struct_size = 0;
  std::memcpy(&struct_size, bytes, sizeof(struct_size));

  constexpr std::size_t retry_offset = offsetof(orderhub_error, retry_after_ms);
  if (struct_size >= retry_offset + sizeof(retry_after_ms)) {
    std::memcpy(bytes + retry_offset, &retry_after_ms, sizeof(retry_after_ms));
  }

  constexpr std::size_t message_offset = offsetof(orderhub_error, message);
  if (struct_size <= message_offset) {
    return;
  }
  const std::size_t capacity =
      std::min<std::size_t>(struct_size - message_offset, ORDERHUB_ERROR_MESSAGE_CAPACITY);
  char* text = reinterpret_cast<char*>(bytes + message_offset);
  std::size_t used = 0;
  if (append_utf8(text, capacity, &used, prefix)) {
    append_utf8(text, capacity, &used, message);
  }
  text[used] = '\0';
}

// The message of an error another party filled, read no further than its struct_size and its
// capacity even when the writer forgot the NUL.
inline std::string read_error_message(const orderhub_error& error) {
  if (error.struct_size <= offsetof(orderhub_error, message)) {
    return std::string();
  }
  const std::size_t capacity = std::min<std::size_t>(
      error.struct_size - offsetof(orderhub_error, message), ORDERHUB_ERROR_MESSAGE_CAPACITY);
  const void* end = std::memchr(error.message, '\0', capacity);
  const std::size_t length =
      end == nullptr ? capacity
                     : static_cast<std::size_t>(static_cast<const char*>(end) - error.message);
  return std::string(error.message, length);
}

// A zeroed error of the current size, ready to pass to a host function.
inline orderhub_error empty_error() noexcept {
  orderhub_error error;
  std::memset(&error, 0, sizeof(error));
  error.struct_size = sizeof(error);
  return error;
}

}  // namespace orderhub::sdk::detail

#endif  // ORDERHUB_SDK_DETAIL_ERROR_STRUCT_H
