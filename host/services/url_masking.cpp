// Query-parameter masking by name, then masking of the request's own secret strings.
#include "orderhub/services/url_masking.h"

#include <algorithm>

#include "orderhub/logging/secret_keys.h"
#include "orderhub/logging/secret_registry.h"

namespace orderhub::services {
namespace {

std::string mask_query_values(std::string_view url) {
  const std::size_t query_start = url.find('?');
  if (query_start == std::string_view::npos) {
    return std::string(url);
  }
  const std::size_t fragment_start = url.find('#', query_start);
  const std::string_view query = url.substr(
      query_start + 1, fragment_start == std::string_view::npos ? std::string_view::npos
                                                                : fragment_start - query_start - 1);
  std::string result(url.substr(0, query_start + 1));
  std::size_t position = 0;
  while (position <= query.size()) {
    const std::size_t separator = std::min(query.find('&', position), query.size());
    const std::string_view parameter = query.substr(position, separator - position);
    const std::size_t equals = parameter.find('=');
    if (equals != std::string_view::npos &&
        logging::is_secret_key_name(parameter.substr(0, equals))) {
      result.append(parameter.substr(0, equals + 1));
      result.append(logging::kMask);
    } else {
      result.append(parameter);
    }
    if (separator < query.size()) {
      result.push_back('&');
    }
    position = separator + 1;
  }
  if (fragment_start != std::string_view::npos) {
    result.append(url.substr(fragment_start));
  }
  return result;
}

}  // namespace

std::string mask_strings(std::string_view text, std::vector<std::string_view> secrets) {
  std::sort(secrets.begin(), secrets.end(), [](std::string_view left, std::string_view right) {
    return left.size() > right.size();
  });
  std::string masked(text);
  for (std::string_view secret : secrets) {
    if (secret.empty()) {
      continue;
    }
    std::size_t position = masked.find(secret);
    while (position != std::string::npos) {
      masked.replace(position, secret.size(), logging::kMask);
      position = masked.find(secret, position + logging::kMask.size());
    }
  }
  return masked;
}

std::string mask_url(std::string_view url, const std::vector<std::string_view>& secrets) {
  return logging::mask_secrets(mask_strings(mask_query_values(url), secrets));
}

}  // namespace orderhub::services
