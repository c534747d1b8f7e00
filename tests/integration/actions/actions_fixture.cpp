// actions_fixture.cpp: sandbox, database and account for the action integration tests.
#include "actions_fixture.h"

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>

#include <httplib.h>

namespace orderhub::testing {
namespace {

nlohmann::json admin_get(const SandboxProcess& sandbox, const std::string& path) {
  httplib::Client client(sandbox.base_url());
  const auto response = client.Get(path);
  if (!response || response->status != 200) {
    throw std::runtime_error("GET " + path + " failed");
  }
  return nlohmann::json::parse(response->body);
}

}  // namespace

std::string id_text(const domain::Order& order) {
  return std::to_string(order.id.value);
}

ActionsFixture::ActionsFixture() {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "orderhub-actions-it-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot create a temporary directory");
  }
  directory_ = pattern;
}

ActionsFixture::~ActionsFixture() {
  sandbox_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(directory_, ignored);
}

void ActionsFixture::SetUp() {
  if (!sandbox_) {
    start();
  }
}

void ActionsFixture::start(std::vector<std::string> sandbox_arguments) {
  if (std::find(sandbox_arguments.begin(), sandbox_arguments.end(), "--orders") ==
      sandbox_arguments.end()) {
    sandbox_arguments.insert(sandbox_arguments.end(), {"--orders", "40"});
  }
  sandbox_ = std::make_unique<SandboxProcess>(sandbox_arguments);
  const nlohmann::json config = {{"base_url", sandbox_->channel_url("cscart")},
                                 {"email", "admin@example.com"},
                                 {"api_key", "sandbox-api-key"}};
  must({"account", "add", "shop", "--plugin", "cscart", "--config", config.dump()});
  must({"download", "shop"});
}

std::vector<std::string> ActionsFixture::command(const std::vector<std::string>& arguments) const {
  std::vector<std::string> line = {"--db", directory_ + "/orderhub.db", "--plugins",
                                   ORDERHUB_PLUGIN_DIRECTORY};
  line.insert(line.end(), arguments.begin(), arguments.end());
  return line;
}

OrderhubRun ActionsFixture::orderhub(const std::vector<std::string>& arguments) const {
  return run_orderhub(command(arguments));
}

std::string ActionsFixture::must(const std::vector<std::string>& arguments) const {
  const OrderhubRun run = orderhub(arguments);
  std::string line;
  for (const std::string& argument : arguments) {
    line += " " + argument;
  }
  EXPECT_EQ(run.exit_code, 0) << "orderhub" << line << "\n" << run.out << run.err;
  return run.out;
}

std::vector<domain::Order> ActionsFixture::stored_orders() const {
  const auto store = store::open_store(directory_ + "/orderhub.db");
  store::OrderFilter every;
  every.limit = -1;
  return store->begin_read()->orders().list(every);
}

std::vector<domain::Order> ActionsFixture::shippable_orders() const {
  std::vector<domain::Order> orders;
  for (const domain::Order& order : stored_orders()) {
    if (order.status == domain::OrderStatus::in_process &&
        order.shipping_status == domain::ShippingStatus::unshipped &&
        order.payment_status == domain::PaymentStatus::charged) {
      orders.push_back(order);
    }
  }
  return orders;
}

domain::Order ActionsFixture::stored(domain::OrderId id) const {
  const auto store = store::open_store(directory_ + "/orderhub.db");
  return *store->begin_read()->orders().find(id);
}

std::vector<domain::OutboxRow> ActionsFixture::outbox() const {
  const auto store = store::open_store(directory_ + "/orderhub.db");
  store::OutboxFilter every;
  every.limit = -1;
  return store->begin_read()->outbox().list(every);
}

nlohmann::json ActionsFixture::received() const {
  return admin_get(*sandbox_, "/admin/cscart/received").at("received");
}

nlohmann::json ActionsFixture::stats() const {
  return admin_get(*sandbox_, "/admin/stats");
}

nlohmann::json ActionsFixture::sandbox_order(const std::string& channel_order_id) const {
  const nlohmann::json listing = admin_get(*sandbox_, "/admin/cscart/orders");
  for (const nlohmann::json& order : listing.at("orders")) {
    if (order.at("order_id") == channel_order_id) {
      return order;
    }
  }
  throw std::runtime_error("the sandbox has no order " + channel_order_id);
}

void ActionsFixture::set_faults(const nlohmann::json& faults) const {
  httplib::Client client(sandbox_->base_url());
  const auto response = client.Put("/admin/faults", faults.dump(), "application/json");
  if (!response || response->status != 200) {
    throw std::runtime_error("PUT /admin/faults failed");
  }
}

void ActionsFixture::patch_sandbox_order(const std::string& channel_order_id,
                                         const nlohmann::json& patch) const {
  httplib::Client client(sandbox_->base_url());
  const auto response = client.Patch("/admin/cscart/orders/" + channel_order_id, patch.dump(),
                                     "application/merge-patch+json");
  if (!response || response->status != 200) {
    throw std::runtime_error("PATCH /admin/cscart/orders/" + channel_order_id +
                             " failed: " + (response ? response->body : std::string("no answer")));
  }
}

}  // namespace orderhub::testing
