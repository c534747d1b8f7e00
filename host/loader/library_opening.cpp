// Boost.DLL loading with RTLD_NOW (missing symbols show up at load, not mid-call) and RTLD_LOCAL
// (plugins cannot see or clash with each other's symbols).
#define BOOST_DLL_USE_STD_FS
#include "library_opening.h"

#include <dlfcn.h>

#include <array>
#include <fstream>
#include <mutex>
#include <string>
#include <system_error>
#include <vector>

#include <boost/dll/shared_library.hpp>

namespace orderhub::loader {
namespace {

// Deliberately leaked: destroying it at exit would unload plugins while other static destructors
// may still run plugin code.
std::vector<boost::dll::shared_library>& kept_libraries() {
  static auto* libraries = new std::vector<boost::dll::shared_library>();
  return *libraries;
}

std::mutex& kept_libraries_mutex() {
  static std::mutex mutex;
  return mutex;
}

bool has_elf_header(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::array<char, 4> magic{};
  file.read(magic.data(), magic.size());
  return file.gcount() == 4 && magic == std::array<char, 4>{'\x7f', 'E', 'L', 'F'};
}

// Boost.DLL reports every dlopen failure as a bare error code; the dynamic linker's own words
// ("undefined symbol: x", "wrong ELF class") are what a plugin author needs, so ask it again.
std::string dynamic_linker_message(const std::filesystem::path& path) {
  dlerror();
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle != nullptr) {
    // Loadable after all (a transient failure); keep it loaded like every plugin library.
    return "the library could not be loaded";
  }
  const char* message = dlerror();
  std::string text = message != nullptr ? message : "the library could not be loaded";
  const std::string prefix = path.string() + ": ";
  if (text.starts_with(prefix)) {
    text.erase(0, prefix.size());
  }
  return "cannot be loaded: " + text;
}

}  // namespace

const orderhub_plugin_entry* open_plugin_library(const std::filesystem::path& library_path) {
  std::error_code status_error;
  const auto status = std::filesystem::status(library_path, status_error);
  if (!std::filesystem::exists(status)) {
    throw LibraryOpenError("library file not found");
  }
  if (!std::filesystem::is_regular_file(status)) {
    throw LibraryOpenError("library is not a regular file");
  }
  if (!has_elf_header(library_path)) {
    throw LibraryOpenError("not a shared library (no ELF header)");
  }

  const std::filesystem::path absolute = std::filesystem::absolute(library_path);
  boost::dll::shared_library library;
  std::error_code load_error;
  library.load(absolute, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local,
               load_error);
  if (load_error || !library.is_loaded()) {
    throw LibraryOpenError(dynamic_linker_message(absolute));
  }
  const bool has_entry = library.has(ORDERHUB_PLUGIN_ENTRY_V1_SYMBOL);
  const orderhub_plugin_entry* entry =
      has_entry ? &library.get<const orderhub_plugin_entry>(ORDERHUB_PLUGIN_ENTRY_V1_SYMBOL)
                : nullptr;
  {
    std::lock_guard lock(kept_libraries_mutex());
    kept_libraries().push_back(std::move(library));
  }
  if (entry == nullptr) {
    throw LibraryOpenError(std::string("no entry symbol ") + ORDERHUB_PLUGIN_ENTRY_V1_SYMBOL +
                           " (not an orderhub plugin?)");
  }
  return entry;
}

}  // namespace orderhub::loader
