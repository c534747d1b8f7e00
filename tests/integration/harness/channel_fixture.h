// channel_fixture.h: one channel end to end: a sandbox serving the channel, a database with an
// account for it that downloaded the sandbox's orders, the real orderhub executable for every step,
// and what the sandbox received read back through its admin API. A channel's tests say which
// channel through ChannelUnderTest; the default is CS-Cart.
#pragma once

#include <functional>
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

struct ChannelUnderTest {
  std::string sandbox_channel;  // the sandbox's prefix and admin path: /admin/<sandbox_channel>/...
  std::string plugin;           // plugin id or short name for `account add --plugin`
  std::string account = "shop";
  // The account's config for the running sandbox (base_url, credentials).
  std::function<nlohmann::json(const SandboxProcess&)> config;
  // The field of a wire order (as /admin/<channel>/orders lists it) holding the channel order id.
  std::string wire_order_id_field;
  // Extra `account set` pairs applied before the first download, e.g. "download.allow_unpaid=true".
  std::vector<std::string> settings;
  // The --plugins directory; empty: the build's plugin directory.
  std::string plugin_directory;
};

ChannelUnderTest cscart_channel();

class ChannelFixture : public ::testing::Test {
 protected:
  explicit ChannelFixture(ChannelUnderTest channel = cscart_channel());
  ~ChannelFixture() override;

  // Starts the sandbox (40 orders per channel unless arguments say otherwise), adds the account
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
  std::string database_path() const { return directory_ + "/orderhub.db"; }

  // The sandbox's admin API for this channel.
  nlohmann::json received() const;  // the "received" list
  nlohmann::json stats() const;
  nlohmann::json sandbox_orders() const;  // the "orders" list, in the wire shape
  nlohmann::json sandbox_order(const std::string& channel_order_id) const;
  void set_faults(const nlohmann::json& faults) const;
  // A JSON merge patch over the order's wire shape.
  void patch_sandbox_order(const std::string& channel_order_id, const nlohmann::json& patch) const;

  const ChannelUnderTest& channel() const { return channel_; }
  SandboxProcess& sandbox() { return *sandbox_; }

 private:
  ChannelUnderTest channel_;
  std::string directory_;
  std::unique_ptr<SandboxProcess> sandbox_;
};

// The CS-Cart tests' name for the fixture.
using ActionsFixture = ChannelFixture;

// "12" for order id 12.
std::string id_text(const domain::Order& order);

}  // namespace orderhub::testing
