// Everything the sandbox holds, behind one lock: the channels with their received writes, the
// fault settings, the request counters and the Retry-After records. Request handlers are short,
// so a single lock keeps every emulator simple without costing anything that matters here.
#pragma once

#include "core/channel_emulator.h"
#include "core/fault_injector.h"
#include "core/received_log.h"
#include "core/request_stats.h"
#include "core/throttle_tracker.h"

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::sandbox {

struct SandboxChannel {
  // Owned separately so its address stays fixed for the emulator that records into it.
  std::unique_ptr<ReceivedLog> received;
  std::unique_ptr<ChannelEmulator> emulator;
};

struct SandboxState {
  SandboxState(const GenerationSettings& generation, const FaultSettings& faults)
      : generation(generation), startup_faults(faults), faults(faults) {}

  SandboxChannel* find_channel(std::string_view name);

  std::vector<std::string> channel_names() const;

  // Back to the state at startup (with new generation settings): orders regenerated, received
  // writes, counters and Retry-After records cleared, fault settings and PRNG restarted.
  void reset(const GenerationSettings& new_generation);

  std::mutex mutex;
  GenerationSettings generation;
  FaultSettings startup_faults;
  FaultInjector faults;
  ThrottleTracker throttles;
  RequestStats stats;
  // A deque so that adding a channel never moves the ones routes already refer to.
  std::deque<SandboxChannel> channels;
};

}  // namespace orderhub::sandbox
