// The channel emulators built into orderhub-sandbox. A new channel adds its folder under
// channels/ and one entry in channel_registry.cpp.
#pragma once

#include "core/channel_emulator.h"
#include "core/received_log.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::sandbox {

// In the order they are served and listed, e.g. {"cscart"}.
std::vector<std::string> built_channel_names();

// The emulator named `name`, recording received writes into `received`; nullptr when unknown.
std::unique_ptr<ChannelEmulator> create_channel_emulator(std::string_view name,
                                                         ReceivedLog& received);

}  // namespace orderhub::sandbox
