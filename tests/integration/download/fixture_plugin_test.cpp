// The download with the loader's test plugins: a plugin's kv state lives in the hub's database
// (so it survives from one orderhub process to the next), and a plugin that answers with a
// document that is not JSON ends the run with an error naming the account, storing nothing.
#include "download_fixture.h"

namespace orderhub::testing {
namespace {

using nlohmann::json;

class FixturePluginTest : public DownloadFixture {
 protected:
  ProcessResult fixture_orderhub(const std::vector<std::string>& arguments) const {
    std::vector<std::string> full = {"--db", database_path(), "--plugins",
                                     ORDERHUB_FIXTURE_PLUGINS};
    full.insert(full.end(), arguments.begin(), arguments.end());
    return run_orderhub(full);
  }

  std::optional<std::string> stored_value(const std::string& account, const std::string& key) {
    const auto database = open_database();
    return store::in_read_transaction(*database, [&](store::Transaction& transaction) {
      return transaction.key_values().get(domain::AccountId::parse(account).value(), key);
    });
  }
};

TEST_F(FixturePluginTest, APluginsKeyValueStateIsKeptInTheDatabaseAcrossRuns) {
  ASSERT_EQ(fixture_orderhub({"account", "add", "fixture", "--plugin", "org.orderhub.tests.good",
                              "--config", "{}"})
                .exit_code,
            0);
  // The plugin counts its pages in its kv state; adding the account (which creates an instance
  // to check the config) must not have written any.
  EXPECT_FALSE(stored_value("fixture", "pages").has_value());
  for (int run = 1; run <= 3; ++run) {
    const ProcessResult download = fixture_orderhub({"download", "fixture"});
    ASSERT_EQ(download.exit_code, 0) << download.err;
    EXPECT_EQ(stored_value("fixture", "pages"), std::to_string(run));
  }
}

TEST_F(FixturePluginTest, ABatchThatIsNotJsonEndsTheRunNamingTheAccount) {
  ASSERT_EQ(fixture_orderhub({"account", "add", "broken", "--plugin",
                              "org.orderhub.tests.invalid-json", "--config", "{}"})
                .exit_code,
            0);
  const StoreSnapshot before = snapshot("broken");
  const ProcessResult download = fixture_orderhub({"download", "broken"});
  EXPECT_EQ(download.exit_code, 1);
  EXPECT_NE(download.err.find("account broken"), std::string::npos) << download.err;
  EXPECT_NE(download.err.find("JSON"), std::string::npos) << download.err;

  const StoreSnapshot after = snapshot("broken");
  EXPECT_TRUE(after.orders == before.orders);
  ASSERT_TRUE(after.cursor.has_value());
  EXPECT_FALSE(after.cursor->watermark.has_value());
  EXPECT_FALSE(after.cursor->page_token.has_value());
  EXPECT_NE(after.cursor->last_error.find("account broken"), std::string::npos);
}

}  // namespace
}  // namespace orderhub::testing
