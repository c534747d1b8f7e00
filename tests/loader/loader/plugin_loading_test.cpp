// Loading one plugin: the good ones load with what their descriptor says; each broken one is
// refused with one clear line naming its file and the reason.
#include <gtest/gtest.h>

#include "../fixture_plugins.h"
#include "orderhub/loader/plugin_loader.h"

namespace orderhub::loader {
namespace {

using testing::fixture_plugin;

std::string failure_message(const std::filesystem::path& path) {
  const PluginLoadResult result = load_plugin(path);
  if (result.ok()) {
    return "(loaded)";
  }
  return result.failure->message();
}

std::string library(const std::string& directory, const std::string& file) {
  return (fixture_plugin(directory) / file).string();
}

TEST(PluginLoadingTest, GoodChannelPluginLoadsWithItsDescriptor) {
  const PluginLoadResult result = load_plugin(fixture_plugin("good"));
  ASSERT_TRUE(result.ok()) << result.failure->message();
  const LoadedPlugin& plugin = *result.plugin;
  EXPECT_EQ(plugin.id, "org.orderhub.tests.good");
  EXPECT_EQ(plugin.name, "Good Test Channel");
  EXPECT_EQ(plugin.vendor, "orderhub tests");
  EXPECT_EQ(plugin.version, "1.0.0");
  EXPECT_EQ(plugin.description, "A channel plugin that keeps every rule.");
  EXPECT_EQ(plugin.kind, PluginKind::channel);
  EXPECT_EQ(plugin.abi, (AbiVersion{1, 0}));
  EXPECT_EQ(plugin.capabilities,
            (std::vector<std::string>{"orders.download", "orders.acknowledge"}));
  EXPECT_EQ(plugin.library_path, fixture_plugin("good") / "libgood.so");
  EXPECT_EQ(plugin.short_name(), "good");
  EXPECT_NE(plugin.channel.download_orders_page, nullptr);
  EXPECT_EQ(plugin.channel.upload_shipment, nullptr);
}

TEST(PluginLoadingTest, GoodInvoicePluginLoads) {
  const PluginLoadResult result = load_plugin(fixture_plugin("good-invoice"));
  ASSERT_TRUE(result.ok()) << result.failure->message();
  EXPECT_EQ(result.plugin->kind, PluginKind::invoice);
  EXPECT_NE(result.plugin->invoice.render_pdf, nullptr);
  EXPECT_EQ(result.plugin->description, "");
}

TEST(PluginLoadingTest, PluginCanBeNamedByItsManifestOrItsLibrary) {
  EXPECT_TRUE(load_plugin(fixture_plugin("good") / "plugin.json").ok());
  EXPECT_TRUE(load_plugin(fixture_plugin("good") / "libgood.so").ok());
}

TEST(PluginLoadingTest, LibraryWithoutEntrySymbolIsRefused) {
  EXPECT_EQ(failure_message(fixture_plugin("no-entry")),
            "plugin " + library("no-entry", "libno_entry.so") +
                ": no entry symbol orderhub_plugin_entry_v1 (not an orderhub plugin?)");
}

TEST(PluginLoadingTest, WrongAbiMajorIsRefused) {
  EXPECT_EQ(failure_message(fixture_plugin("wrong-major")),
            "plugin " + library("wrong-major", "libwrong_major.so") +
                ": built for ABI 2.0; this host speaks ABI 1.x");
}

TEST(PluginLoadingTest, DescriptorSmallerThanV1IsRefused) {
  EXPECT_EQ(failure_message(fixture_plugin("small-descriptor")),
            "plugin " + library("small-descriptor", "libsmall_descriptor.so") +
                ": descriptor struct_size 16 is smaller than the v1 size " +
                std::to_string(sizeof(orderhub_plugin_descriptor)));
}

TEST(PluginLoadingTest, DescriptorIdDifferentFromTheManifestIsRefused) {
  EXPECT_EQ(failure_message(fixture_plugin("id-mismatch")),
            "plugin " + library("id-mismatch", "libid_mismatch.so") +
                ": descriptor id \"org.orderhub.tests.id-in-library\" differs from plugin.json id "
                "\"org.orderhub.tests.id-in-manifest\"");
}

TEST(PluginLoadingTest, TextFileNamedLikeALibraryIsRefused) {
  EXPECT_EQ(
      failure_message(fixture_plugin("not-elf")),
      "plugin " + library("not-elf", "libnot_elf.so") + ": not a shared library (no ELF header)");
}

TEST(PluginLoadingTest, LibraryWithAnUnresolvableSymbolIsRefusedWithTheLinkersReason) {
  const std::string message = failure_message(fixture_plugin("undefined-symbol"));
  EXPECT_TRUE(message.starts_with(
      "plugin " + library("undefined-symbol", "libundefined_symbol.so") + ": cannot be loaded: "))
      << message;
  EXPECT_NE(message.find("orderhub_fixture_symbol_nobody_defines"), std::string::npos) << message;
}

TEST(PluginLoadingTest, UnknownKindInTheManifestIsRefusedNamingTheManifest) {
  EXPECT_EQ(failure_message(fixture_plugin("bad-manifest")),
            "plugin " + library("bad-manifest", "plugin.json") +
                ": key \"kind\" is \"shipping\"; it must be \"channel\" or \"invoice\"");
}

TEST(PluginLoadingTest, EveryProblemOfAPluginIsReportedOnItsOwnLine) {
  const PluginLoadResult result = load_plugin(fixture_plugin("inconsistent"));
  ASSERT_FALSE(result.ok());
  const std::string prefix = "plugin " + library("inconsistent", "libinconsistent.so") + ": ";
  EXPECT_EQ(result.failure->lines(),
            (std::vector<std::string>{
                prefix + "descriptor version \"0.9.0\" differs from plugin.json version \"1.0.0\"",
                prefix + "capability \"shipment.upload\" is declared but upload_shipment is NULL",
                prefix + "cancel_order is set but capability \"cancel.channel\" is not declared"}));
}

TEST(PluginLoadingTest, PluginBuiltForANewerMinorLoads) {
  const PluginLoadResult result = load_plugin(fixture_plugin("newer-minor"));
  ASSERT_TRUE(result.ok()) << result.failure->message();
  EXPECT_EQ(result.plugin->abi, (AbiVersion{1, 1}));
  EXPECT_EQ(result.plugin->description, "Built for ABI 1.1.");
  EXPECT_NE(result.plugin->channel.download_orders_page, nullptr);
}

TEST(PluginLoadingTest, MissingPathsAreRefusedByName) {
  EXPECT_EQ(failure_message(fixture_plugin("does-not-exist")),
            "plugin " + fixture_plugin("does-not-exist").string() + ": no such file or directory");
  EXPECT_EQ(failure_message(testing::fixture_plugin_directory()),
            "plugin " + testing::fixture_plugin_directory().string() +
                ": no plugin.json in this directory");
}

TEST(PluginLoadingTest, LibraryNotNamedByTheManifestBesideItIsRefused) {
  const testing::ScratchDirectory scratch;
  std::filesystem::copy_file(fixture_plugin("good") / "plugin.json",
                             scratch.path() / "plugin.json");
  std::filesystem::copy_file(fixture_plugin("good") / "libgood.so", scratch.path() / "libcopy.so");
  EXPECT_EQ(failure_message(scratch.path() / "libcopy.so"),
            "plugin " + (scratch.path() / "libcopy.so").string() +
                ": the plugin.json beside it names another library, \"libgood.so\"");
}

TEST(PluginLoadingTest, ManifestNamingAMissingLibraryIsRefused) {
  const testing::ScratchDirectory scratch;
  std::filesystem::copy_file(fixture_plugin("good") / "plugin.json",
                             scratch.path() / "plugin.json");
  EXPECT_EQ(failure_message(scratch.path()),
            "plugin " + (scratch.path() / "libgood.so").string() + ": library file not found");
}

}  // namespace
}  // namespace orderhub::loader
