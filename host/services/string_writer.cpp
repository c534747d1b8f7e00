// Collecting writer output into a string under a size limit.
#include "orderhub/services/string_writer.h"

namespace orderhub::services {

StringWriter::StringWriter(std::size_t limit)
    : writer_{sizeof(orderhub_writer), this, &StringWriter::write}, limit_(limit) {}

orderhub_status StringWriter::write(void* context, const char* data, std::size_t size) {
  auto* self = static_cast<StringWriter*>(context);
  if (size == 0) {
    return ORDERHUB_STATUS_OK;
  }
  if (data == nullptr) {
    return ORDERHUB_STATUS_INVALID_ARGUMENT;
  }
  if (self->limit_reached_ || size > self->limit_ - self->contents_.size()) {
    self->limit_reached_ = true;
    return ORDERHUB_STATUS_RESOURCE_EXHAUSTED;
  }
  self->contents_.append(data, size);
  return ORDERHUB_STATUS_OK;
}

}  // namespace orderhub::services
