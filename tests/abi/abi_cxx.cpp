// abi_cxx.cpp: the ABI headers and the whole SDK compiled as C++ (built twice, as C++17 and as
// C++20) with every warning an error, plus the layout assertions of abi_layout.h. Running it makes
// one call through a writer, as the SDK does.
#include "abi_layout.h"

#include <orderhub/sdk.h>

#include <string>

int main() {
  std::string written;
  orderhub_writer writer{};
  writer.struct_size = sizeof(writer);
  writer.context = &written;
  writer.write = [](void* context, const char* data, size_t size) -> orderhub_status {
    static_cast<std::string*>(context)->append(data, size);
    return ORDERHUB_STATUS_OK;
  };
  orderhub::sdk::detail::write_output(&writer, "{}");
  return written == "{}" ? 0 : 1;
}
