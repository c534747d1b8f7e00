// Validating plugin.json key by key, so the one error line names exactly what to fix.
#include "orderhub/loader/plugin_manifest.h"

#include <fstream>
#include <limits>
#include <sstream>

#include <nlohmann/json.hpp>

namespace orderhub::loader {
namespace {

using nlohmann::json;

std::string in_quotes(std::string_view text) {
  return "\"" + std::string(text) + "\"";
}

const json& required(const json& object, const std::string& key) {
  const auto found = object.find(key);
  if (found == object.end()) {
    throw ManifestError("missing key " + in_quotes(key));
  }
  return *found;
}

std::string required_string(const json& object, const std::string& key) {
  const json& value = required(object, key);
  if (!value.is_string()) {
    throw ManifestError("key " + in_quotes(key) + " must be a string, not " + value.type_name());
  }
  std::string text = value.get<std::string>();
  if (text.empty()) {
    throw ManifestError("key " + in_quotes(key) + " is empty");
  }
  return text;
}

std::uint16_t required_version_number(const json& abi, const std::string& key) {
  const std::string path = "abi." + key;
  const auto found = abi.find(key);
  if (found == abi.end()) {
    throw ManifestError("missing key " + in_quotes(path));
  }
  const json& value = *found;
  if (!value.is_number_integer()) {
    throw ManifestError("key " + in_quotes(path) + " must be an integer, not " + value.type_name());
  }
  const auto number = value.get<std::int64_t>();
  if (number < 0 || number > std::numeric_limits<std::uint16_t>::max()) {
    throw ManifestError("key " + in_quotes(path) + " is " + std::to_string(number) +
                        "; it must be from 0 to 65535");
  }
  return static_cast<std::uint16_t>(number);
}

}  // namespace

PluginManifest parse_manifest(std::string_view json_text) {
  json document;
  try {
    document = json::parse(json_text);
  } catch (const json::parse_error& error) {
    throw ManifestError(std::string("not valid JSON: ") + error.what());
  }
  if (!document.is_object()) {
    throw ManifestError(std::string("must be a JSON object, not ") + document.type_name());
  }

  PluginManifest manifest;
  manifest.id = required_string(document, "id");
  if (!is_valid_plugin_id(manifest.id)) {
    throw ManifestError("key \"id\" is " + in_quotes(manifest.id) +
                        "; ids use only a-z, 0-9, '.', '_' and '-'");
  }
  manifest.name = required_string(document, "name");
  manifest.vendor = required_string(document, "vendor");
  manifest.version = required_string(document, "version");
  if (const auto description = document.find("description"); description != document.end()) {
    if (!description->is_string() && !description->is_null()) {
      throw ManifestError(std::string("key \"description\" must be a string, not ") +
                          description->type_name());
    }
    if (description->is_string()) {
      manifest.description = description->get<std::string>();
    }
  }

  const std::string kind = required_string(document, "kind");
  const auto parsed_kind = parse_kind(kind);
  if (!parsed_kind) {
    throw ManifestError("key \"kind\" is " + in_quotes(kind) +
                        "; it must be \"channel\" or \"invoice\"");
  }
  manifest.kind = *parsed_kind;

  const json& abi = required(document, "abi");
  if (!abi.is_object()) {
    throw ManifestError(std::string("key \"abi\" must be an object {\"major\", \"minor\"}, not ") +
                        abi.type_name());
  }
  manifest.abi.major = required_version_number(abi, "major");
  manifest.abi.minor = required_version_number(abi, "minor");

  const json& capabilities = required(document, "capabilities");
  if (!capabilities.is_array()) {
    throw ManifestError(std::string("key \"capabilities\" must be an array of strings, not ") +
                        capabilities.type_name());
  }
  for (std::size_t index = 0; index < capabilities.size(); ++index) {
    const json& capability = capabilities[index];
    if (!capability.is_string() || capability.get_ref<const std::string&>().empty()) {
      throw ManifestError("key \"capabilities[" + std::to_string(index) +
                          "]\" must be a non-empty string");
    }
    manifest.capabilities.push_back(capability.get<std::string>());
  }

  manifest.library = required_string(document, "library");
  if (manifest.library.find('/') != std::string::npos || manifest.library == "." ||
      manifest.library == "..") {
    throw ManifestError("key \"library\" is " + in_quotes(manifest.library) +
                        "; it must be a file name beside plugin.json, not a path");
  }
  return manifest;
}

PluginManifest read_manifest(const std::filesystem::path& manifest_path) {
  std::ifstream file(manifest_path, std::ios::binary);
  if (!file) {
    throw ManifestError("cannot be read");
  }
  std::ostringstream text;
  text << file.rdbuf();
  if (file.bad()) {
    throw ManifestError("cannot be read");
  }
  return parse_manifest(text.str());
}

}  // namespace orderhub::loader
