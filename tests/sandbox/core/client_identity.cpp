// The default client identity used to attribute requests to the client a 429 was sent to.
#include "core/basic_auth.h"
#include "core/channel_emulator.h"

#include <cstdint>
#include <cstdio>

namespace orderhub::sandbox {
namespace {

// FNV-1a: enough to tell tokens apart without keeping or printing them.
std::string digest(const std::string& text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char character : text) {
    hash ^= static_cast<unsigned char>(character);
    hash *= 0x100000001b3ULL;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

}  // namespace

std::string ChannelEmulator::client_identity(const httplib::Request& request) const {
  const std::string authorization = request.get_header_value("Authorization");
  if (authorization.empty()) {
    return "address:" + request.remote_addr;
  }
  if (const auto credentials = parse_basic_authorization(authorization)) {
    return "basic:" + credentials->user;
  }
  return "authorization:" + digest(authorization);
}

}  // namespace orderhub::sandbox
