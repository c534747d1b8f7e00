// channel_fixture.cpp: sandbox, database and account for a channel's integration tests.
#include "channel_fixture.h"

#include <stdlib.h>

#include <algorithm>
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

ChannelUnderTest cscart_channel() {
  ChannelUnderTest channel;
  channel.sandbox_channel = "cscart";
  channel.plugin = "cscart";
  channel.wire_order_id_field = "order_id";
  channel.config = [](const SandboxProcess& sandbox) {
    return nlohmann::json{{"base_url", sandbox.channel_url("cscart")},
                          {"email", "admin@example.com"},
                          {"api_key", "sandbox-api-key"}};
  };
  return channel;
}

std::string id_text(const domain::Order& order) {
  return std::to_string(order.id.value);
}

ChannelFixture::ChannelFixture(ChannelUnderTest channel) : channel_(std::move(channel)) {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "orderhub-channel-it-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot create a temporary directory");
  }
  directory_ = pattern;
}

ChannelFixture::~ChannelFixture() {
  sandbox_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(directory_, ignored);
}

void ChannelFixture::SetUp() {
  if (!sandbox_) {
    start();
  }
}

void ChannelFixture::start(std::vector<std::string> sandbox_arguments) {
  if (std::find(sandbox_arguments.begin(), sandbox_arguments.end(), "--orders") ==
      sandbox_arguments.end()) {
    sandbox_arguments.insert(sandbox_arguments.end(), {"--orders", "40"});
  }
  sandbox_ = std::make_unique<SandboxProcess>(sandbox_arguments);
  const nlohmann::json config = channel_.config(*sandbox_);
  must(
      {"account", "add", channel_.account, "--plugin", channel_.plugin, "--config", config.dump()});
  if (!channel_.settings.empty()) {
    std::vector<std::string> set = {"account", "set", channel_.account};
    set.insert(set.end(), channel_.settings.begin(), channel_.settings.end());
    must(set);
  }
  must({"download", channel_.account});
}

std::vector<std::string> ChannelFixture::command(const std::vector<std::string>& arguments) const {
  std::vector<std::string> line = {
      "--db", database_path(), "--plugins",
      channel_.plugin_directory.empty() ? ORDERHUB_PLUGIN_DIRECTORY : channel_.plugin_directory};
  line.insert(line.end(), arguments.begin(), arguments.end());
  return line;
}

OrderhubRun ChannelFixture::orderhub(const std::vector<std::string>& arguments) const {
  return run_orderhub(command(arguments));
}

std::string ChannelFixture::must(const std::vector<std::string>& arguments) const {
  const OrderhubRun run = orderhub(arguments);
  std::string line;
  for (const std::string& argument : arguments) {
    line += " " + argument;
  }
  EXPECT_EQ(run.exit_code, 0) << "orderhub" << line << "\n" << run.out << run.err;
  return run.out;
}

std::vector<domain::Order> ChannelFixture::stored_orders() const {
  const auto store = store::open_store(database_path());
  store::OrderFilter every;
  every.limit = -1;
  return store->begin_read()->orders().list(every);
}

std::vector<domain::Order> ChannelFixture::shippable_orders() const {
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

domain::Order ChannelFixture::stored(domain::OrderId id) const {
  const auto store = store::open_store(database_path());
  return *store->begin_read()->orders().find(id);
}

std::vector<domain::OutboxRow> ChannelFixture::outbox() const {
  const auto store = store::open_store(database_path());
  store::OutboxFilter every;
  every.limit = -1;
  return store->begin_read()->outbox().list(every);
}

nlohmann::json ChannelFixture::received() const {
  return admin_get(*sandbox_, "/admin/" + channel_.sandbox_channel + "/received").at("received");
}

nlohmann::json ChannelFixture::stats() const {
  return admin_get(*sandbox_, "/admin/stats");
}

nlohmann::json ChannelFixture::sandbox_orders() const {
  return admin_get(*sandbox_, "/admin/" + channel_.sandbox_channel + "/orders").at("orders");
}

nlohmann::json ChannelFixture::sandbox_order(const std::string& channel_order_id) const {
  for (const nlohmann::json& order : sandbox_orders()) {
    const nlohmann::json& id = order.at(channel_.wire_order_id_field);
    if ((id.is_string() && id == channel_order_id) ||
        (!id.is_string() && id.dump() == channel_order_id)) {
      return order;
    }
  }
  throw std::runtime_error("the sandbox has no order " + channel_order_id);
}

void ChannelFixture::set_faults(const nlohmann::json& faults) const {
  httplib::Client client(sandbox_->base_url());
  const auto response = client.Put("/admin/faults", faults.dump(), "application/json");
  if (!response || response->status != 200) {
    throw std::runtime_error("PUT /admin/faults failed");
  }
}

void ChannelFixture::patch_sandbox_order(const std::string& channel_order_id,
                                         const nlohmann::json& patch) const {
  httplib::Client client(sandbox_->base_url());
  const std::string path = "/admin/" + channel_.sandbox_channel + "/orders/" + channel_order_id;
  const auto response = client.Patch(path, patch.dump(), "application/merge-patch+json");
  if (!response || response->status != 200) {
    throw std::runtime_error("PATCH " + path +
                             " failed: " + (response ? response->body : std::string("no answer")));
  }
}

}  // namespace orderhub::testing
