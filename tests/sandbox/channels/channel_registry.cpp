// The list of built-in channel emulators; see channel_registry.h.
#include "channels/channel_registry.h"

#include "channels/cdiscount/cdiscount_emulator.h"
#include "channels/channeladvisor/channeladvisor_emulator.h"
#include "channels/cscart/cscart_emulator.h"
#include "channels/smartbargains/smartbargains_emulator.h"
#include "channels/overstock/overstock_emulator.h"

#include <functional>
#include <utility>

namespace orderhub::sandbox {
namespace {

using Factory = std::function<std::unique_ptr<ChannelEmulator>(ReceivedLog&)>;

const std::vector<std::pair<std::string, Factory>>& registry() {
  static const std::vector<std::pair<std::string, Factory>> channels{
      {"cscart",
       [](ReceivedLog& received) { return std::make_unique<cscart::CscartEmulator>(received); }},
      {"smartbargains",
       [](ReceivedLog& received) {
         return std::make_unique<smartbargains::SmartBargainsEmulator>(received);
       }},
      {"cdiscount",
       [](ReceivedLog& received) {
         return std::make_unique<cdiscount::CdiscountEmulator>(received);
       }},
      {"overstock",
       [](ReceivedLog& received) {
         return std::make_unique<overstock::OverstockEmulator>(received);
       }},
      {"channeladvisor",
       [](ReceivedLog& received) {
         return std::make_unique<channeladvisor::ChannelAdvisorEmulator>(received);
       }},
  };
  return channels;
}

}  // namespace

std::vector<std::string> built_channel_names() {
  std::vector<std::string> names;
  for (const auto& [name, factory] : registry()) {
    names.push_back(name);
  }
  return names;
}

std::unique_ptr<ChannelEmulator> create_channel_emulator(std::string_view name,
                                                         ReceivedLog& received) {
  for (const auto& [registered, factory] : registry()) {
    if (registered == name) {
      return factory(received);
    }
  }
  return nullptr;
}

}  // namespace orderhub::sandbox
