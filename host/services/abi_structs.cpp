// Filling errors and writing through writers owned by the other side of the ABI.
#include "orderhub/services/abi_structs.h"

namespace orderhub::services {

void fill_error(orderhub_error* error, std::string_view message, std::uint32_t retry_after_ms) {
  if (error == nullptr) {
    return;
  }
  std::uint32_t size = 0;
  std::memcpy(&size, error, sizeof(size));
  const std::size_t message_offset = offsetof(orderhub_error, message);
  if (size < offsetof(orderhub_error, retry_after_ms) + sizeof(error->retry_after_ms)) {
    return;
  }
  error->retry_after_ms = retry_after_ms;
  if (size <= message_offset) {
    return;
  }
  const std::size_t capacity =
      std::min<std::size_t>(size - message_offset, ORDERHUB_ERROR_MESSAGE_CAPACITY);
  const std::size_t length = std::min(message.size(), capacity - 1);
  std::memcpy(error->message, message.data(), length);
  error->message[length] = '\0';
}

std::string_view error_message(const orderhub_error& error) {
  return std::string_view(error.message, strnlen(error.message, sizeof(error.message)));
}

orderhub_status write_through(const orderhub_writer* writer, std::string_view data) {
  orderhub_writer local;
  if (!copy_versioned_struct(writer, ORDERHUB_V1_SIZE(orderhub_writer, write), local) ||
      local.write == nullptr) {
    return ORDERHUB_STATUS_INVALID_ARGUMENT;
  }
  if (data.empty()) {
    return ORDERHUB_STATUS_OK;
  }
  return local.write(local.context, data.data(), data.size());
}

}  // namespace orderhub::services
