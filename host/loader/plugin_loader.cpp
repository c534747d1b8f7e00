// Loading one plugin from its directory, manifest or library, turning every problem into a reason.
#include "orderhub/loader/plugin_loader.h"

#include <system_error>

#include "entry_check.h"
#include "library_opening.h"
#include "orderhub/loader/plugin_manifest.h"

namespace orderhub::loader {
namespace {

constexpr const char* kManifestFileName = "plugin.json";

PluginLoadResult failed(std::filesystem::path path, std::string reason) {
  return PluginLoadResult{nullptr, PluginLoadFailure{std::move(path), {std::move(reason)}}};
}

bool path_exists(const std::filesystem::path& path) {
  std::error_code error;
  return std::filesystem::exists(path, error);
}

bool is_existing_directory(const std::filesystem::path& path) {
  std::error_code error;
  return std::filesystem::is_directory(path, error);
}

PluginLoadResult load(const std::filesystem::path& manifest_path,
                      const std::filesystem::path* expected_library) {
  PluginManifest manifest;
  try {
    manifest = read_manifest(manifest_path);
  } catch (const ManifestError& error) {
    return failed(manifest_path, error.what());
  }
  if (manifest.abi.major != ORDERHUB_ABI_MAJOR) {
    return failed(manifest_path, "declares ABI " + manifest.abi.to_string() +
                                     "; this host speaks ABI " +
                                     std::to_string(ORDERHUB_ABI_MAJOR) + ".x");
  }

  const std::filesystem::path library_path = manifest_path.parent_path() / manifest.library;
  if (expected_library != nullptr && expected_library->filename() != manifest.library) {
    return failed(*expected_library,
                  "the plugin.json beside it names another library, \"" + manifest.library + "\"");
  }

  const orderhub_plugin_entry* entry = nullptr;
  try {
    entry = open_plugin_library(library_path);
  } catch (const LibraryOpenError& error) {
    return failed(library_path, error.what());
  }

  auto plugin = std::make_shared<LoadedPlugin>();
  plugin->library_path = library_path;
  plugin->manifest_path = manifest_path;
  std::vector<std::string> problems = check_entry(entry, manifest, *plugin);
  if (!problems.empty()) {
    return PluginLoadResult{nullptr, PluginLoadFailure{library_path, std::move(problems)}};
  }
  return PluginLoadResult{std::move(plugin), std::nullopt};
}

}  // namespace

std::string PluginLoadFailure::message() const {
  std::string text = "plugin " + path.string() + ": ";
  for (std::size_t index = 0; index < reasons.size(); ++index) {
    text += (index == 0 ? "" : "; ") + reasons[index];
  }
  return text;
}

std::vector<std::string> PluginLoadFailure::lines() const {
  std::vector<std::string> result;
  for (const std::string& reason : reasons) {
    result.push_back("plugin " + path.string() + ": " + reason);
  }
  return result;
}

PluginLoadResult load_plugin_from_manifest(const std::filesystem::path& manifest_path) {
  return load(manifest_path, nullptr);
}

PluginLoadResult load_plugin(const std::filesystem::path& path) {
  if (!path_exists(path)) {
    return failed(path, "no such file or directory");
  }
  if (is_existing_directory(path)) {
    const std::filesystem::path manifest_path = path / kManifestFileName;
    if (!path_exists(manifest_path)) {
      return failed(path, "no plugin.json in this directory");
    }
    return load(manifest_path, nullptr);
  }
  if (path.filename() == kManifestFileName) {
    return load(path, nullptr);
  }
  const std::filesystem::path manifest_path = path.parent_path() / kManifestFileName;
  if (!path_exists(manifest_path)) {
    return failed(path, "no plugin.json beside the library");
  }
  return load(manifest_path, &path);
}

}  // namespace orderhub::loader
