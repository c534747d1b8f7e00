// Closes the connection a request arrived on, from inside its handler, without answering: the
// drop-after-apply fault. cpp-httplib does not hand handlers their socket, so the socket is found
// by its address pair among the process's open descriptors.
#pragma once

#include <httplib.h>

namespace orderhub::sandbox {

// Shuts the socket down in both directions (the descriptor stays open for httplib to close, so it
// cannot be reused under httplib's feet). The client sees the connection end with no response.
// Returns false when the socket was not found.
bool drop_connection(const httplib::Request& request);

}  // namespace orderhub::sandbox
