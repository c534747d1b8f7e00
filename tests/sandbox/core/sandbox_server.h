// The sandbox HTTP server: binds 127.0.0.1 only, serves the admin API and every added channel
// under /<channel>, and runs until stop().
#pragma once

#include "core/channel_emulator.h"
#include "core/fault_settings.h"
#include "core/sandbox_state.h"

#include <httplib.h>

#include <functional>
#include <memory>

namespace orderhub::sandbox {

class SandboxServer {
 public:
  using EmulatorFactory = std::function<std::unique_ptr<ChannelEmulator>(ReceivedLog&)>;

  SandboxServer(const GenerationSettings& generation, const FaultSettings& faults);

  // Adds a channel: the factory gets the log the emulator records received writes into. Must be
  // called before bind().
  void add_channel(const EmulatorFactory& create);

  // Logs one line per request to stderr (method, path, status; never headers or bodies).
  void log_requests();

  // Binds 127.0.0.1:port (0 picks a free port) and returns the port; throws when binding fails.
  int bind(int port);

  // Serves until stop() is called from another thread.
  void serve();

  // True once serve() accepts connections.
  bool is_running() const { return server_.is_running(); }

  void stop();

 private:
  SandboxState state_;
  httplib::Server server_;
};

}  // namespace orderhub::sandbox
