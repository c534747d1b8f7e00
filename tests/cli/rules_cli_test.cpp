// rules_cli_test.cpp: `orderhub rules ...` and `orderhub pnl ...` run as a user runs them:
// --help everywhere, rule files refused with the JSON path of the problem (nothing stored), the
// rule list, enabling and ordering, and the profit and loss settings and usage errors.
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

class RulesCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static int counter = 0;
    directory_ =
        std::filesystem::path(::testing::TempDir()) /
        ("orderhub-rules-cli-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(directory_);
    std::filesystem::create_directories(directory_);
  }
  void TearDown() override { std::filesystem::remove_all(directory_); }

  // Runs orderhub on this test's database with the fixture plugins.
  ProcessResult orderhub(const std::vector<std::string>& arguments,
                         const std::string& plugins = ORDERHUB_FIXTURE_PLUGINS) {
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

  // Writes a rule file in the test's directory and returns its path.
  std::string rule_file(const std::string& text) {
    const std::string path = (directory_ / "rule.json").string();
    std::ofstream(path) << text;
    return path;
  }

  // `rules add` refuses the document with this message, and no rule is stored.
  void expect_refused(const std::string& document, const std::string& message) {
    const std::string path = rule_file(document);
    const ProcessResult run = orderhub({"rules", "add", path});
    EXPECT_EQ(run.exit_code, 1) << run.out;
    EXPECT_EQ(run.err, "orderhub rules add: " + path + ": " + message + "\n");
    const ProcessResult listed = orderhub({"rules", "list", "--json"});
    ASSERT_EQ(listed.exit_code, 0) << listed.err;
    EXPECT_EQ(nlohmann::json::parse(listed.out), nlohmann::json::array());
  }

  std::filesystem::path directory_;
};

TEST_F(RulesCliTest, EveryRulesCommandHasHelp) {
  ProcessResult run = orderhub({"rules", "--help"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  for (const char* command : {"add", "update", "list", "show", "enable", "disable", "remove",
                              "order", "run", "test", "log"}) {
    EXPECT_TRUE(contains(run.out, command)) << command;
    const ProcessResult help = orderhub({"rules", command, "--help"});
    EXPECT_EQ(help.exit_code, 0) << command << ": " << help.err;
    EXPECT_TRUE(contains(help.out, "Usage:")) << command;
  }
  run = orderhub({"pnl", "--help"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  for (const char* option : {"--account ID", "--from DATE", "--to DATE", "--json"}) {
    EXPECT_TRUE(contains(run.out, option)) << option;
  }
  EXPECT_EQ(orderhub({"pnl", "cost", "add", "--help"}).exit_code, 0);
  EXPECT_EQ(orderhub({"pnl", "cost", "remove", "--help"}).exit_code, 0);
  EXPECT_TRUE(contains(orderhub({"ship", "--help"}).out, "--shipping-cost M"));
  EXPECT_TRUE(contains(orderhub({"inventory", "set", "--help"}).out, "--cost MONEY"));
}

TEST_F(RulesCliTest, AWrongTypeIsRefusedWithItsJsonPath) {
  expect_refused(R"({"name": "x", "conditions": {"all": [{"ship_to_state": "TX"},
      {"sku_starts_with": 5}]}, "actions": [{"set_rush": true}]})",
                 "$.conditions.all[1].sku_starts_with: expected a string");
}

TEST_F(RulesCliTest, AnUnknownKeyIsRefusedWithItsJsonPath) {
  expect_refused(R"({"name": "x", "conditions": {"rush": true},
      "actions": [{"hold": {"reason": "r", "colour": "red"}}]})",
                 "$.actions[0].hold.colour: unknown key (known: reason)");
}

TEST_F(RulesCliTest, AnUnknownFieldOrActionIsRefusedWithItsJsonPath) {
  const std::string path = rule_file(R"({"name": "x", "conditions": {"not": {"weight": 3}},
      "actions": [{"set_rush": true}]})");
  ProcessResult run = orderhub({"rules", "add", path});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(contains(run.err, ": $.conditions.not.weight: unknown condition (known: all, any"))
      << run.err;
  const std::string actions = rule_file(R"({"name": "x", "conditions": {"rush": true},
      "actions": [{"set_rush": true}, {"send_email": "a"}]})");
  run = orderhub({"rules", "add", actions});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(contains(run.err, ": $.actions[1].send_email: unknown action (known: set_shipping"))
      << run.err;
}

TEST_F(RulesCliTest, ABadPatternIsRefusedWithItsJsonPath) {
  expect_refused(R"({"name": "x", "conditions": {"rush": true},
      "actions": [{"set_custom_field": {"name": "n", "value": "${order.colour}"}}]})",
                 "$.actions[0].set_custom_field.value: unknown order field \"colour\" in "
                 "${order.colour} (known: id, channel_order_id, account, status, shipping_status, "
                 "payment_status, currency, total, ship_to_name, ship_to_city, ship_to_state, "
                 "ship_to_postal_code, ship_to_country, buyer_name, buyer_email, shipping_method, "
                 "carrier, service, created_at)");
}

TEST_F(RulesCliTest, NotJsonAndAMissingFileAreRefused) {
  const std::string path = rule_file("{\"name\": ");
  ProcessResult run = orderhub({"rules", "add", path});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(contains(run.err, path + ": $: not valid JSON")) << run.err;
  run = orderhub({"rules", "add", (directory_ / "missing.json").string()});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(contains(run.err, "missing.json: cannot be read")) << run.err;
}

TEST_F(RulesCliTest, AValidRuleIsStoredListedEnabledAndReordered) {
  const std::string first = rule_file(R"({"name": "Hold Texas", "conditions":
      {"ship_to_state": "TX"}, "actions": [{"hold": {"reason": "Texas review"}}]})");
  ProcessResult run = orderhub({"rules", "add", first});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "rule 1 \"Hold Texas\" (version 1, enabled, position 1) added\n");
  run = orderhub({"rules", "add", rule_file(R"({"name": "Rush", "enabled": false,
      "conditions": {"carrier": "UPS"}, "actions": [{"set_rush": true}]})")});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(orderhub({"rules", "order", "2", "1"}).exit_code, 0);
  EXPECT_EQ(orderhub({"rules", "enable", "2"}).exit_code, 0);
  EXPECT_EQ(orderhub({"rules", "disable", "1"}).exit_code, 0);
  const nlohmann::json listed = nlohmann::json::parse(orderhub({"rules", "list", "--json"}).out);
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0]["id"], 2);
  EXPECT_EQ(listed[0]["enabled"], true);
  EXPECT_EQ(listed[1]["id"], 1);
  EXPECT_EQ(listed[1]["enabled"], false);
  EXPECT_EQ(listed[1]["document"]["actions"][0]["hold"]["reason"], "Texas review");
  EXPECT_EQ(orderhub({"rules", "remove", "1"}).exit_code, 0);
  run = orderhub({"rules", "show", "1"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.err, "orderhub rules show: there is no rule 1\n");
  EXPECT_EQ(orderhub({"rules", "log", "--json"}).out, "[]\n");
}

TEST_F(RulesCliTest, BadIdsAndOrdersAreRefused) {
  ProcessResult run = orderhub({"rules", "enable", "x"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(contains(run.err, "rule id \"x\" is not a positive whole number")) << run.err;
  run = orderhub({"rules", "run", "--order", "99"});
  EXPECT_EQ(run.exit_code, 1);
  run = orderhub({"pnl", "99"});
  EXPECT_EQ(run.exit_code, 1);
  run = orderhub({"pnl", "--account", "shop"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(contains(run.err, "--account needs --from")) << run.err;
  run = orderhub({"pnl", "cost", "add", "99", "--label", "packing", "--amount", "1.00"});
  EXPECT_EQ(run.exit_code, 1);
}

TEST_F(RulesCliTest, ProfitAndLossSettingsAreValidated) {
  ProcessResult run =
      orderhub({"account", "add", "shop", "--plugin", "org.orderhub.tests.good", "--config", "{}"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  run = orderhub({"account", "set", "shop", "pnl.commission_percent=12.5", "pnl.fee_fixed=0.30"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  run = orderhub({"account", "set", "shop", "pnl.commission_percent=12,5"});
  EXPECT_NE(run.exit_code, 0);
  EXPECT_TRUE(contains(run.err, "pnl.commission_percent: \"12,5\" is not a percentage")) << run.err;
  run = orderhub({"account", "set", "shop", "pnl.fee_fixed=-1"});
  EXPECT_NE(run.exit_code, 0);
  EXPECT_TRUE(contains(run.err, "pnl.fee_fixed: \"-1\" is not an amount")) << run.err;
  run = orderhub(
      {"pnl", "--account", "shop", "--from", "2026-01-01", "--to", "2026-12-31", "--json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(nlohmann::json::parse(run.out)["currencies"], nlohmann::json::array());
}

}  // namespace
