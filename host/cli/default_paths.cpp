// Resolving default paths relative to the executable rather than the working directory, so that
// orderhub finds its plugins however it is started.
#include "default_paths.h"

#include <system_error>

namespace orderhub::cli {

std::filesystem::path default_plugin_directory() {
  std::error_code error;
  const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error || executable.empty()) {
    return "plugins";
  }
  return (executable.parent_path() / ".." / "plugins").lexically_normal();
}

}  // namespace orderhub::cli
