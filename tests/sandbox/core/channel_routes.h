// Installs a channel's wire routes on the HTTP server, each wrapped with what every channel gets:
// request counting, early-retry detection and fault injection.
#pragma once

#include "core/channel_emulator.h"
#include "core/sandbox_state.h"

#include <httplib.h>

namespace orderhub::sandbox {

class FaultingChannelRouter final : public ChannelRouter {
 public:
  FaultingChannelRouter(httplib::Server& server, SandboxState& state, SandboxChannel& channel)
      : server_(server), state_(state), channel_(channel) {}

  void add(ChannelRoute route) override;

 private:
  httplib::Server& server_;
  SandboxState& state_;
  SandboxChannel& channel_;
};

}  // namespace orderhub::sandbox
