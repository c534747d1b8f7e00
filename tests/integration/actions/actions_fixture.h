// actions_fixture.h: the order actions end to end: a sandbox with CS-Cart orders, a database with
// a CS-Cart account that downloaded them, the real orderhub executable for every step, and what the
// sandbox received read back through its admin API.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "domain/order.h"
#include "domain/outbox.h"
#include "orderhub_runner.h"
#include "store/store.h"
#include "support/sandbox_process.h"

namespace orderhub::testing {

class ActionsFixture : public ::testing::Test {
 protected:
  ActionsFixture();
  ~ActionsFixture() override;

  // Starts the sandbox (40 CS-Cart orders unless arguments say otherwise), adds account "shop"
  // and downloads its orders. Called by SetUp() unless a test started one already.
  void start(std::vector<std::string> sandbox_arguments = {});
  void SetUp() override;

  // orderhub with this test's --db and --plugins.
  OrderhubRun orderhub(const std::vector<std::string>& arguments) const;
  // The same command line, for running in the background.
  std::vector<std::string> command(const std::vector<std::string>& arguments) const;
  // Runs orderhub and fails the test unless it exits 0.
  std::string must(const std::vector<std::string>& arguments) const;

  // The stored orders (read after orderhub exited), and the paid, unshipped, open ones.
  std::vector<domain::Order> stored_orders() const;
  std::vector<domain::Order> shippable_orders() const;
  domain::Order stored(domain::OrderId id) const;
  std::vector<domain::OutboxRow> outbox() const;

  // The sandbox's admin API.
  nlohmann::json received() const;  // the "received" list
  nlohmann::json stats() const;
  nlohmann::json sandbox_order(const std::string& channel_order_id) const;
  void set_faults(const nlohmann::json& faults) const;
  // A JSON merge patch over the order's CS-Cart wire shape.
  void patch_sandbox_order(const std::string& channel_order_id, const nlohmann::json& patch) const;

  SandboxProcess& sandbox() { return *sandbox_; }

 private:
  std::string directory_;
  std::unique_ptr<SandboxProcess> sandbox_;
};

// "12" for order id 12.
std::string id_text(const domain::Order& order);

}  // namespace orderhub::testing
