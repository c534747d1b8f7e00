// channel_capabilities.h: what an account's channel plugin declares it can do, as the order rules
// need it at action time. An interface so the rules and actions can be exercised without loading a
// plugin; CapabilityList serves both the real plugin's descriptor and tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <orderhub/sdk/capabilities.h>

namespace orderhub::pipeline {

// The capability names are the plugin ABI's (orderhub/sdk/capabilities.h), e.g.
// sdk::capability::cancel_channel == "cancel.channel".
namespace capability = orderhub::sdk::capability;

class ChannelCapabilities {
 public:
  virtual ~ChannelCapabilities() = default;
  [[nodiscard]] virtual bool has(std::string_view capability) const = 0;
};

// A fixed list of capability names, e.g. a LoadedPlugin's `capabilities`.
class CapabilityList final : public ChannelCapabilities {
 public:
  CapabilityList() = default;
  explicit CapabilityList(std::vector<std::string> names) : names_(std::move(names)) {}

  [[nodiscard]] bool has(std::string_view capability) const override {
    for (const std::string& name : names_) {
      if (name == capability) {
        return true;
      }
    }
    return false;
  }

 private:
  std::vector<std::string> names_;
};

}  // namespace orderhub::pipeline
