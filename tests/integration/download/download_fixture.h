// download_fixture.h: one sandbox, one database and the orderhub executable per test, with the
// helpers the download tests share: running orderhub, driving the sandbox's admin API, and
// reading the database through the store once orderhub has exited.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "domain/download_cursor.h"
#include "domain/history.h"
#include "domain/order.h"
#include "domain/outbox.h"
#include "domain/quarantine.h"
#include "orderhub_process.h"
#include "store/store.h"
#include "support/sandbox_process.h"

namespace orderhub::testing {

// Everything the database holds about the downloads, for "nothing changed" comparisons.
struct StoreSnapshot {
  std::vector<domain::Order> orders;
  std::vector<domain::HistoryEvent> history;
  std::vector<domain::QuarantinedOrder> quarantine;
  std::vector<domain::OutboxRow> outbox;
  std::vector<domain::Account> accounts;
  std::optional<domain::DownloadCursor> cursor;

  friend bool operator==(const StoreSnapshot&, const StoreSnapshot&) = default;
};

class DownloadFixture : public ::testing::Test {
 protected:
  DownloadFixture();
  ~DownloadFixture() override;

  // Starts the sandbox with these arguments (SetUp starts one with 30 orders unless a test
  // calls this first).
  void start_sandbox(std::vector<std::string> arguments);
  void SetUp() override;

  // The orderhub command line with --db and --plugins of this test in front.
  std::vector<std::string> command(const std::vector<std::string>& arguments) const;
  ProcessResult orderhub(const std::vector<std::string>& arguments) const;

  // The CS-Cart config for the sandbox: {"base_url", "email", "api_key"}.
  nlohmann::json cscart_config() const;
  // Adds a CS-Cart account and sets the given settings (key=value); fails the test otherwise.
  void add_account(const std::string& id, const std::vector<std::string>& settings = {});
  // A download that must succeed; returns its summary ({"pages", "inserted", ...}).
  nlohmann::json download(const std::vector<std::string>& extra = {},
                          const std::string& account = "shop");

  // The sandbox's orders in CS-Cart's wire shape (admin API), and the ids CS-Cart lists
  // (every status but N).
  nlohmann::json sandbox_orders() const;
  std::set<std::string> listed_sandbox_ids() const;
  nlohmann::json patch_sandbox_order(const std::string& id, const nlohmann::json& patch) const;
  nlohmann::json add_sandbox_order(const nlohmann::json& order) const;
  void set_faults(const nlohmann::json& faults) const;

  // The database, opened after orderhub has exited.
  std::unique_ptr<store::Store> open_database() const;
  std::vector<domain::Order> stored_orders() const;
  std::set<std::string> stored_ids(const std::string& account = "shop") const;
  std::vector<domain::HistoryEvent> history_of(const std::string& channel_order_id,
                                               const std::string& account = "shop") const;
  std::optional<domain::DownloadCursor> cursor(const std::string& account = "shop") const;
  StoreSnapshot snapshot(const std::string& account = "shop") const;

  SandboxProcess& sandbox() { return *sandbox_; }
  std::string database_path() const;

 private:
  std::string directory_;
  std::unique_ptr<SandboxProcess> sandbox_;
};

// Unix seconds now, as the sandbox stamps orders.
std::int64_t unix_now();

}  // namespace orderhub::testing
