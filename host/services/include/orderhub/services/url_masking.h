// Making a URL safe to log or to put in an error message: values of query parameters with secret
// names (api_key=..., token=...) and every given secret string become "***".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace orderhub::services {

std::string mask_url(std::string_view url, const std::vector<std::string_view>& secrets = {});

// Replaces every occurrence of each secret in text by "***" (longest secrets first).
std::string mask_strings(std::string_view text, std::vector<std::string_view> secrets);

}  // namespace orderhub::services
