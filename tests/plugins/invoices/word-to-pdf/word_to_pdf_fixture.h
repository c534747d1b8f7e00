// The Word to PDF plugin loaded by the host's loader, as orderhub runs it. One instance serves a
// whole suite, so that LibreOffice starts once per test program.
#ifndef ORDERHUB_TESTS_WORD_TO_PDF_FIXTURE_H
#define ORDERHUB_TESTS_WORD_TO_PDF_FIXTURE_H

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>

#include "invoice_test_support.h"
#include "orderhub/loader/plugin_instance.h"
#include "orderhub/loader/plugin_loader.h"

namespace orderhub::word_to_pdf::testing {

using services::StatusCode;

inline std::unique_ptr<loader::PluginInstance> create_instance(const std::string& config,
                                                               loader::CallResult* failure) {
  loader::PluginLoadResult loaded = loader::load_plugin(WORD_TO_PDF_PLUGIN_DIRECTORY);
  if (!loaded.ok()) {
    ADD_FAILURE() << loaded.failure->message();
    return nullptr;
  }
  auto host = std::make_unique<services::InstanceHost>(
      services::HostEnvironment{},
      services::InstanceIdentity{loaded.plugin->id, "account:word-to-pdf-test", {}});
  loader::CreateResult created =
      loader::PluginInstance::create(loaded.plugin, std::move(host), config);
  if (failure != nullptr) {
    *failure = created.result;
  }
  return std::move(created.instance);
}

class WordToPdfPluginTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    directory_ =
        new std::filesystem::path(std::filesystem::temp_directory_path() /
                                  ("orderhub-word-to-pdf-test-" + std::to_string(::getpid())));
    std::filesystem::create_directories(*directory_);
    loader::CallResult result;
    // The default work directory: one per process, kept while the office runs (it holds the
    // office's profile) and removed with it at exit.
    instance_ = create_instance("{}", &result).release();
    ASSERT_NE(instance_, nullptr) << result.message;
  }

  static void TearDownTestSuite() {
    delete instance_;
    instance_ = nullptr;
    std::error_code ignored;
    std::filesystem::remove_all(*directory_, ignored);
    delete directory_;
    directory_ = nullptr;
  }

  loader::PluginInstance& plugin() { return *instance_; }

  // A fresh path for a template file of this test.
  std::filesystem::path template_path(const std::string& name) {
    static std::atomic<int> counter{0};
    return *directory_ / (std::to_string(++counter) + "-" + name);
  }

  const std::filesystem::path& directory() const { return *directory_; }

  loader::CallResult render(nlohmann::json request) { return plugin().render_pdf(request.dump()); }

  loader::CallResult render_with_template(const std::filesystem::path& path) {
    nlohmann::json request = render_request();
    request["template"] = path.string();
    return render(request);
  }

  loader::CallResult check(const std::filesystem::path& path) {
    return plugin().check_template(nlohmann::json{
        {"schema", "orderhub.template_check/1"},
        {"template", path.string()}}.dump());
  }

 private:
  static inline std::filesystem::path* directory_ = nullptr;
  static inline loader::PluginInstance* instance_ = nullptr;
};

}  // namespace orderhub::word_to_pdf::testing

#endif  // ORDERHUB_TESTS_WORD_TO_PDF_FIXTURE_H
