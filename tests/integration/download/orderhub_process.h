// orderhub_process.h: running the real orderhub executable from a test, as a user would: to
// completion with its output captured, or in the background to be killed or raced.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace orderhub::testing {

struct ProcessResult {
  int exit_code = -1;  // 128 + signal when killed
  std::string out;
  std::string err;
};

// Runs orderhub with arguments and waits for it.
ProcessResult run_orderhub(const std::vector<std::string>& arguments);

// orderhub started in the background; its output is discarded unless collected with wait().
class BackgroundOrderhub {
 public:
  explicit BackgroundOrderhub(const std::vector<std::string>& arguments);
  ~BackgroundOrderhub();
  BackgroundOrderhub(const BackgroundOrderhub&) = delete;
  BackgroundOrderhub& operator=(const BackgroundOrderhub&) = delete;

  // SIGKILL, as a crash or power cut would stop it. Harmless when it already exited.
  void kill_now();
  // Waits for the exit and returns the exit code (128 + signal) and output.
  ProcessResult wait();

 private:
  pid_t pid_ = -1;
  std::string out_path_;
  std::string err_path_;
  bool waited_ = false;
  ProcessResult result_;
};

}  // namespace orderhub::testing
