// orderhub_runner.cpp: spawning the orderhub executable with its output in temporary files.
#include "orderhub_runner.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace orderhub::testing {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream file(path);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

std::string output_stem() {
  static std::atomic<int> counter{0};
  return (std::filesystem::temp_directory_path() /
          ("orderhub-actions-" + std::to_string(::getpid()) + "-" + std::to_string(counter++)))
      .string();
}

pid_t spawn(const std::vector<std::string>& arguments, const std::string& out_path,
            const std::string& err_path) {
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
  pid_t child = -1;
  const int failed = posix_spawn(&child, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (failed != 0) {
    throw std::runtime_error("cannot start " + command.front());
  }
  return child;
}

int wait_for(pid_t child) {
  int status = 0;
  while (waitpid(child, &status, 0) < 0) {
    if (errno != EINTR) {
      return -1;
    }
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

OrderhubRun run_orderhub(const std::vector<std::string>& arguments) {
  BackgroundOrderhub process(arguments);
  return process.wait();
}

BackgroundOrderhub::BackgroundOrderhub(const std::vector<std::string>& arguments) {
  const std::string stem = output_stem();
  out_path_ = stem + ".out";
  err_path_ = stem + ".err";
  pid_ = spawn(arguments, out_path_, err_path_);
}

BackgroundOrderhub::~BackgroundOrderhub() {
  if (!waited_) {
    kill_now();
    wait();
  }
}

void BackgroundOrderhub::kill_now() {
  if (!waited_ && pid_ > 0) {
    ::kill(pid_, SIGKILL);
  }
}

OrderhubRun BackgroundOrderhub::wait() {
  if (!waited_) {
    result_.exit_code = wait_for(pid_);
    result_.out = read_file(out_path_);
    result_.err = read_file(err_path_);
    std::remove(out_path_.c_str());
    std::remove(err_path_.c_str());
    waited_ = true;
  }
  return result_;
}

}  // namespace orderhub::testing
