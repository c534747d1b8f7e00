// inventory_cli_test.cpp: `orderhub inventory set|list|push` run as a user runs them: --help,
// option validation (nothing stored on a refusal), the table and JSON listings, and a push to a
// real plugin that declares inventory.backorder, with its refusals.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

extern char** environ;

namespace {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string read_file(const std::string& path) {
  std::ifstream file(path);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class InventoryCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static int counter = 0;
    directory_ =
        std::filesystem::path(::testing::TempDir()) /
        ("orderhub-inventory-cli-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(directory_);
    std::filesystem::create_directories(directory_);
  }
  void TearDown() override { std::filesystem::remove_all(directory_); }

  // Runs orderhub on this test's database with the recorder plugin's directory (or another).
  ProcessResult orderhub(const std::vector<std::string>& arguments,
                         const std::string& plugins = ORDERHUB_INVENTORY_TEST_PLUGINS) {
    const std::string out_path = (directory_ / "out").string();
    const std::string err_path = (directory_ / "err").string();
    std::vector<std::string> command = {ORDERHUB_EXECUTABLE, "--plugins", plugins, "--db",
                                        (directory_ / "hub.db").string()};
    command.insert(command.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& argument : command) {
      argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t child = 0;
    ProcessResult run;
    if (posix_spawn(&child, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
      int status = 0;
      waitpid(child, &status, 0);
      run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    posix_spawn_file_actions_destroy(&actions);
    run.out = read_file(out_path);
    run.err = read_file(err_path);
    return run;
  }

  nlohmann::json listed() {
    const ProcessResult run = orderhub({"inventory", "list", "--json"});
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return nlohmann::json::parse(run.out);
  }

  void add_recorder_account(bool backorder) {
    ProcessResult run = orderhub({"account", "add", "shop", "--plugin",
                                  "org.orderhub.tests.inventoryrecorder", "--config", "{}"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    if (backorder) {
      run = orderhub({"account", "set", "shop", "inventory.backorder=true"});
      ASSERT_EQ(run.exit_code, 0) << run.err;
    }
  }

  std::filesystem::path directory_;
};

TEST_F(InventoryCliTest, EveryInventoryCommandHasHelp) {
  ProcessResult run = orderhub({"inventory", "--help"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  for (const char* command : {"set", "list", "push"}) {
    EXPECT_TRUE(contains(run.out, command)) << run.out;
  }
  run = orderhub({"inventory", "set", "--help"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  for (const char* option :
       {"SKU", "--on-hand N", "--on-order N", "--expected-date YYYY-MM-DD",
        "--container-on-order N", "--container-eta YYYY-MM-DD", "--unit-cost MONEY"}) {
    EXPECT_TRUE(contains(run.out, option)) << option << " missing from\n" << run.out;
  }
  run = orderhub({"inventory", "list", "--help"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(contains(run.out, "--json")) << run.out;
  run = orderhub({"inventory", "push", "--help"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(contains(run.out, "ACCOUNT")) << run.out;
  EXPECT_TRUE(contains(run.out, "inventory.backorder")) << run.out;
}

TEST_F(InventoryCliTest, SetKeepsOptionsNotGivenAndClearsAnEmptyDate) {
  ProcessResult run = orderhub({"inventory", "set", "A-1", "--on-hand", "3", "--on-order", "10",
                                "--expected-date", "2027-02-01", "--container-on-order", "20",
                                "--container-eta", "2027-03-01", "--unit-cost", "12.34 USD"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  run = orderhub({"inventory", "set", "A-1", "--on-hand", "0", "--expected-date", ""});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const nlohmann::json expected = nlohmann::json::parse(R"([{"sku": "A-1", "on_hand": 0,
      "on_order": 10, "expected_date": null, "container_on_order": 20,
      "container_eta": "2027-03-01", "unit_cost": {"minor": 1234, "currency": "USD"}}])");
  EXPECT_EQ(listed(), expected);
}

TEST_F(InventoryCliTest, SetRefusesNegativeAndMalformedValuesNamingTheOption) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> refused = {
      {{"--on-hand", "-1"}, "--on-hand"},
      {{"--on-order", "3.5"}, "--on-order"},
      {{"--container-on-order", "x"}, "--container-on-order"},
      {{"--on-hand", "99999999999999999999"}, "--on-hand"},
      {{"--expected-date", "2026-02-30"}, "--expected-date"},
      {{"--container-eta", "soon"}, "--container-eta"},
      {{"--unit-cost", "-1.00 USD"}, "--unit-cost"},
      {{"--unit-cost", "12.34"}, "--unit-cost"},
      {{"--unit-cost", "12.345 USD"}, "--unit-cost"},
  };
  for (const auto& [options, name] : refused) {
    std::vector<std::string> arguments = {"inventory", "set", "A-1"};
    arguments.insert(arguments.end(), options.begin(), options.end());
    const ProcessResult run = orderhub(arguments);
    EXPECT_EQ(run.exit_code, 2) << options.front() << " " << options.back();
    EXPECT_TRUE(contains(run.err, name + ": ")) << run.err;
  }
  const ProcessResult missing = orderhub({"inventory", "set"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(contains(missing.err, "SKU")) << missing.err;
  EXPECT_EQ(listed(), nlohmann::json::array());  // nothing was stored
}

TEST_F(InventoryCliTest, ListPrintsAnAlignedTable) {
  ProcessResult run = orderhub({"inventory", "list"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(contains(run.out, "no inventory")) << run.out;
  ASSERT_EQ(orderhub({"inventory", "set", "LONG-SKU-1", "--on-hand", "12"}).exit_code, 0);
  ASSERT_EQ(orderhub({"inventory", "set", "B", "--on-order", "3", "--expected-date", "2027-01-05"})
                .exit_code,
            0);
  run = orderhub({"inventory", "list"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::istringstream lines(run.out);
  std::string header;
  std::string first;
  std::string second;
  std::getline(lines, header);
  std::getline(lines, first);
  std::getline(lines, second);
  EXPECT_EQ(header.rfind("SKU         ON_HAND  ON_ORDER  EXPECTED", 0), 0u) << run.out;
  EXPECT_EQ(first.rfind("B           0        3         2027-01-05", 0), 0u) << run.out;
  EXPECT_EQ(second.rfind("LONG-SKU-1  12       0         -", 0), 0u) << run.out;
}

TEST_F(InventoryCliTest, PushRefusesAnAccountThatDoesNotSendBackorders) {
  add_recorder_account(false);
  ASSERT_EQ(orderhub({"inventory", "set", "A", "--on-hand", "0"}).exit_code, 0);
  const ProcessResult run = orderhub({"inventory", "push", "shop"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(contains(run.err, "inventory.backorder")) << run.err;
  EXPECT_EQ(orderhub({"outbox", "list", "--all"}).out, "nothing in the outbox\n");
}

TEST_F(InventoryCliTest, PushRefusesAPluginWithoutTheCapability) {
  const std::string fixtures = ORDERHUB_FIXTURE_PLUGINS;
  ProcessResult run =
      orderhub({"account", "add", "plain", "--plugin", "org.orderhub.tests.good", "--config", "{}"},
               fixtures);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(orderhub({"account", "set", "plain", "inventory.backorder=true"}, fixtures).exit_code,
            0);
  run = orderhub({"inventory", "push", "plain"}, fixtures);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(contains(run.err, "org.orderhub.tests.good")) << run.err;
  EXPECT_TRUE(contains(run.err, "capability inventory.backorder")) << run.err;
}

TEST_F(InventoryCliTest, PushRefusesAMissingOrUnknownAccount) {
  ProcessResult run = orderhub({"inventory", "push"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(contains(run.err, "ACCOUNT")) << run.err;
  run = orderhub({"inventory", "push", "nowhere"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(contains(run.err, "\"nowhere\"")) << run.err;
}

TEST_F(InventoryCliTest, PushWithNothingOutOfStockSendsNothingAndSaysSo) {
  add_recorder_account(true);
  ASSERT_EQ(orderhub({"inventory", "set", "A", "--on-hand", "4"}).exit_code, 0);
  const ProcessResult run = orderhub({"inventory", "push", "shop"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(contains(run.out, "nothing is out of stock; nothing sent")) << run.out;
}

TEST_F(InventoryCliTest, PushSendsOutOfStockProductsAndPrintsTheDeliveryResult) {
  add_recorder_account(true);
  ASSERT_EQ(orderhub({"inventory", "set", "FUTURE", "--on-hand", "0", "--on-order", "12",
                      "--expected-date", "2099-01-15"})
                .exit_code,
            0);
  ASSERT_EQ(orderhub({"inventory", "set", "NOTHING", "--on-hand", "0"}).exit_code, 0);
  ASSERT_EQ(
      orderhub({"inventory", "set", "STOCKED", "--on-hand", "9", "--on-order", "1"}).exit_code, 0);

  ProcessResult run = orderhub({"inventory", "push", "shop"});
  ASSERT_EQ(run.exit_code, 0) << run.err << run.out;
  EXPECT_TRUE(contains(run.out, "2 out-of-stock products")) << run.out;
  EXPECT_TRUE(contains(run.out, "FUTURE   0         12                 2099-01-15")) << run.out;
  EXPECT_TRUE(contains(run.out, "NOTHING  0         -                  -")) << run.out;
  EXPECT_FALSE(contains(run.out, "STOCKED")) << run.out;
  EXPECT_TRUE(contains(run.out, "delivered (outbox row 1, channel reference feed 1)")) << run.out;

  run = orderhub({"inventory", "push", "shop", "--json"});
  ASSERT_EQ(run.exit_code, 0) << run.err << run.out;
  const nlohmann::json report = nlohmann::json::parse(run.out);
  EXPECT_EQ(report["account"], "shop");
  EXPECT_EQ(report["delivery"], "done");
  EXPECT_EQ(report["outbox_row"], 2);
  EXPECT_EQ(report["channel_reference"], "feed 2");
  EXPECT_EQ(report["document"]["items"], nlohmann::json::parse(R"([
      {"sku": "FUTURE", "quantity": 0, "quantity_on_order": 12,
       "expected_delivery_date": "2099-01-15"},
      {"sku": "NOTHING", "quantity": 0}])"));
  EXPECT_EQ(report["document"]["idempotency_key"], report["idempotency_key"]);
  EXPECT_EQ(report["idempotency_key"].get<std::string>().rfind("inventory:shop:", 0), 0u);
}

}  // namespace
