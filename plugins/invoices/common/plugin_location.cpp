// dladdr on a function of this library names the file it was loaded from.
#include "plugin_location.h"

#include <dlfcn.h>

#include <orderhub/sdk/error.h>

namespace orderhub::invoices {

std::filesystem::path plugin_directory() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<const void*>(&plugin_directory), &info) == 0 ||
      info.dli_fname == nullptr) {
    throw sdk::Error(sdk::Status::FAILED_PRECONDITION,
                     "cannot tell which file this invoice plugin was loaded from");
  }
  return std::filesystem::absolute(info.dli_fname).parent_path();
}

}  // namespace orderhub::invoices
