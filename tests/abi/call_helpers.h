// call_helpers.h: calling a plugin's C functions the way the host does: a zero-filled error of the
// full size, a writer that collects the answer (and can refuse beyond a byte limit), and the
// outcome in one value a test can assert on.
#ifndef ORDERHUB_TESTS_ABI_CALL_HELPERS_H
#define ORDERHUB_TESTS_ABI_CALL_HELPERS_H

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include <orderhub/abi.h>

namespace orderhub::testing {

// A writer that keeps at most limit bytes and answers RESOURCE_EXHAUSTED beyond that.
class CollectingWriter {
 public:
  explicit CollectingWriter(std::size_t limit = static_cast<std::size_t>(-1)) : limit_(limit) {
    writer_.struct_size = sizeof(writer_);
    writer_.context = this;
    writer_.write = &CollectingWriter::write;
  }
  CollectingWriter(const CollectingWriter&) = delete;
  CollectingWriter& operator=(const CollectingWriter&) = delete;

  orderhub_writer* writer() { return &writer_; }
  const std::string& text() const { return text_; }

 private:
  static orderhub_status write(void* context, const char* data, std::size_t size) {
    auto* self = static_cast<CollectingWriter*>(context);
    if (self->text_.size() + size > self->limit_) {
      return ORDERHUB_STATUS_RESOURCE_EXHAUSTED;
    }
    self->text_.append(data, size);
    return ORDERHUB_STATUS_OK;
  }

  std::size_t limit_;
  orderhub_writer writer_{};
  std::string text_;
};

struct CallOutcome {
  orderhub_status status;
  std::string output;
  std::string message;
  std::uint32_t retry_after_ms;
};

inline orderhub_error full_size_error() {
  orderhub_error error;
  std::memset(&error, 0, sizeof(error));
  error.struct_size = sizeof(error);
  return error;
}

inline CallOutcome call(orderhub_document_call function, orderhub_instance* instance,
                        std::string_view request,
                        std::size_t output_limit = static_cast<std::size_t>(-1)) {
  CollectingWriter response(output_limit);
  orderhub_error error = full_size_error();
  const orderhub_status status =
      function(instance, request.data(), request.size(), response.writer(), &error);
  return {status, response.text(), error.message, error.retry_after_ms};
}

}  // namespace orderhub::testing

#endif  // ORDERHUB_TESTS_ABI_CALL_HELPERS_H
