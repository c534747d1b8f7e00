// orderhub-sandbox: the channel sandbox server. Prints "listening on http://127.0.0.1:PORT" as its
// first stdout line, then serves until SIGTERM or SIGINT and exits 0.
#include "channels/channel_registry.h"
#include "command_line.h"
#include "core/sandbox_server.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <exception>
#include <iostream>
#include <thread>

namespace {

using namespace orderhub::sandbox;

int run(const CommandLine& line, const sigset_t& stop_signals) {
  SandboxServer server(line.generation, line.faults);
  for (const auto& name : line.channels) {
    server.add_channel(
        [&name](ReceivedLog& received) { return create_channel_emulator(name, received); });
  }
  if (line.verbose) {
    server.log_requests();
  }
  const int port = server.bind(line.port);
  std::atomic<bool> serving_ended = false;
  std::thread serving([&server, &serving_ended] {
    server.serve();
    serving_ended = true;
  });
  // Announce only once the accept loop runs, so a stop signal right after can never be missed.
  while (!server.is_running() && !serving_ended) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  if (serving_ended) {
    serving.join();
    std::cerr << "orderhub-sandbox: the server stopped before accepting connections\n";
    return 1;
  }
  std::cout << "listening on http://127.0.0.1:" << port << std::endl;

  int received_signal = 0;
  sigwait(&stop_signals, &received_signal);
  server.stop();
  serving.join();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  auto parsed = parse_command_line(argc, argv);
  if (auto* exit = std::get_if<CommandLineExit>(&parsed)) {
    (exit->exit_code == 0 ? std::cout : std::cerr) << exit->message << '\n';
    return exit->exit_code;
  }

  // A client closing its end must fail a write, not kill the server; the drop-after-apply fault
  // also makes httplib write to a socket that was shut down on purpose.
  signal(SIGPIPE, SIG_IGN);
  // Block the stop signals in every thread (workers inherit the mask) and take them in main.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  try {
    return run(std::get<CommandLine>(parsed), stop_signals);
  } catch (const std::exception& failure) {
    std::cerr << "orderhub-sandbox: " << failure.what() << '\n';
    return 1;
  }
}
