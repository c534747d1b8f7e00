// Finding and shutting down a request's socket; see connection_drop.h.
#include "core/connection_drop.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <cstdlib>
#include <string>

namespace orderhub::sandbox {
namespace {

int port_of(const sockaddr_storage& address) {
  if (address.ss_family == AF_INET) {
    return ntohs(reinterpret_cast<const sockaddr_in&>(address).sin_port);
  }
  if (address.ss_family == AF_INET6) {
    return ntohs(reinterpret_cast<const sockaddr_in6&>(address).sin6_port);
  }
  return -1;
}

bool is_connection_of(int descriptor, const httplib::Request& request) {
  struct stat status {};
  if (fstat(descriptor, &status) != 0 || !S_ISSOCK(status.st_mode)) {
    return false;
  }
  sockaddr_storage local{};
  socklen_t local_length = sizeof local;
  sockaddr_storage peer{};
  socklen_t peer_length = sizeof peer;
  if (getsockname(descriptor, reinterpret_cast<sockaddr*>(&local), &local_length) != 0 ||
      getpeername(descriptor, reinterpret_cast<sockaddr*>(&peer), &peer_length) != 0) {
    return false;  // listening sockets have no peer
  }
  return port_of(local) == request.local_port && port_of(peer) == request.remote_port;
}

}  // namespace

bool drop_connection(const httplib::Request& request) {
  DIR* directory = opendir("/proc/self/fd");
  if (directory == nullptr) {
    return false;
  }
  bool dropped = false;
  while (const dirent* entry = readdir(directory)) {
    char* end = nullptr;
    const long descriptor = std::strtol(entry->d_name, &end, 10);
    if (end == entry->d_name || *end != '\0' || descriptor == dirfd(directory)) {
      continue;
    }
    if (is_connection_of(static_cast<int>(descriptor), request)) {
      dropped = shutdown(static_cast<int>(descriptor), SHUT_RDWR) == 0;
      break;
    }
  }
  closedir(directory);
  return dropped;
}

}  // namespace orderhub::sandbox
