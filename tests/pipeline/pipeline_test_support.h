// pipeline_test_support.h: what the pipeline's unit tests share: a temporary directory that
// removes itself, quick constructors for times and money, and a complete sample order.
#pragma once

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>

#include "domain/order.h"
#include "store/store.h"

namespace orderhub::pipeline::testing {

class TemporaryDirectory {
 public:
  TemporaryDirectory();
  ~TemporaryDirectory();
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

domain::Timestamp at(const char* text);
domain::Money usd(std::int64_t minor);
domain::AccountId account_id(const char* text);

// An order as a download reads it: two lines, USD, paid, unshipped, in_process, every channel
// field set; hub state at its defaults.
domain::Order sample_order(const char* account, const char* channel_order_id);

// Adds an account (plugin org.orderhub.channel.cscart, empty config) in its own transaction.
void add_account(store::Store& store, const char* id);

}  // namespace orderhub::pipeline::testing

namespace orderhub::pipeline {
struct FieldError;
// Readable FieldError in test failure messages.
void PrintTo(const FieldError& error, std::ostream* out);
}  // namespace orderhub::pipeline
