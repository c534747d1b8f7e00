#include "peer_renderers.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "child_process.h"

namespace orderhub::bench {
namespace {

std::string replaced(std::string argument, const std::string& placeholder,
                     const std::string& value) {
  const std::size_t position = argument.find(placeholder);
  if (position != std::string::npos) {
    argument.replace(position, placeholder.size(), value);
  }
  return argument;
}

// Renders one invoice; "" when it worked, else what went wrong.
std::string render_one(const PeerRenderer& peer, const std::filesystem::path& html,
                       const std::filesystem::path& pdf) {
  ChildProcess child{{}, peer.extra_environment, pdf.string() + ".log"};
  for (const std::string& argument : peer.command) {
    child.arguments.push_back(
        replaced(replaced(argument, "{html}", html.string()), "{pdf}", pdf.string()));
  }
  const int status = run_to_completion(child);
  if (status != 0) {
    return peer.name + " exits " + std::to_string(status) + " rendering " + html.string() + ": " +
           file_tail(child.output_file);
  }
  return "";
}

}  // namespace

PeerRenderer wkhtmltopdf_renderer(const std::filesystem::path& runtime_directory) {
  return {"wkhtmltopdf",
          {"wkhtmltopdf", "--quiet", "--javascript-delay", "0", "--encoding", "utf-8",
           "--page-size", "A4", "{html}", "{pdf}"},
          {"QT_QPA_PLATFORM=offscreen", "XDG_RUNTIME_DIR=" + runtime_directory.string()}};
}

PeerRenderer weasyprint_renderer() {
  return {"WeasyPrint", {"weasyprint", "--quiet", "{html}", "{pdf}"}, {}};
}

void warm_up_peer(const PeerRenderer& peer, const std::filesystem::path& html_file,
                  const std::filesystem::path& pdf) {
  const std::string problem = render_one(peer, html_file, pdf);
  if (!problem.empty()) {
    throw std::runtime_error(problem);
  }
}

Throughput render_with_peer(const PeerRenderer& peer,
                            const std::vector<std::filesystem::path>& html_files, int processes,
                            const std::filesystem::path& output_directory) {
  std::filesystem::create_directories(output_directory);
  std::atomic<std::size_t> next{0};
  std::string first_problem;
  std::mutex problem_mutex;
  const double cpu_before = cpu_seconds(CpuOf::waited_children);
  const auto start = std::chrono::steady_clock::now();
  {
    std::vector<std::jthread> workers;
    for (int worker = 0; worker < processes; ++worker) {
      workers.emplace_back([&] {
        for (std::size_t index = next++; index < html_files.size(); index = next++) {
          std::string problem;
          try {
            problem = render_one(peer, html_files[index],
                                 output_directory / ("invoice-" + std::to_string(index) + ".pdf"));
          } catch (const std::exception& error) {
            problem = error.what();
          }
          if (!problem.empty()) {
            const std::lock_guard lock(problem_mutex);
            if (first_problem.empty()) {
              first_problem = problem;
            }
          }
        }
      });
    }
  }
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = cpu_seconds(CpuOf::waited_children) - cpu_before;
  if (!first_problem.empty()) {
    throw std::runtime_error(first_problem);
  }
  return {processes, static_cast<int>(html_files.size()), wall, cpu};
}

}  // namespace orderhub::bench
