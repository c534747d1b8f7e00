// service_harness.cpp: sandbox, database, accounts and the running service for the service tests.
#include "service_harness.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace orderhub::testing {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream file(path);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

}  // namespace

std::vector<HubChannel> every_channel(const SandboxProcess& sandbox) {
  const std::string channeladvisor = sandbox.channel_url("channeladvisor");
  return {
      {"cscart",
       "cscart",
       "cscart-shop",
       {{"base_url", sandbox.channel_url("cscart")},
        {"email", "admin@example.com"},
        {"api_key", "sandbox-api-key"}},
       {}},
      {"smartbargains",
       "smartbargains",
       "smartbargains-shop",
       {{"base_url", sandbox.channel_url("smartbargains")},
        {"token", "sandbox-smartbargains-token"}},
       {}},
      {"cdiscount",
       "cdiscount",
       "cdiscount-shop",
       {{"base_url", sandbox.channel_url("cdiscount")},
        {"token_url", sandbox.channel_url("cdiscount")},
        {"login", "sandbox-seller"},
        {"password", "sandbox-password"}},
       {}},
      {"overstock",
       "overstock",
       "overstock-shop",
       {{"base_url", sandbox.channel_url("overstock")},
        {"username", "supplier"},
        {"password", "sandbox-password"},
        {"warehouse_code", "WH1"}},
       {}},
      {"channeladvisor",
       "channeladvisor",
       "channeladvisor-shop",
       {{"base_url", channeladvisor},
        {"token_url", channeladvisor + "/oauth2/token"},
        {"application_id", "sandbox-application"},
        {"shared_secret", "sandbox-shared-secret"},
        {"refresh_token", "sandbox-refresh-token"}},
       {}},
  };
}

ServiceProcess::ServiceProcess(const std::vector<std::string>& arguments,
                               const std::string& output_stem)
    : out_path_(output_stem + ".out"), err_path_(output_stem + ".err") {
  std::vector<std::string> command = {ORDERHUB_EXECUTABLE};
  command.insert(command.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& argument : command) {
    argv.push_back(argument.data());
  }
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path_.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path_.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  const int failed = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (failed != 0) {
    throw std::runtime_error("cannot start " + command.front());
  }
}

ServiceProcess::~ServiceProcess() {
  if (exit_code_ < 0 && pid_ > 0) {
    ::kill(pid_, SIGKILL);
    wait();
  }
}

int ServiceProcess::wait_for_port(std::chrono::milliseconds timeout) {
  static const std::regex listening(R"(listening on [^\s:]+:(\d+))");
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    std::smatch match;
    const std::string out = read_text(out_path_);
    if (std::regex_search(out, match, listening)) {
      return std::stoi(match[1].str());
    }
    int status = 0;
    if (exit_code_ < 0 && waitpid(pid_, &status, WNOHANG) == pid_) {
      exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      return 0;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return 0;
}

void ServiceProcess::send(int signal_number) {
  if (exit_code_ < 0) {
    ::kill(pid_, signal_number);
  }
}

int ServiceProcess::wait() {
  if (exit_code_ >= 0) {
    return exit_code_;
  }
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0) {
    if (errno != EINTR) {
      return -1;
    }
  }
  exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return exit_code_;
}

std::string ServiceProcess::output() const {
  return read_text(out_path_) + read_text(err_path_);
}

ServiceFixture::ServiceFixture() {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "orderhub-service-it-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot create a temporary directory");
  }
  directory_ = pattern;
}

ServiceFixture::~ServiceFixture() {
  service_.reset();
  sandbox_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(directory_, ignored);
}

void ServiceFixture::start_sandbox(std::vector<std::string> arguments) {
  sandbox_ = std::make_unique<SandboxProcess>(std::move(arguments));
}

void ServiceFixture::add_account(const HubChannel& channel, const std::string& interval) {
  must({"account", "add", channel.account, "--plugin", channel.plugin, "--config",
        channel.config.dump()});
  std::vector<std::string> set = {"account", "set", channel.account,
                                  "download.interval=" + interval};
  set.insert(set.end(), channel.settings.begin(), channel.settings.end());
  must(set);
}

void ServiceFixture::start_service(const nlohmann::json& extra_config) {
  nlohmann::json config = {{"listen", "127.0.0.1:0"}, {"token", kServiceToken},
                           {"db", database_path()},   {"plugins", ORDERHUB_PLUGIN_DIRECTORY},
                           {"log_level", "info"},     {"outbox_lease", "2s"}};
  if (extra_config.is_object()) {
    config.update(extra_config);
  }
  const std::string config_path = directory_ + "/service.json";
  std::ofstream(config_path) << "// written by the test\n" << config.dump(2) << "\n";
  service_.reset();
  service_ = std::make_unique<ServiceProcess>(
      std::vector<std::string>{"serve", "--config", config_path},
      directory_ + "/service-" + std::to_string(service_starts_++));
  port_ = service_->wait_for_port();
  if (port_ == 0) {
    throw std::runtime_error("orderhub serve did not start:\n" + service_->output());
  }
}

int ServiceFixture::stop_service() {
  service_->send(SIGTERM);
  return service_->wait();
}

OrderhubRun ServiceFixture::orderhub(const std::vector<std::string>& arguments) const {
  std::vector<std::string> line = {"--db", database_path(), "--plugins", ORDERHUB_PLUGIN_DIRECTORY};
  line.insert(line.end(), arguments.begin(), arguments.end());
  return run_orderhub(line);
}

void ServiceFixture::must(const std::vector<std::string>& arguments) const {
  const OrderhubRun run = orderhub(arguments);
  std::string line;
  for (const std::string& argument : arguments) {
    line += " " + argument;
  }
  ASSERT_EQ(run.exit_code, 0) << "orderhub" << line << "\n" << run.out << run.err;
}

std::unique_ptr<httplib::Client> ServiceFixture::api(bool with_token) const {
  auto client = std::make_unique<httplib::Client>("127.0.0.1", port_);
  client->set_connection_timeout(5);
  client->set_read_timeout(60);
  if (with_token) {
    client->set_default_headers({{"Authorization", "Bearer " + kServiceToken}});
  }
  return client;
}

namespace {

nlohmann::json parsed_reply(const httplib::Result& result, int& status) {
  if (!result) {
    status = 0;
    return nullptr;
  }
  status = result->status;
  return nlohmann::json::parse(result->body, nullptr, false);
}

}  // namespace

nlohmann::json ServiceFixture::get(const std::string& path, int& status) const {
  return parsed_reply(api()->Get(path), status);
}

nlohmann::json ServiceFixture::post(const std::string& path, const nlohmann::json& body,
                                    int& status) const {
  return parsed_reply(api()->Post(path, body.dump(), "application/json"), status);
}

bool ServiceFixture::eventually(const std::function<bool()>& done,
                                std::chrono::milliseconds timeout,
                                std::chrono::milliseconds period) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) {
      return true;
    }
    std::this_thread::sleep_for(period);
  }
  return done();
}

std::unique_ptr<store::Store> ServiceFixture::open_database() const {
  return store::open_store(database_path());
}

nlohmann::json ServiceFixture::sandbox_get(const std::string& path) const {
  httplib::Client client(sandbox_->base_url());
  const auto response = client.Get(path);
  if (!response || response->status != 200) {
    throw std::runtime_error("GET " + path + " failed");
  }
  return nlohmann::json::parse(response->body);
}

void ServiceFixture::set_faults(const nlohmann::json& faults) const {
  httplib::Client client(sandbox_->base_url());
  const auto response = client.Put("/admin/faults", faults.dump(), "application/json");
  if (!response || response->status != 200) {
    throw std::runtime_error("PUT /admin/faults failed");
  }
}

}  // namespace orderhub::testing
