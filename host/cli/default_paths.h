// Where orderhub looks for things when not told.
#pragma once

#include <filesystem>

namespace orderhub::cli {

// ../plugins beside the directory of the running executable (build/bin/orderhub finds
// build/plugins), resolved through /proc/self/exe; "plugins" if that cannot be read.
std::filesystem::path default_plugin_directory();

}  // namespace orderhub::cli
