// account.h: a channel account: one configured instance of a channel plugin.
#pragma once

#include <map>
#include <string>

#include "domain/ids.h"
#include "domain/time.h"

namespace orderhub::domain {

struct Account {
  AccountId id{};
  std::string plugin_id{};  // reverse-DNS id of the channel plugin
  // The plugin's configuration as JSON. It holds credentials: never log or print it.
  std::string config_json{};
  // The hub's per-account settings (download interval, allow unpaid, ...), as text. Their keys and
  // values are validated by the pipeline, not here.
  std::map<std::string, std::string> settings{};
  Timestamp created_at{};

  friend bool operator==(const Account&, const Account&) = default;
};

}  // namespace orderhub::domain
