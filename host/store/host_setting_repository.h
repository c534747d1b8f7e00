// host_setting_repository.h: the hub's own settings, shared by every account (the default invoice
// plugin, the seller block of invoices). Keys and values are text, validated by the pipeline.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace orderhub::store {

class HostSettingRepository {
 public:
  virtual ~HostSettingRepository() = default;

  virtual std::optional<std::string> get(std::string_view key) = 0;
  // Every stored setting, by key.
  virtual std::map<std::string, std::string> list() = 0;
  // Stores value under key, replacing any earlier value.
  virtual void put(std::string_view key, std::string_view value) = 0;
  // Removes key (back to its default); nothing happens when it is absent.
  virtual void remove(std::string_view key) = 0;
};

}  // namespace orderhub::store
