// store_test_support.h: what the store tests share: a temporary directory that removes itself,
// and fully populated sample records.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "domain/account.h"
#include "domain/order.h"
#include "store/store.h"

namespace orderhub::store::testing {

// A fresh directory under the system temporary directory, removed with everything in it.
class TemporaryDirectory {
 public:
  TemporaryDirectory();
  ~TemporaryDirectory();
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  // path() / name, as a string for open_store.
  [[nodiscard]] std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

domain::Timestamp at(const char* text);
domain::Money usd(std::int64_t minor);
domain::AccountId account_id(const char* text);
domain::ChannelOrderId channel_order_id(const std::string& text);

domain::Account sample_account(const char* id);
// An order with every field set (two lines, USD), as the pipeline would import it.
domain::Order sample_order(const domain::AccountId& account, const std::string& channel_order_id);

// Adds sample_account(id) in its own write transaction.
void add_account(Store& store, const char* id);
// Imports the order in its own write transaction and returns the result.
UpsertResult import(Store& store, const domain::Order& order);

}  // namespace orderhub::store::testing
