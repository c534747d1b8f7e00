// Scanning a plugin directory: the good plugins load beside the broken ones, each broken one is
// one failure naming its file, and plugins are found by id or by the last segment of it.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "../fixture_plugins.h"
#include "../log_capture.h"
#include "orderhub/loader/plugin_registry.h"

namespace orderhub::loader {
namespace {

using testing::fixture_plugin;
using testing::fixture_plugin_directory;

std::set<std::string> loaded_ids(const PluginRegistry& registry) {
  std::set<std::string> ids;
  for (const auto& plugin : registry.plugins()) {
    ids.insert(plugin->id);
  }
  return ids;
}

std::shared_ptr<LoadedPlugin> plugin_with_id(const std::string& id) {
  auto plugin = std::make_shared<LoadedPlugin>();
  plugin->id = id;
  plugin->library_path = "/plugins/" + id + "/lib.so";
  return plugin;
}

TEST(PluginRegistryTest, GoodPluginsLoadAlongsideBrokenOnes) {
  const PluginRegistry registry =
      PluginRegistry::scan(fixture_plugin_directory(), FailureLogging::silent);
  EXPECT_EQ(
      loaded_ids(registry),
      (std::set<std::string>{"org.orderhub.tests.good", "org.orderhub.tests.invoice",
                             "org.orderhub.tests.invalid-json", "org.orderhub.tests.newer-minor",
                             "org.orderhub.tests.misbehaving", "org.orderhub.tests.throwing"}));
}

TEST(PluginRegistryTest, EachBrokenPluginIsOneFailureNamingItsFile) {
  const PluginRegistry registry =
      PluginRegistry::scan(fixture_plugin_directory(), FailureLogging::silent);
  std::set<std::filesystem::path> failed_files;
  for (const PluginLoadFailure& failure : registry.failures()) {
    failed_files.insert(failure.path);
    EXPECT_TRUE(failure.message().starts_with("plugin " + failure.path.string() + ": "))
        << failure.message();
    EXPECT_EQ(failure.message().find('\n'), std::string::npos);
  }
  EXPECT_EQ(failed_files, (std::set<std::filesystem::path>{
                              fixture_plugin("bad-manifest") / "plugin.json",
                              fixture_plugin("id-mismatch") / "libid_mismatch.so",
                              fixture_plugin("inconsistent") / "libinconsistent.so",
                              fixture_plugin("no-entry") / "libno_entry.so",
                              fixture_plugin("not-elf") / "libnot_elf.so",
                              fixture_plugin("small-descriptor") / "libsmall_descriptor.so",
                              fixture_plugin("undefined-symbol") / "libundefined_symbol.so",
                              fixture_plugin("wrong-major") / "libwrong_major.so"}));
  EXPECT_EQ(registry.failures().size(), failed_files.size());
}

TEST(PluginRegistryTest, FailuresAreLoggedOneLineEachUnlessSilenced) {
  testing::LogCapture capture(spdlog::level::warn);
  const PluginRegistry registry = PluginRegistry::scan(fixture_plugin_directory());
  const std::string text = capture.text();
  EXPECT_EQ(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')),
            registry.failures().size());
  EXPECT_NE(text.find("plugin " + (fixture_plugin("no-entry") / "libno_entry.so").string() +
                      ": no entry symbol orderhub_plugin_entry_v1 (not an orderhub plugin?)"),
            std::string::npos)
      << text;
}

TEST(PluginRegistryTest, PluginJsonAtTheTopOfTheDirectoryIsLoadedToo) {
  const PluginRegistry registry =
      PluginRegistry::scan(fixture_plugin("good"), FailureLogging::silent);
  EXPECT_EQ(loaded_ids(registry), (std::set<std::string>{"org.orderhub.tests.good"}));
  EXPECT_TRUE(registry.failures().empty());
}

TEST(PluginRegistryTest, MissingDirectoryIsAFailureNotACrash) {
  const PluginRegistry registry =
      PluginRegistry::scan(fixture_plugin("no-such-directory"), FailureLogging::silent);
  EXPECT_TRUE(registry.plugins().empty());
  ASSERT_EQ(registry.failures().size(), 1u);
  EXPECT_EQ(registry.failures().front().message(),
            "plugin " + fixture_plugin("no-such-directory").string() +
                ": plugin directory does not exist");
}

TEST(PluginRegistryTest, PluginIsFoundByIdOrByTheLastSegmentOfIt) {
  const PluginRegistry registry =
      PluginRegistry::scan(fixture_plugin_directory(), FailureLogging::silent);
  EXPECT_EQ(registry.find("org.orderhub.tests.good").plugin->id, "org.orderhub.tests.good");
  EXPECT_EQ(registry.find("good").plugin->id, "org.orderhub.tests.good");
  EXPECT_EQ(registry.find("newer-minor").plugin->id, "org.orderhub.tests.newer-minor");
  const PluginLookup missing = registry.find("cscart");
  EXPECT_FALSE(missing);
  EXPECT_EQ(missing.error, "no plugin \"cscart\"");
  EXPECT_FALSE(registry.find("tests.good"));
}

TEST(PluginRegistryTest, AmbiguousShortNameIsRefusedListingTheCandidates) {
  PluginRegistry registry;
  registry.add(plugin_with_id("org.orderhub.channel.cscart"));
  registry.add(plugin_with_id("com.example.cscart"));
  const PluginLookup lookup = registry.find("cscart");
  EXPECT_FALSE(lookup);
  EXPECT_EQ(lookup.error,
            "\"cscart\" is ambiguous: org.orderhub.channel.cscart, "
            "com.example.cscart; use the full id");
  EXPECT_EQ(registry.find("com.example.cscart").plugin->id, "com.example.cscart");
}

TEST(PluginRegistryTest, SecondPluginWithTheSameIdIsAFailure) {
  PluginRegistry registry;
  registry.add(plugin_with_id("org.orderhub.channel.cscart"));
  auto duplicate = plugin_with_id("org.orderhub.channel.cscart");
  duplicate->library_path = "/elsewhere/lib.so";
  registry.add(duplicate);
  EXPECT_EQ(registry.plugins().size(), 1u);
  ASSERT_EQ(registry.failures().size(), 1u);
  EXPECT_EQ(registry.failures().front().message(),
            "plugin /elsewhere/lib.so: duplicate plugin id \"org.orderhub.channel.cscart\" "
            "(already loaded from /plugins/org.orderhub.channel.cscart/lib.so)");
}

}  // namespace
}  // namespace orderhub::loader
