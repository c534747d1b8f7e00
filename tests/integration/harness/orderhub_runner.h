// orderhub_runner.h: running the real orderhub executable from the action tests, to completion
// with its output captured, or in the background to be killed with SIGKILL.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace orderhub::testing {

struct OrderhubRun {
  int exit_code = -1;  // 128 + signal when killed
  std::string out;
  std::string err;
};

// Runs the orderhub executable with arguments and waits for it.
OrderhubRun run_orderhub(const std::vector<std::string>& arguments);

// orderhub running in the background; its output goes to files read by wait().
class BackgroundOrderhub {
 public:
  explicit BackgroundOrderhub(const std::vector<std::string>& arguments);
  ~BackgroundOrderhub();
  BackgroundOrderhub(const BackgroundOrderhub&) = delete;
  BackgroundOrderhub& operator=(const BackgroundOrderhub&) = delete;

  // SIGKILL: the process gets no chance to clean up, as in a crash or a power cut.
  void kill_now();
  OrderhubRun wait();

 private:
  pid_t pid_ = -1;
  std::string out_path_;
  std::string err_path_;
  bool waited_ = false;
  OrderhubRun result_;
};

}  // namespace orderhub::testing
