#include "plugin_renderers.h"

#include <chrono>
#include <fstream>
#include <stdexcept>
#include <thread>

#include "orderhub/loader/plugin_loader.h"

namespace orderhub::bench {
namespace {

using Clock = std::chrono::steady_clock;

void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream file(path, std::ios::binary);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!file) {
    throw std::runtime_error("cannot write " + path.string());
  }
}

}  // namespace

PluginRenderer::PluginRenderer(const std::filesystem::path& directory, int instance_count,
                               const std::vector<std::string>& configs) {
  auto loaded = loader::load_plugin(directory);
  if (!loaded.ok()) {
    throw std::runtime_error(loaded.failure->message());
  }
  for (int index = 0; index < instance_count; ++index) {
    const auto config_index = static_cast<std::size_t>(index);
    const std::string config = config_index < configs.size() ? configs[config_index] : "{}";
    auto host = std::make_unique<services::InstanceHost>(
        services::HostEnvironment{},
        services::InstanceIdentity{loaded.plugin->id, "bench-" + std::to_string(index), {}});
    auto created = loader::PluginInstance::create(loaded.plugin, std::move(host), config);
    if (!created.result.ok()) {
      throw std::runtime_error(loaded.plugin->id + ": create: " + created.result.message);
    }
    instances_.push_back(std::move(created.instance));
  }
}

double PluginRenderer::render_once_ms(int instance, const std::string& request,
                                      const std::filesystem::path& pdf) {
  const Clock::time_point start = Clock::now();
  auto result = instances_.at(static_cast<std::size_t>(instance))->render_pdf(request);
  const double milliseconds =
      std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  if (!result.ok()) {
    throw std::runtime_error(plugin_id() + ": render_pdf: " + result.message);
  }
  write_file(pdf, result.output);
  return milliseconds;
}

Throughput PluginRenderer::render_all(const std::vector<std::string>& requests, int threads,
                                      const std::filesystem::path& directory) {
  if (threads < 1 || static_cast<std::size_t>(threads) > instances_.size()) {
    throw std::logic_error("render_all: more threads than instances");
  }
  std::vector<loader::CallResult> results(requests.size());
  const double cpu_before = cpu_seconds(CpuOf::this_process);
  const Clock::time_point start = Clock::now();
  {
    std::vector<std::jthread> workers;
    for (int thread = 0; thread < threads; ++thread) {
      workers.emplace_back([&, thread] {
        loader::PluginInstance& instance = *instances_[static_cast<std::size_t>(thread)];
        for (std::size_t index = static_cast<std::size_t>(thread); index < requests.size();
             index += static_cast<std::size_t>(threads)) {
          results[index] = instance.render_pdf(requests[index]);
        }
      });
    }
  }
  const double wall = std::chrono::duration<double>(Clock::now() - start).count();
  const double cpu = cpu_seconds(CpuOf::this_process) - cpu_before;

  std::filesystem::create_directories(directory);
  for (std::size_t index = 0; index < results.size(); ++index) {
    if (!results[index].ok()) {
      throw std::runtime_error(plugin_id() + ": render_pdf of request " + std::to_string(index) +
                               ": " + results[index].message);
    }
    write_file(directory / ("invoice-" + std::to_string(index) + ".pdf"), results[index].output);
  }
  return {threads, static_cast<int>(requests.size()), wall, cpu};
}

const std::string& PluginRenderer::plugin_id() const {
  return instances_.front()->plugin().id;
}

}  // namespace orderhub::bench
