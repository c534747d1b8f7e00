// orderhub/sdk/detail/writers.h: both directions of orderhub_writer. StringWriter is a writer the
// SDK hands to the host (HTTP bodies, key-value values) that collects into a std::string;
// write_output() sends a plugin's answer through the writer the host handed to the plugin.
#ifndef ORDERHUB_SDK_DETAIL_WRITERS_H
#define ORDERHUB_SDK_DETAIL_WRITERS_H

#include <cstddef>
#include <exception>
#include <string>
#include <string_view>

#include "../../abi/writer.h"
#include "../error.h"
#include "versioned_struct.h"

namespace orderhub::sdk::detail {

// An orderhub_writer that appends to a std::string it owns. The writer struct points at this
// object, so a StringWriter must not be copied or moved while the host may write to it.
class StringWriter {
 public:
  StringWriter() noexcept {
    writer_.struct_size = sizeof(writer_);
    writer_.context = this;
    writer_.write = &StringWriter::append;
  }
  StringWriter(const StringWriter&) = delete;
  StringWriter& operator=(const StringWriter&) = delete;

  orderhub_writer* writer() noexcept { return &writer_; }
  std::string take() noexcept { return std::move(text_); }

 private:
  static orderhub_status append(void* context, const char* data, std::size_t size) noexcept {
    auto* self = static_cast<StringWriter*>(context);
    if (size == 0) {
      return ORDERHUB_STATUS_OK;
    }
    if (data == nullptr) {
      return ORDERHUB_STATUS_INVALID_ARGUMENT;
    }
    try {
      self->text_.append(data, size);
    } catch (const std::exception&) {
      // Out of memory or beyond max_size(): refuse more output, as writer.h allows.
      return ORDERHUB_STATUS_RESOURCE_EXHAUSTED;
    }
    return ORDERHUB_STATUS_OK;
  }

  orderhub_writer writer_{};
  std::string text_;
};

// Sends output through the caller's writer. Throws Error with the writer's own status when it
// refuses the bytes, so that the call returns exactly that status.
inline void write_output(orderhub_writer* destination, std::string_view output) {
  const auto writer = read_versioned<orderhub_writer>(destination);
  if (!writer || writer->write == nullptr) {
    throw Error(Status::INVALID_ARGUMENT,
                "the caller's response writer is NULL, incomplete or smaller than ABI v1.0");
  }
  if (output.empty()) {
    return;
  }
  const orderhub_status status = writer->write(writer->context, output.data(), output.size());
  if (status != ORDERHUB_STATUS_OK) {
    throw Error(from_abi(status), "the caller's writer refused the response (" +
                                      std::to_string(output.size()) + " bytes)");
  }
}

}  // namespace orderhub::sdk::detail

#endif  // ORDERHUB_SDK_DETAIL_WRITERS_H
