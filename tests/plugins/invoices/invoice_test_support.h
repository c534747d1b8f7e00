// Helpers of the invoice plugin tests: the plugins loaded by the host's loader and called
// through the ABI, the example render request, and the poppler and qpdf tools that read back
// the PDFs the plugins return (text, fonts, validity, pixels).
#ifndef ORDERHUB_TESTS_PLUGINS_INVOICES_INVOICE_TEST_SUPPORT_H
#define ORDERHUB_TESTS_PLUGINS_INVOICES_INVOICE_TEST_SUPPORT_H

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "orderhub/loader/plugin_instance.h"
#include "orderhub/loader/plugin_loader.h"
#include "orderhub/services/instance_host.h"

namespace orderhub::invoices::testing {

using loader::CallResult;
using loader::PluginInstance;
using nlohmann::json;

inline constexpr const char* kStandardPlugin = STANDARD_INVOICE_PLUGIN_DIRECTORY;
inline constexpr const char* kChannelSpecificPlugin = CHANNEL_SPECIFIC_INVOICE_PLUGIN_DIRECTORY;

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream input(path, std::ios::binary);
  std::ostringstream text;
  text << input.rdbuf();
  return text.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream output(path, std::ios::binary);
  output << bytes;
}

// The example request shipped under requests/.
inline json example_request() {
  return json::parse(read_file(std::string(INVOICE_REQUESTS_DIRECTORY) + "/render_request.json"));
}

inline json money(std::int64_t minor, const std::string& currency = "EUR") {
  return json{{"minor", minor}, {"currency", currency}};
}

// create() of the plugin in directory (loaded once per directory and process) with config.
inline loader::CreateResult create_plugin(const std::string& directory, const json& config) {
  static std::map<std::string, std::shared_ptr<const loader::LoadedPlugin>> loaded;
  auto& plugin = loaded[directory];
  if (!plugin) {
    const loader::PluginLoadResult result = loader::load_plugin(directory);
    if (!result.ok()) {
      ADD_FAILURE() << result.failure->message();
      return {};
    }
    plugin = result.plugin;
  }
  auto host = std::make_unique<services::InstanceHost>(
      services::HostEnvironment{}, services::InstanceIdentity{plugin->id, "invoice:test", {}});
  return PluginInstance::create(plugin, std::move(host), config.dump());
}

// A created instance of the plugin in directory; fails the test when create() fails.
inline std::unique_ptr<PluginInstance> plugin_instance(const std::string& directory,
                                                       const json& config = json::object()) {
  loader::CreateResult created = create_plugin(directory, config);
  EXPECT_TRUE(created.result.ok()) << created.result.message;
  return std::move(created.instance);
}

// A folder of its own under the system's temporary folder, removed with the object unless
// ORDERHUB_KEEP_TEST_FILES is set (to look at the PDFs a test made).
class ScratchFolder {
 public:
  ScratchFolder() {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = test != nullptr ? std::string(test->name()) : std::string("suite");
    std::replace(name.begin(), name.end(), '/', '-');  // parameterised tests: "Prints/Greek"
    path_ = std::filesystem::temp_directory_path() /
            ("orderhub-invoice-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchFolder() {
    if (std::getenv("ORDERHUB_KEEP_TEST_FILES") == nullptr) {
      std::filesystem::remove_all(path_);
    }
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct CommandOutput {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

// Runs command with the shell; output is its stdout, and its stderr too unless the command
// redirects it (the poppler tools warn about libharu's ToUnicode maps on stderr).
inline CommandOutput run_command(const std::string& command) {
  CommandOutput result;
  const bool redirects = command.find(" 2>") != std::string::npos;
  FILE* pipe = ::popen((redirects ? command : command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) {
    return result;
  }
  char buffer[4096];
  std::size_t size = 0;
  while ((size = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
    result.output.append(buffer, size);
  }
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline std::string quoted(const std::filesystem::path& path) {
  return "'" + path.string() + "'";
}

// pdftotext's reading of the PDF (all pages, or page only), in reading order or -layout.
inline std::string pdf_text(const std::filesystem::path& pdf, bool layout = false, int page = 0) {
  std::string command = "pdftotext -q -enc UTF-8";
  if (layout) {
    command += " -layout";
  }
  if (page > 0) {
    command += " -f " + std::to_string(page) + " -l " + std::to_string(page);
  }
  return run_command(command + " " + quoted(pdf) + " - 2>/dev/null").output;
}

// text with every run of whitespace (line breaks of wrapped cells among them) as one space.
inline std::string collapsed_whitespace(const std::string& text) {
  std::string output;
  for (const char character : text) {
    const bool space = character == ' ' || character == '\n' || character == '\f';
    if (!space) {
      output.push_back(character);
    } else if (!output.empty() && output.back() != ' ') {
      output.push_back(' ');
    }
  }
  return output;
}

inline int pdf_page_count(const std::filesystem::path& pdf) {
  const std::string info = run_command("pdfinfo " + quoted(pdf) + " 2>/dev/null").output;
  const std::size_t at = info.find("Pages:");
  return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

// The rows of pdffonts: font name and whether it is embedded.
inline std::vector<std::pair<std::string, bool>> pdf_fonts(const std::filesystem::path& pdf) {
  std::istringstream lines(run_command("pdffonts " + quoted(pdf) + " 2>/dev/null").output);
  std::vector<std::pair<std::string, bool>> fonts;
  std::string line;
  bool past_header = false;
  while (std::getline(lines, line)) {
    if (!past_header) {
      past_header = line.rfind("----", 0) == 0;  // the dashes under the column names
      continue;
    }
    std::istringstream fields(line);
    std::vector<std::string> words;
    std::string word;
    while (fields >> word) {
      words.push_back(word);
    }
    // name type... encoding emb sub uni object-id generation
    if (words.size() >= 7) {
      fonts.emplace_back(words[0], words[words.size() - 5] == "yes");
    }
  }
  return fonts;
}

// How many pixels of page are darker than mid grey, rendered at 150 dpi.
inline long dark_pixels(const std::filesystem::path& pdf, int page) {
  const std::filesystem::path prefix = pdf.parent_path() / (pdf.stem().string() + "-pixels");
  run_command("pdftoppm -q -gray -r 150 -singlefile -f " + std::to_string(page) + " -l " +
              std::to_string(page) + " " + quoted(pdf) + " " + quoted(prefix) + " 2>/dev/null");
  std::istringstream image(read_file(prefix.string() + ".pgm"));
  std::string magic;
  int width = 0, height = 0, maximum = 0;
  image >> magic >> width >> height >> maximum;
  image.get();
  long dark = 0;
  for (long index = 0; index < static_cast<long>(width) * height; ++index) {
    const int value = image.get();
    if (value >= 0 && value < 128) {
      ++dark;
    }
  }
  return magic == "P5" ? dark : -1;
}

// Renders request with instance; on success writes the PDF to folder/name.pdf and returns it.
inline std::filesystem::path render_to_file(PluginInstance& instance, const json& request,
                                            const std::filesystem::path& folder,
                                            const std::string& name) {
  const CallResult result = instance.render_pdf(request.dump());
  EXPECT_TRUE(result.ok()) << result.message;
  const std::filesystem::path pdf = folder / (name + ".pdf");
  write_file(pdf, result.output);
  return pdf;
}

}  // namespace orderhub::invoices::testing

#endif  // ORDERHUB_TESTS_PLUGINS_INVOICES_INVOICE_TEST_SUPPORT_H
