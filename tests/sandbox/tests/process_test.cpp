// The orderhub-sandbox process itself: how it announces its port, starts, and stops.
#include "sandbox_client.h"

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <cstdio>

namespace orderhub::sandbox::testing {
namespace {

using orderhub::testing::SandboxProcess;

TEST(Process, AnnouncesALoopbackPortAndServesOnIt) {
  SandboxProcess sandbox;
  EXPECT_GT(sandbox.port(), 0);
  EXPECT_EQ(sandbox.base_url(), "http://127.0.0.1:" + std::to_string(sandbox.port()));
  EXPECT_EQ(sandbox.channel_url("cscart"), sandbox.base_url() + "/cscart");
  auto admin = admin_client(sandbox);
  EXPECT_EQ(json_reply(admin.Get("/admin/health"), 200)["status"], "ok");
}

TEST(Process, SigtermEndsTheSandboxWithExitCodeZero) {
  SandboxProcess sandbox;
  auto client = cscart_client(sandbox);
  json_reply(client.Get("/cscart/api/orders"), 200);  // leaves a keep-alive connection open
  EXPECT_EQ(sandbox.stop(), 0);
  EXPECT_FALSE(admin_client(sandbox).Get("/admin/health"));
}

TEST(Process, UnknownChannelFailsToStart) {
  EXPECT_THROW(SandboxProcess({"--channels", "nosuch"}), std::runtime_error);
}

TEST(Process, InvalidFaultRateFailsToStart) {
  EXPECT_THROW(SandboxProcess({"--fault-5xx", "2"}), std::runtime_error);
}

TEST(Process, HelpListsTheFlagsAndExitsZero) {
  const std::string command = SandboxProcess::binary_path() + " --help";
  FILE* output = popen(command.c_str(), "r");
  ASSERT_NE(output, nullptr);
  std::string text;
  char buffer[512];
  while (const std::size_t count = fread(buffer, 1, sizeof buffer, output)) {
    text.append(buffer, count);
  }
  const int status = pclose(output);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  for (const char* flag :
       {"--port", "--seed", "--orders", "--channels", "--fault-5xx", "--fault-429", "--retry-after",
        "--retry-after-form", "--fault-slow", "--slow-ms", "--fault-drop-after-apply",
        "--fault-malformed", "--fault-seed"}) {
    EXPECT_NE(text.find(flag), std::string::npos) << flag;
  }
}

}  // namespace
}  // namespace orderhub::sandbox::testing
