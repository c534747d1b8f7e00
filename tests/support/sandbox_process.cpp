// Starting and stopping orderhub-sandbox for tests; see sandbox_process.h.
#include "support/sandbox_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace orderhub::testing {
namespace {

constexpr std::string_view listening_prefix = "listening on http://127.0.0.1:";

int exit_code_of(int status) {
  if (WIFEXITED(status)) {
    return WEXITSTATUS(status);
  }
  if (WIFSIGNALED(status)) {
    return 128 + WTERMSIG(status);
  }
  return -1;
}

// Waits for the child, escalating to SIGKILL after `patience`.
int wait_for_exit(pid_t pid, std::chrono::milliseconds patience) {
  const auto deadline = std::chrono::steady_clock::now() + patience;
  int status = 0;
  while (true) {
    const pid_t result = waitpid(pid, &status, WNOHANG);
    if (result == pid) {
      return exit_code_of(status);
    }
    if (result < 0 && errno != EINTR) {
      return -1;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return exit_code_of(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

// Reads the first line of the child's stdout, or throws after `timeout`.
std::string read_first_line(int descriptor, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string line;
  while (true) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      throw std::runtime_error("orderhub-sandbox did not announce its port within " +
                               std::to_string(timeout.count()) + " ms");
    }
    pollfd waiting{descriptor, POLLIN, 0};
    const int ready = poll(&waiting, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) {
      continue;
    }
    if (ready <= 0) {
      continue;  // the deadline check above reports the timeout
    }
    char character = 0;
    const ssize_t count = read(descriptor, &character, 1);
    if (count < 0 && errno == EINTR) {
      continue;
    }
    if (count <= 0) {
      throw std::runtime_error("orderhub-sandbox exited before listening (first output: \"" + line +
                               "\")");
    }
    if (character == '\n') {
      return line;
    }
    line.push_back(character);
  }
}

}  // namespace

std::string SandboxProcess::binary_path() {
  return ORDERHUB_SANDBOX_BINARY;
}

SandboxProcess::SandboxProcess(std::vector<std::string> arguments,
                               std::chrono::milliseconds startup_timeout) {
  signal(SIGPIPE, SIG_IGN);
  const bool port_given = std::any_of(arguments.begin(), arguments.end(), [](const auto& argument) {
    return argument == "--port" || argument.rfind("--port=", 0) == 0;
  });
  if (!port_given) {
    arguments.insert(arguments.begin(), {"--port", "0"});
  }

  // Everything the child needs is prepared before fork: after it, only async-signal-safe calls.
  const std::string binary = binary_path();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(binary.c_str()));
  for (auto& argument : arguments) {
    argv.push_back(argument.data());
  }
  argv.push_back(nullptr);

  int output[2];
  if (pipe2(output, O_CLOEXEC) != 0) {
    throw std::runtime_error(std::string("pipe2 failed: ") + std::strerror(errno));
  }
  const pid_t parent = getpid();
  pid_ = fork();
  if (pid_ < 0) {
    close(output[0]);
    close(output[1]);
    throw std::runtime_error(std::string("fork failed: ") + std::strerror(errno));
  }
  if (pid_ == 0) {
    dup2(output[1], STDOUT_FILENO);
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (getppid() != parent) {
      _exit(127);  // the test died between fork and prctl
    }
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  close(output[1]);
  output_descriptor_ = output[0];

  try {
    const std::string line = read_first_line(output_descriptor_, startup_timeout);
    if (line.rfind(listening_prefix, 0) != 0) {
      throw std::runtime_error("unexpected first line from orderhub-sandbox: \"" + line + "\"");
    }
    port_ = std::stoi(line.substr(listening_prefix.size()));
  } catch (...) {
    stop();
    throw;
  }
  // Anything printed later goes to the test's stderr; draining the pipe keeps the sandbox from
  // ever blocking on a full pipe.
  output_forwarder_ = std::thread([this] { forward_output(output_descriptor_); });
}

SandboxProcess::~SandboxProcess() {
  stop();
}

void SandboxProcess::forward_output(int descriptor) {
  char buffer[4096];
  while (true) {
    const ssize_t count = read(descriptor, buffer, sizeof buffer);
    if (count < 0 && errno == EINTR) {
      continue;
    }
    if (count <= 0) {
      return;
    }
    [[maybe_unused]] const ssize_t written =
        write(STDERR_FILENO, buffer, static_cast<size_t>(count));
  }
}

std::string SandboxProcess::base_url() const {
  return "http://127.0.0.1:" + std::to_string(port_);
}

std::string SandboxProcess::channel_url(std::string_view channel) const {
  return base_url() + "/" + std::string(channel);
}

int SandboxProcess::stop() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    exit_status_ = wait_for_exit(pid_, std::chrono::seconds(10));
    pid_ = -1;
  }
  if (output_forwarder_.joinable()) {
    output_forwarder_.join();  // ends at end of file, now that the sandbox is gone
  }
  if (output_descriptor_ >= 0) {
    close(output_descriptor_);
    output_descriptor_ = -1;
  }
  return exit_status_;
}

}  // namespace orderhub::testing
