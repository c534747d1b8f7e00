// Lookup and reset of the sandbox's shared state; see sandbox_state.h.
#include "core/sandbox_state.h"

namespace orderhub::sandbox {

SandboxChannel* SandboxState::find_channel(std::string_view name) {
  for (auto& channel : channels) {
    if (channel.emulator->name() == name) {
      return &channel;
    }
  }
  return nullptr;
}

std::vector<std::string> SandboxState::channel_names() const {
  std::vector<std::string> names;
  for (const auto& channel : channels) {
    names.push_back(channel.emulator->name());
  }
  return names;
}

void SandboxState::reset(const GenerationSettings& new_generation) {
  generation = new_generation;
  for (auto& channel : channels) {
    channel.received->clear();
    channel.emulator->reset(generation);
  }
  faults = FaultInjector(startup_faults);
  throttles.clear();
  stats.clear();
}

}  // namespace orderhub::sandbox
