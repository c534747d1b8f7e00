// Rendering through an invoice plugin, loaded by the host's loader and called across the C ABI
// exactly as `orderhub invoice` calls it. The ABI lets the host call one instance from only one
// thread at a time and declares nothing a plugin could use to say it is thread-safe, so every
// thread gets its own instance (created before the clock starts), as the host would.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "orderhub/loader/plugin_instance.h"
#include "throughput.h"

namespace orderhub::bench {

class PluginRenderer {
 public:
  // Loads the plugin in `directory` and creates `instance_count` instances, instance i with
  // configs[i] ("{}" when configs is shorter). Throws std::runtime_error naming the plugin.
  PluginRenderer(const std::filesystem::path& directory, int instance_count,
                 const std::vector<std::string>& configs = {});

  // One render on `instance`, timed alone; the PDF goes to `pdf` (Word to PDF's first render
  // starts LibreOffice: the cold figure).
  double render_once_ms(int instance, const std::string& request, const std::filesystem::path& pdf);

  // Renders every request once with `threads` threads, thread t on instance t taking requests
  // t, t + threads, ...; the PDFs are kept in memory during the run and written afterwards to
  // `directory`/invoice-<i>.pdf.
  Throughput render_all(const std::vector<std::string>& requests, int threads,
                        const std::filesystem::path& directory);

  const std::string& plugin_id() const;

 private:
  std::vector<std::unique_ptr<loader::PluginInstance>> instances_;
};

}  // namespace orderhub::bench
