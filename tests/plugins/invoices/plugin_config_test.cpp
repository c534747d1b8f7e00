// The plugins' configuration: the fonts folder found beside the library by default or given as
// fonts_dir, and any other key refused by name at create().
#include <gtest/gtest.h>

#include "invoice_test_support.h"

namespace orderhub::invoices::testing {
namespace {

TEST(PluginConfig, AnUnknownKeyIsRefusedByName) {
  const loader::CreateResult created = create_plugin(kStandardPlugin, {{"colour", "red"}});
  EXPECT_EQ(created.result.status, services::StatusCode::invalid_argument);
  EXPECT_EQ(created.result.message, "invoice plugin config: unknown key \"colour\"");
  const loader::CreateResult layouts = create_plugin(kStandardPlugin, {{"layouts_dir", "/x"}});
  EXPECT_EQ(layouts.result.message, "invoice plugin config: unknown key \"layouts_dir\"");
}

TEST(PluginConfig, AFontsFolderWithoutItsManifestFailsCreate) {
  ScratchFolder folder;
  const loader::CreateResult created =
      create_plugin(kChannelSpecificPlugin, {{"fonts_dir", folder.path().string()}});
  EXPECT_EQ(created.result.status, services::StatusCode::failed_precondition);
  EXPECT_EQ(created.result.message,
            "fonts folder " + folder.path().string() + " has no readable fonts.txt");
}

TEST(PluginConfig, FontsDirNamesTheFontsToUse) {
  ScratchFolder folder;
  const auto fonts = std::filesystem::path(kStandardPlugin) / "fonts";
  // Only DejaVu Sans's Latin piece: CJK text then prints as replacement characters, Latin
  // text as it is.
  std::filesystem::copy_file(fonts / "DejaVuSans-Latin.ttf",
                             folder.path() / "DejaVuSans-Latin.ttf");
  std::istringstream manifest(read_file(fonts / "fonts.txt"));
  std::string line;
  while (std::getline(manifest, line)) {
    if (line.rfind("regular DejaVuSans-Latin.ttf ", 0) == 0) {
      write_file(folder.path() / "fonts.txt", line + "\n");
    }
  }
  auto instance = plugin_instance(kStandardPlugin, {{"fonts_dir", folder.path().string()}});
  ASSERT_NE(instance, nullptr);
  json request = example_request();
  request["order"]["lines"][0]["title"] = "Tea 绿茶";
  const std::string text = pdf_text(render_to_file(*instance, request, folder.path(), "dejavu"));
  EXPECT_NE(text.find("Tea \uFFFD\uFFFD"), std::string::npos) << text;
  EXPECT_NE(text.find("Thé"), std::string::npos) << text;
}

}  // namespace
}  // namespace orderhub::invoices::testing
