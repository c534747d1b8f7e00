// Choosing the layout file.
#include "layout_choice.h"

#include <orderhub/sdk/error.h>

#include "layout_reading.h"

namespace orderhub::invoices {

std::optional<std::string> channel_short_name(std::string_view plugin_id) {
  const std::size_t dot = plugin_id.rfind('.');
  const std::string_view last =
      dot == std::string_view::npos ? plugin_id : plugin_id.substr(dot + 1);
  if (last.empty()) {
    return std::nullopt;
  }
  for (const char character : last) {
    const bool allowed = (character >= 'a' && character <= 'z') ||
                         (character >= '0' && character <= '9') || character == '_' ||
                         character == '-';
    if (!allowed) {
      return std::nullopt;
    }
  }
  return std::string(last);
}

std::optional<std::filesystem::path> chosen_layout_file(
    const InvoiceRequest& request, const std::filesystem::path& layouts_directory) {
  if (request.template_path && !request.template_path->empty()) {
    const std::filesystem::path file(*request.template_path);
    if (!file.is_absolute()) {
      throw sdk::Error(
          sdk::Status::INVALID_ARGUMENT,
          "render request: template: \"" + *request.template_path + "\" is not an absolute path");
    }
    return file;
  }
  if (const auto channel = channel_short_name(request.channel_plugin_id)) {
    const std::filesystem::path file = layouts_directory / (*channel + ".json");
    if (std::filesystem::is_regular_file(file)) {
      return file;
    }
  }
  return std::nullopt;
}

Layout choose_layout(const InvoiceRequest& request,
                     const std::filesystem::path& layouts_directory) {
  const auto file = chosen_layout_file(request, layouts_directory);
  return file ? load_layout(*file) : standard_layout();
}

}  // namespace orderhub::invoices
