// store_key_value_store.cpp: the kv service's calls mapped onto KeyValueRepository.
#include "pipeline/channels/store_key_value_store.h"

namespace orderhub::pipeline {
namespace {

domain::AccountId account_of(std::string_view scope) {
  auto account = domain::AccountId::parse(scope);
  if (!account) {
    throw services::KeyValueStoreError("kv scope is not an account: " + account.error().message);
  }
  return *account;
}

template <class Work>
auto guarded(Work&& work) {
  try {
    return work();
  } catch (const store::StoreError& error) {
    throw services::KeyValueStoreError(error.what());
  }
}

}  // namespace

std::optional<std::string> StoreKeyValueStore::get(std::string_view scope, std::string_view key) {
  const domain::AccountId account = account_of(scope);
  return guarded([&] {
    return store::in_read_transaction(store_, [&](store::Transaction& transaction) {
      return transaction.key_values().get(account, key);
    });
  });
}

void StoreKeyValueStore::put(std::string_view scope, std::string_view key, std::string_view value) {
  const domain::AccountId account = account_of(scope);
  guarded([&] {
    store::in_write_transaction(store_, [&](store::Transaction& transaction) {
      transaction.key_values().put(account, key, value);
    });
  });
}

void StoreKeyValueStore::remove(std::string_view scope, std::string_view key) {
  const domain::AccountId account = account_of(scope);
  guarded([&] {
    store::in_write_transaction(store_, [&](store::Transaction& transaction) {
      transaction.key_values().remove(account, key);
    });
  });
}

}  // namespace orderhub::pipeline
