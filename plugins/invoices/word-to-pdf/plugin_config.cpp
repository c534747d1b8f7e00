#include "plugin_config.h"

#include <orderhub/sdk/error.h>

#include <dlfcn.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <string>

namespace orderhub::word_to_pdf {
namespace {

[[noreturn]] void refuse(const std::string& message) {
  throw sdk::Error(sdk::Status::INVALID_ARGUMENT, "word-to-pdf config: " + message);
}

std::filesystem::path path_value(const nlohmann::json& config, const char* key,
                                 std::filesystem::path fallback) {
  if (!config.contains(key) || config.at(key).is_null()) {
    return fallback;
  }
  const nlohmann::json& value = config.at(key);
  if (!value.is_string() || value.get<std::string>().empty() ||
      !std::filesystem::path(value.get<std::string>()).is_absolute()) {
    refuse(std::string(key) + " is not an absolute path");
  }
  return value.get<std::string>();
}

}  // namespace

std::filesystem::path plugin_directory() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<const void*>(&plugin_directory), &info) == 0 ||
      info.dli_fname == nullptr) {
    return std::filesystem::current_path();
  }
  return std::filesystem::absolute(info.dli_fname).parent_path();
}

PluginConfig parse_config(std::string_view config_json) {
  const nlohmann::json config = nlohmann::json::parse(config_json, nullptr, false);
  if (config.is_discarded() || !config.is_object()) {
    refuse("not a JSON object");
  }
  for (const auto& [key, value] : config.items()) {
    if (key != "libreoffice_program_directory" && key != "work_directory" &&
        key != "default_template") {
      refuse("unknown key \"" + key + "\"");
    }
  }
  std::error_code error;
  std::filesystem::path temporary = std::filesystem::temp_directory_path(error);
  if (error) {
    temporary = "/tmp";
  }
  PluginConfig parsed;
  parsed.libreoffice_program_directory =
      path_value(config, "libreoffice_program_directory", "/usr/lib/libreoffice/program");
  parsed.work_directory = path_value(
      config, "work_directory", temporary / ("orderhub-word-to-pdf-" + std::to_string(::getpid())));
  parsed.default_template =
      path_value(config, "default_template", plugin_directory() / "templates" / "invoice.docx");
  return parsed;
}

}  // namespace orderhub::word_to_pdf
