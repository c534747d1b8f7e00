// Test helpers: where the build put the test plugins (tests/loader/fixtures), one per directory,
// and a scratch directory for tests that assemble a plugin directory of their own.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>

namespace orderhub::testing {

inline std::filesystem::path fixture_plugin_directory() {
  return ORDERHUB_FIXTURE_PLUGINS;
}

inline std::filesystem::path fixture_plugin(const std::string& name) {
  return fixture_plugin_directory() / name;
}

// A fresh, empty directory, removed with everything in it when the object goes.
class ScratchDirectory {
 public:
  ScratchDirectory() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("orderhub-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace orderhub::testing
