// auth.h: the admin API's bearer token check. The comparison takes the same time whatever the
// first differing byte is, so the token cannot be guessed byte by byte from response times.
#pragma once

#include <string_view>

namespace orderhub::http {

// True when header is exactly "Bearer <token>" (the scheme is case-insensitive).
bool bearer_token_matches(std::string_view header, std::string_view token);

// Compares a and b in time that depends only on their lengths.
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace orderhub::http
