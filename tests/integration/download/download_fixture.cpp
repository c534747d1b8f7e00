// download_fixture.cpp: the shared setup and helpers of the download integration tests.
#include "download_fixture.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>

#include <httplib.h>

namespace orderhub::testing {
namespace {

using nlohmann::json;

json checked_json(const httplib::Result& result, const std::string& what, int expected_status) {
  if (!result) {
    throw std::runtime_error(what + ": no reply from the sandbox");
  }
  if (result->status != expected_status) {
    throw std::runtime_error(what + ": HTTP " + std::to_string(result->status) + " " +
                             result->body);
  }
  return json::parse(result->body);
}

}  // namespace

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

DownloadFixture::DownloadFixture() {
  std::random_device random;
  directory_ = (std::filesystem::temp_directory_path() /
                ("orderhub-download-test-" + std::to_string(random()) + std::to_string(random())))
                   .string();
  std::filesystem::create_directories(directory_);
}

DownloadFixture::~DownloadFixture() {
  sandbox_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(directory_, ignored);
}

void DownloadFixture::start_sandbox(std::vector<std::string> arguments) {
  sandbox_.reset();
  sandbox_ = std::make_unique<SandboxProcess>(std::move(arguments));
}

void DownloadFixture::SetUp() {
  if (!sandbox_) {
    start_sandbox({"--orders", "30"});
  }
}

std::string DownloadFixture::database_path() const {
  return directory_ + "/hub.db";
}

std::vector<std::string> DownloadFixture::command(const std::vector<std::string>& arguments) const {
  std::vector<std::string> full = {"--db", database_path(), "--plugins", ORDERHUB_PLUGIN_DIRECTORY};
  full.insert(full.end(), arguments.begin(), arguments.end());
  return full;
}

ProcessResult DownloadFixture::orderhub(const std::vector<std::string>& arguments) const {
  return run_orderhub(command(arguments));
}

json DownloadFixture::cscart_config() const {
  return {{"base_url", sandbox_->channel_url("cscart")},
          {"email", "admin@example.com"},
          {"api_key", "sandbox-api-key"}};
}

void DownloadFixture::add_account(const std::string& id, const std::vector<std::string>& settings) {
  const ProcessResult added =
      orderhub({"account", "add", id, "--plugin", "cscart", "--config", cscart_config().dump()});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  if (!settings.empty()) {
    std::vector<std::string> arguments = {"account", "set", id};
    arguments.insert(arguments.end(), settings.begin(), settings.end());
    const ProcessResult set = orderhub(arguments);
    ASSERT_EQ(set.exit_code, 0) << set.err;
  }
}

json DownloadFixture::download(const std::vector<std::string>& extra, const std::string& account) {
  std::vector<std::string> arguments = {"download", account, "--json"};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  const ProcessResult run = orderhub(arguments);
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  return json::parse(run.out)["summary"];
}

json DownloadFixture::sandbox_orders() const {
  httplib::Client client(sandbox_->base_url());
  return checked_json(client.Get("/admin/cscart/orders"), "listing the sandbox's orders",
                      200)["orders"];
}

std::set<std::string> DownloadFixture::listed_sandbox_ids() const {
  std::set<std::string> ids;
  for (const json& order : sandbox_orders()) {
    if (order["status"] != "N") {
      ids.insert(order["order_id"].get<std::string>());
    }
  }
  return ids;
}

json DownloadFixture::patch_sandbox_order(const std::string& id, const json& patch) const {
  httplib::Client client(sandbox_->base_url());
  return checked_json(client.Patch("/admin/cscart/orders/" + id, patch.dump(), "application/json"),
                      "changing sandbox order " + id, 200);
}

json DownloadFixture::add_sandbox_order(const json& order) const {
  httplib::Client client(sandbox_->base_url());
  return checked_json(client.Post("/admin/cscart/orders", order.dump(), "application/json"),
                      "adding a sandbox order", 201);
}

void DownloadFixture::set_faults(const json& faults) const {
  httplib::Client client(sandbox_->base_url());
  checked_json(client.Put("/admin/faults", faults.dump(), "application/json"),
               "setting the sandbox's faults", 200);
}

std::unique_ptr<store::Store> DownloadFixture::open_database() const {
  return store::open_store(database_path());
}

std::vector<domain::Order> DownloadFixture::stored_orders() const {
  const auto database = open_database();
  return store::in_read_transaction(*database, [](store::Transaction& transaction) {
    store::OrderFilter all;
    all.limit = -1;
    return transaction.orders().list(all);
  });
}

std::set<std::string> DownloadFixture::stored_ids(const std::string& account) const {
  std::set<std::string> ids;
  for (const domain::Order& order : stored_orders()) {
    if (order.account.str() == account) {
      ids.insert(order.channel_order_id.str());
    }
  }
  return ids;
}

std::vector<domain::HistoryEvent> DownloadFixture::history_of(const std::string& channel_order_id,
                                                              const std::string& account) const {
  const auto database = open_database();
  return store::in_read_transaction(*database, [&](store::Transaction& transaction) {
    const auto order =
        transaction.orders().find(domain::AccountId::parse(account).value(),
                                  domain::ChannelOrderId::parse(channel_order_id).value());
    return order ? transaction.history().list(order->id) : std::vector<domain::HistoryEvent>{};
  });
}

std::optional<domain::DownloadCursor> DownloadFixture::cursor(const std::string& account) const {
  const auto database = open_database();
  return store::in_read_transaction(*database, [&](store::Transaction& transaction) {
    return transaction.cursors().find(domain::AccountId::parse(account).value());
  });
}

StoreSnapshot DownloadFixture::snapshot(const std::string& account) const {
  const auto database = open_database();
  return store::in_read_transaction(*database, [&](store::Transaction& transaction) {
    StoreSnapshot snapshot;
    store::OrderFilter all;
    all.limit = -1;
    snapshot.orders = transaction.orders().list(all);
    for (const domain::Order& order : snapshot.orders) {
      for (domain::HistoryEvent& event : transaction.history().list(order.id)) {
        snapshot.history.push_back(std::move(event));
      }
    }
    snapshot.quarantine = transaction.quarantine().list(std::nullopt);
    store::OutboxFilter every_row;
    every_row.limit = -1;
    snapshot.outbox = transaction.outbox().list(every_row);
    snapshot.accounts = transaction.accounts().list();
    if (const auto id = domain::AccountId::parse(account)) {
      snapshot.cursor = transaction.cursors().find(*id);
    }
    return snapshot;
  });
}

}  // namespace orderhub::testing
