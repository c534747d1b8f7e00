// The orderhub executable, run as a user runs it: help, usage errors and exit codes, and the
// plugins commands against the test plugins.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

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

// Runs build/bin/orderhub with arguments, capturing stdout and stderr through files.
ProcessResult orderhub(const std::vector<std::string>& arguments) {
  static int counter = 0;
  const std::string stem = ::testing::TempDir() + "orderhub-cli-" + std::to_string(::getpid()) +
                           "-" + std::to_string(counter++);
  const std::string out_path = stem + ".out";
  const std::string err_path = stem + ".err";

  std::vector<std::string> command = {ORDERHUB_EXECUTABLE};
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
  std::remove(out_path.c_str());
  std::remove(err_path.c_str());
  return run;
}

std::string fixture(const std::string& name) {
  return std::string(ORDERHUB_FIXTURE_PLUGINS) + "/" + name;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(CliTest, HelpListsTheGlobalOptionsAndCommands) {
  const ProcessResult run = orderhub({"--help"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  for (const char* expected : {"--plugins DIR", "--db PATH", "--log-level", "plugins"}) {
    EXPECT_TRUE(contains(run.out, expected)) << expected << " missing from\n" << run.out;
  }
}

TEST(CliTest, EveryCommandExplainsItselfWithHelp) {
  for (const std::vector<std::string>& arguments : std::vector<std::vector<std::string>>{
           {"plugins", "--help"}, {"plugins", "list", "--help"}, {"plugins", "check", "--help"}}) {
    const ProcessResult run = orderhub(arguments);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_TRUE(run.out.starts_with("Usage: orderhub plugins")) << run.out;
  }
  EXPECT_TRUE(contains(orderhub({"plugins", "list", "--help"}).out, "--json"));
  EXPECT_TRUE(contains(orderhub({"plugins", "check", "--help"}).out, "PATH"));
}

TEST(CliTest, MissingCommandIsAUsageError) {
  const ProcessResult run = orderhub({});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(contains(run.err, "Usage: orderhub"));
}

TEST(CliTest, UnknownCommandIsAUsageError) {
  const ProcessResult run = orderhub({"teleport"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(contains(run.err, "orderhub: unknown command 'teleport'")) << run.err;
  EXPECT_EQ(orderhub({"plugins", "remove"}).exit_code, 2);
}

TEST(CliTest, UnknownOptionIsAUsageError) {
  const ProcessResult global = orderhub({"--colour", "plugins", "list"});
  EXPECT_EQ(global.exit_code, 2);
  EXPECT_TRUE(contains(global.err, "--colour")) << global.err;
  const ProcessResult command = orderhub({"plugins", "list", "--yaml"});
  EXPECT_EQ(command.exit_code, 2);
  EXPECT_TRUE(contains(command.err, "orderhub plugins list: ")) << command.err;
  EXPECT_TRUE(contains(command.err, "--yaml")) << command.err;
}

TEST(CliTest, InvalidLogLevelIsAUsageError) {
  const ProcessResult run = orderhub({"--log-level", "loud", "plugins", "list"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(contains(run.err, "--log-level \"loud\"")) << run.err;
}

TEST(CliTest, PluginsListJsonDescribesEveryLoadedPlugin) {
  const ProcessResult run =
      orderhub({"--plugins", ORDERHUB_FIXTURE_PLUGINS, "plugins", "list", "--json"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  const nlohmann::json list = nlohmann::json::parse(run.out);
  ASSERT_TRUE(list.is_array());
  EXPECT_EQ(list.size(), 6u);
  const auto good = std::find_if(list.begin(), list.end(), [](const nlohmann::json& plugin) {
    return plugin["id"] == "org.orderhub.tests.good";
  });
  ASSERT_NE(good, list.end());
  EXPECT_EQ(*good, nlohmann::json({{"id", "org.orderhub.tests.good"},
                                   {"name", "Good Test Channel"},
                                   {"vendor", "orderhub tests"},
                                   {"version", "1.0.0"},
                                   {"kind", "channel"},
                                   {"abi", "1.0"},
                                   {"capabilities", {"orders.download", "orders.acknowledge"}},
                                   {"path", fixture("good/libgood.so")}}));
}

TEST(CliTest, PluginsListReportsEachBrokenPluginOnStderrAndGoesOn) {
  const ProcessResult run = orderhub({"--plugins", ORDERHUB_FIXTURE_PLUGINS, "plugins", "list"});
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_TRUE(contains(run.err, "plugin " + fixture("no-entry/libno_entry.so") +
                                    ": no entry symbol orderhub_plugin_entry_v1 (not an "
                                    "orderhub plugin?)\n"))
      << run.err;
  EXPECT_TRUE(contains(run.err, "plugin " + fixture("wrong-major/libwrong_major.so") + ": "));
  EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 8) << run.err;
  EXPECT_TRUE(run.out.starts_with("ID ")) << run.out;
  EXPECT_TRUE(contains(run.out, "org.orderhub.tests.good "));
  EXPECT_TRUE(contains(run.out, "orders.download,orders.acknowledge"));
  EXPECT_TRUE(contains(run.out, "org.orderhub.tests.invoice "));
}

TEST(CliTest, PluginsListOfAMissingDirectorySaysSo) {
  const ProcessResult run =
      orderhub({"--plugins", fixture("nowhere"), "plugins", "list", "--json"});
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(run.out), nlohmann::json::array());
  EXPECT_EQ(run.err, "plugin " + fixture("nowhere") + ": plugin directory does not exist\n");
}

TEST(CliTest, PluginsCheckPassesAGoodPluginByDirectoryManifestOrLibrary) {
  for (const std::string& path :
       {fixture("good"), fixture("good/plugin.json"), fixture("good/libgood.so")}) {
    const ProcessResult run = orderhub({"plugins", "check", path});
    EXPECT_EQ(run.exit_code, 0) << path << "\n" << run.err;
    EXPECT_EQ(run.out, "ok: org.orderhub.tests.good 1.0.0\n");
  }
  const ProcessResult invoice = orderhub({"plugins", "check", fixture("good-invoice")});
  EXPECT_EQ(invoice.exit_code, 0) << invoice.err;
  EXPECT_EQ(invoice.out, "ok: org.orderhub.tests.invoice 2.1.0\n");
}

TEST(CliTest, PluginsCheckRefusesALibraryWithoutEntry) {
  const ProcessResult run = orderhub({"plugins", "check", fixture("no-entry")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.err, "plugin " + fixture("no-entry/libno_entry.so") +
                         ": no entry symbol orderhub_plugin_entry_v1 (not an orderhub plugin?)\n");
  EXPECT_TRUE(run.out.empty());
}

TEST(CliTest, PluginsCheckReportsEveryViolationOnItsOwnLine) {
  const ProcessResult run = orderhub({"plugins", "check", fixture("inconsistent")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 3) << run.err;
  EXPECT_TRUE(contains(run.err, "upload_shipment is NULL")) << run.err;
}

TEST(CliTest, PluginsCheckCatchesAnUnknownStatusFromCreate) {
  const ProcessResult run = orderhub({"plugins", "check", fixture("misbehaving")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.err, "plugin " + fixture("misbehaving/libmisbehaving.so") +
                         ": plugin org.orderhub.tests.misbehaving returned unknown status 42 from "
                         "create\n");
}

TEST(CliTest, PluginsCheckOfAMissingPathFails) {
  const ProcessResult run = orderhub({"plugins", "check", fixture("nowhere")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.err, "plugin " + fixture("nowhere") + ": no such file or directory\n");
}

TEST(CliTest, PluginsCheckWithoutAPathIsAUsageError) {
  EXPECT_EQ(orderhub({"plugins", "check"}).exit_code, 2);
}

}  // namespace
