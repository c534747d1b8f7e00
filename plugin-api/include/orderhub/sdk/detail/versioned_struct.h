// orderhub/sdk/detail/versioned_struct.h: reading a struct another party filled, whose minor
// version may be older or newer than ours. Every ABI struct starts with uint32_t struct_size; we
// copy min(struct_size, sizeof) into a zeroed local, so fields we know but the writer did not are
// zero, and fields the writer knows but we do not are ignored. A struct smaller than its v1.0 size
// is refused.
#ifndef ORDERHUB_SDK_DETAIL_VERSIONED_STRUCT_H
#define ORDERHUB_SDK_DETAIL_VERSIONED_STRUCT_H

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>

#include "../../abi.h"

namespace orderhub::sdk::detail {

// The size each struct had in ABI v1.0: the end of its last v1.0 field. It stays fixed when later
// minor versions append fields.
template <class Struct>
struct V1Size;

#define ORDERHUB_SDK_DETAIL_V1_SIZE(Struct, LastField)                                            \
  template <>                                                                                     \
  struct V1Size<Struct> {                                                                         \
    static constexpr std::size_t value = offsetof(Struct, LastField) + sizeof(Struct::LastField); \
  }

ORDERHUB_SDK_DETAIL_V1_SIZE(orderhub_error, message);
ORDERHUB_SDK_DETAIL_V1_SIZE(orderhub_writer, write);
ORDERHUB_SDK_DETAIL_V1_SIZE(orderhub_host, get_service);
ORDERHUB_SDK_DETAIL_V1_SIZE(orderhub_plugin_entry, descriptor);
ORDERHUB_SDK_DETAIL_V1_SIZE(orderhub_plugin_descriptor, invoice);
ORDERHUB_SDK_DETAIL_V1_SIZE(orderhub_channel_interface, push_inventory);
ORDERHUB_SDK_DETAIL_V1_SIZE(orderhub_invoice_interface, check_template);
ORDERHUB_SDK_DETAIL_V1_SIZE(orderhub_http_service, send);
ORDERHUB_SDK_DETAIL_V1_SIZE(orderhub_kv_service, remove);
ORDERHUB_SDK_DETAIL_V1_SIZE(orderhub_log_service, log);
ORDERHUB_SDK_DETAIL_V1_SIZE(orderhub_clock_service, now_unix_ms);

#undef ORDERHUB_SDK_DETAIL_V1_SIZE

// A copy of *source, or nothing when source is NULL or its struct_size is below the v1.0 size.
template <class Struct>
std::optional<Struct> read_versioned(const void* source) noexcept {
  if (source == nullptr) {
    return std::nullopt;
  }
  std::uint32_t declared_size = 0;
  std::memcpy(&declared_size, source, sizeof(declared_size));
  if (declared_size < V1Size<Struct>::value) {
    return std::nullopt;
  }
  Struct copy;
  std::memset(&copy, 0, sizeof(copy));
  std::memcpy(&copy, source, std::min<std::size_t>(declared_size, sizeof(copy)));
  return copy;
}

}  // namespace orderhub::sdk::detail

#endif  // ORDERHUB_SDK_DETAIL_VERSIONED_STRUCT_H
