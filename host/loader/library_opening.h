// Opening a plugin library with Boost.DLL and finding its v1 entry symbol. Opened libraries are
// kept for the life of the process: v1 hosts never unload a plugin.
#pragma once

#include <filesystem>
#include <stdexcept>

#include <orderhub/abi/plugin.h>

namespace orderhub::loader {

// Why a library could not be opened or holds no entry; the message is the reason alone.
class LibraryOpenError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Returns the library's orderhub_plugin_entry_v1. Throws LibraryOpenError.
const orderhub_plugin_entry* open_plugin_library(const std::filesystem::path& library_path);

}  // namespace orderhub::loader
