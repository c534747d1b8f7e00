// plugin.json: the manifest the build writes beside each plugin library, so the host can list a
// plugin without running its code and cross-check what the library says about itself.
//   {"id","name","vendor","version","description","kind":"channel"|"invoice",
//    "abi":{"major":1,"minor":0},"capabilities":[...],"library":"<file name beside plugin.json>"}
// "description" may be absent; every other key is required.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "orderhub/loader/plugin_kind.h"

namespace orderhub::loader {

struct PluginManifest {
  std::string id;
  std::string name;
  std::string vendor;
  std::string version;
  std::string description;
  PluginKind kind = PluginKind::channel;
  AbiVersion abi;
  std::vector<std::string> capabilities;
  // A file name in the manifest's directory, never a path.
  std::string library;
};

// A manifest that cannot be used; the message names the key and what is wrong with it.
class ManifestError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses and validates the text of a plugin.json. Throws ManifestError.
PluginManifest parse_manifest(std::string_view json_text);

// Reads and parses the file. Throws ManifestError (also when the file cannot be read).
PluginManifest read_manifest(const std::filesystem::path& manifest_path);

}  // namespace orderhub::loader
