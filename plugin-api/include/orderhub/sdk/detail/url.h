// orderhub/sdk/detail/url.h: the part of a URL that is safe to put in a message. The query string
// and fragment often carry API keys and tokens, and the authority may carry user:password, so
// messages name only the path.
#ifndef ORDERHUB_SDK_DETAIL_URL_H
#define ORDERHUB_SDK_DETAIL_URL_H

#include <string>
#include <string_view>

namespace orderhub::sdk::detail {

// "https://user:key@shop.example/api/orders?key=1#x" -> "/api/orders"; "/" when there is no path.
inline std::string url_path(std::string_view url) {
  std::string_view rest = url;
  const std::size_t scheme_end = rest.find("://");
  if (scheme_end != std::string_view::npos) {
    rest.remove_prefix(scheme_end + 3);
    const std::size_t path_start = rest.find_first_of("/?#");
    rest = path_start == std::string_view::npos ? std::string_view() : rest.substr(path_start);
  }
  rest = rest.substr(0, rest.find_first_of("?#"));
  return rest.empty() ? std::string("/") : std::string(rest);
}

}  // namespace orderhub::sdk::detail

#endif  // ORDERHUB_SDK_DETAIL_URL_H
