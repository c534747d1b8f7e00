// account_repository.h: channel accounts, their plugin configuration and their settings.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/account.h"
#include "domain/ids.h"

namespace orderhub::store {

class AccountRepository {
 public:
  virtual ~AccountRepository() = default;

  // Throws StoreError conflict when the id is taken.
  virtual void add(const domain::Account& account) = 0;
  virtual std::optional<domain::Account> find(const domain::AccountId& id) = 0;
  // All accounts, by id.
  virtual std::vector<domain::Account> list() = 0;
  // Replace the whole settings map / the plugin configuration. Throw StoreError not_found when
  // there is no such account.
  virtual void replace_settings(const domain::AccountId& id,
                                const std::map<std::string, std::string>& settings) = 0;
  virtual void replace_config(const domain::AccountId& id, std::string_view config_json) = 0;
};

}  // namespace orderhub::store
