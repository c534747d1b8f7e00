// Which layout draws a render request: the request's template (an absolute path) when given,
// else <layouts dir>/<channel>.json when it exists, <channel> being the last dot-separated part
// of channel.plugin_id, else the generic default (the standard layout).
#ifndef ORDERHUB_INVOICES_CHANNEL_SPECIFIC_LAYOUT_CHOICE_H
#define ORDERHUB_INVOICES_CHANNEL_SPECIFIC_LAYOUT_CHOICE_H

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "invoice_request.h"
#include "layout.h"

namespace orderhub::invoices {

// "org.orderhub.channel.cscart" -> "cscart"; nullopt when the last part is empty or holds
// anything but [a-z0-9_-] (it becomes a file name).
std::optional<std::string> channel_short_name(std::string_view plugin_id);

// The layout file the request asks for, or nullopt for the generic default. Throws
// sdk::Error(INVALID_ARGUMENT) when the template is not an absolute path.
std::optional<std::filesystem::path> chosen_layout_file(
    const InvoiceRequest& request, const std::filesystem::path& layouts_directory);

// The layout itself: the chosen file read strictly (layout_reading.h), or the default.
Layout choose_layout(const InvoiceRequest& request, const std::filesystem::path& layouts_directory);

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_CHANNEL_SPECIFIC_LAYOUT_CHOICE_H
