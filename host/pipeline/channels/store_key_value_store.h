// store_key_value_store.h: the "orderhub.kv/1" state of plugin instances kept in the hub's
// database (store::KeyValueRepository), so a plugin's tokens and bookkeeping survive restarts.
// The scope of an instance is its account id; each call is its own short write (or read)
// transaction, because plugins call the service during a channel call, when the pipeline holds no
// transaction.
#pragma once

#include "orderhub/services/key_value_store.h"
#include "store/store.h"

namespace orderhub::pipeline {

class StoreKeyValueStore final : public services::KeyValueStore {
 public:
  // store must outlive this object.
  explicit StoreKeyValueStore(store::Store& store) : store_(store) {}

  // scope: an account id. A scope that is not one, or a store failure, throws
  // services::KeyValueStoreError (which the kv service reports as UNAVAILABLE).
  std::optional<std::string> get(std::string_view scope, std::string_view key) override;
  void put(std::string_view scope, std::string_view key, std::string_view value) override;
  void remove(std::string_view scope, std::string_view key) override;

 private:
  store::Store& store_;
};

}  // namespace orderhub::pipeline
