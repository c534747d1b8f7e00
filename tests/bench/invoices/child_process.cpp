// posix_spawnp rather than fork: the benchmark may have LibreOffice's threads in its process, and
// spawning copies no address space.
#include "child_process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

extern char** environ;

namespace orderhub::bench {
namespace {

std::vector<std::string> child_environment(const std::vector<std::string>& extra) {
  std::vector<std::string> result;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string_view current(*entry);
    bool replaced = false;
    for (const std::string& added : extra) {
      const std::string_view name = std::string_view(added).substr(0, added.find('=') + 1);
      replaced = replaced || current.substr(0, name.size()) == name;
    }
    if (!replaced) {
      result.emplace_back(current);
    }
  }
  result.insert(result.end(), extra.begin(), extra.end());
  return result;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> result;
  for (std::string& text : strings) {
    result.push_back(text.data());
  }
  result.push_back(nullptr);
  return result;
}

}  // namespace

int run_to_completion(const ChildProcess& child) {
  std::vector<std::string> arguments = child.arguments;
  std::vector<std::string> environment = child_environment(child.extra_environment);
  const std::vector<char*> argument_pointers = pointers(arguments);
  const std::vector<char*> environment_pointers = pointers(environment);
  const std::string output =
      child.output_file.empty() ? std::string("/dev/null") : child.output_file.string();

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, arguments.front().c_str(), &actions, nullptr,
                                   argument_pointers.data(), environment_pointers.data());
  posix_spawn_file_actions_destroy(&actions);
  if (spawned == ENOENT) {
    throw std::runtime_error(arguments.front() + ": not found on PATH");
  }
  if (spawned != 0) {
    throw std::runtime_error(arguments.front() + ": cannot start: " + std::strerror(spawned));
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      throw std::runtime_error(arguments.front() + ": waitpid: " + std::strerror(errno));
    }
  }
  if (WIFSIGNALED(status)) {
    return 128 + WTERMSIG(status);
  }
  return WEXITSTATUS(status);
}

std::string file_tail(const std::filesystem::path& path, std::size_t maximum_bytes) {
  std::ifstream file(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (text.size() > maximum_bytes) {
    text.erase(0, text.size() - maximum_bytes);
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

}  // namespace orderhub::bench
