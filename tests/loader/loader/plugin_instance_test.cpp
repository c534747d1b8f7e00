// Creating and calling plugin instances: results of well-behaved plugins come back whole; every
// way a plugin can break the call contract becomes a clear INTERNAL (or RESOURCE_EXHAUSTED) result.
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "../fixture_plugins.h"
#include "../log_capture.h"
#include "orderhub/loader/plugin_instance.h"
#include "orderhub/loader/plugin_loader.h"
#include "orderhub/logging/secret_registry.h"

namespace orderhub::loader {
namespace {

std::chrono::system_clock::time_point november_23_2026_at_16() {
  return std::chrono::sys_days(std::chrono::year(2026) / 11 / 23) + std::chrono::hours(16);
}

std::shared_ptr<const LoadedPlugin> load(const std::string& name) {
  PluginLoadResult result = load_plugin(testing::fixture_plugin(name));
  if (!result.ok()) {
    ADD_FAILURE() << result.failure->message();
    return nullptr;
  }
  return result.plugin;
}

class PluginInstanceTest : public ::testing::Test {
 protected:
  CreateResult create(const std::string& plugin_name, std::string_view config,
                      CallLimits limits = {}) {
    auto plugin = load(plugin_name);
    auto host = std::make_unique<services::InstanceHost>(
        environment_, services::InstanceIdentity{plugin->id, "account:test", {}});
    return PluginInstance::create(plugin, std::move(host), config, limits);
  }

  std::unique_ptr<PluginInstance> created(const std::string& plugin_name, std::string_view config,
                                          CallLimits limits = {}) {
    CreateResult result = create(plugin_name, config, limits);
    EXPECT_TRUE(result.result.ok()) << result.result.message;
    return std::move(result.instance);
  }

  std::shared_ptr<services::ManualClock> clock_ =
      std::make_shared<services::ManualClock>(november_23_2026_at_16());
  services::HostEnvironment environment_{clock_,
                                         std::make_shared<services::InMemoryKeyValueStore>(),
                                         std::chrono::milliseconds(30'000)};
};

TEST_F(PluginInstanceTest, GoodPluginAnswersThroughTheHostServices) {
  auto instance = created("good", "{}");
  ASSERT_NE(instance, nullptr);
  const CallResult first =
      instance->download_orders_page(R"({"schema":"orderhub.download_request/1"})");
  ASSERT_TRUE(first.ok()) << first.message;
  const auto page = nlohmann::json::parse(first.output);
  EXPECT_EQ(page["schema"], "orderhub.order_batch/1");
  EXPECT_EQ(page["page"], 1);
  EXPECT_EQ(page["now_unix_ms"], 1795449600000);

  clock_->advance(std::chrono::seconds(5));
  const CallResult second = instance->download_orders_page("{}");
  ASSERT_TRUE(second.ok()) << second.message;
  EXPECT_EQ(nlohmann::json::parse(second.output)["page"], 2);
  EXPECT_EQ(nlohmann::json::parse(second.output)["now_unix_ms"], 1795449605000);
  EXPECT_EQ(instance->contract_violation_count(), 0u);
}

TEST_F(PluginInstanceTest, CallWithoutTheCapabilityIsUnimplemented) {
  auto instance = created("good", "{}");
  const CallResult result = instance->upload_shipment("{}");
  EXPECT_EQ(result.status, StatusCode::unimplemented);
  EXPECT_EQ(result.message,
            "plugin org.orderhub.tests.good does not offer upload_shipment "
            "(capability \"shipment.upload\" not declared)");
  EXPECT_FALSE(result.contract_violation);
}

TEST_F(PluginInstanceTest, SecretsInTheConfigNeverReachTheLogEvenWhenThePluginLogsThem) {
  testing::LogCapture capture(spdlog::level::info);
  {
    auto instance = created("good", R"({"shop_url":"https://shop.example","api_key":"k-8f2e1d"})");
    ASSERT_NE(instance, nullptr);
  }
  const std::string text = capture.text();
  EXPECT_NE(text.find(R"(created with config {"shop_url":"https://shop.example","api_key":"***"})"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("k-8f2e1d"), std::string::npos);
  logging::SecretRegistry::instance().clear();
}

TEST_F(PluginInstanceTest, ConfigThatIsNotAJsonObjectIsRefusedBeforeThePluginSeesIt) {
  const CreateResult not_json = create("good", R"({"api_key": "k-1)");
  EXPECT_EQ(not_json.result.status, StatusCode::invalid_argument);
  EXPECT_EQ(not_json.result.message.find("k-1"), std::string::npos);
  EXPECT_NE(not_json.result.message.find("is not valid JSON"), std::string::npos);
  const CreateResult array = create("good", "[]");
  EXPECT_EQ(array.result.message,
            "config for plugin org.orderhub.tests.good must be a JSON object, not array");
  EXPECT_EQ(array.instance, nullptr);
}

TEST_F(PluginInstanceTest, InvalidJsonFromAPluginIsInternal) {
  auto instance = created("invalid-json", "{}");
  const CallResult result = instance->download_orders_page("{}");
  EXPECT_EQ(result.status, StatusCode::internal);
  EXPECT_TRUE(result.contract_violation);
  EXPECT_TRUE(
      result.message.starts_with("plugin org.orderhub.tests.invalid-json returned invalid "
                                 "JSON from download_orders_page: "))
      << result.message;
  EXPECT_NE(result.message.find("parse error"), std::string::npos) << result.message;
  EXPECT_TRUE(result.output.empty());
  EXPECT_EQ(instance->contract_violation_count(), 1u);
}

TEST_F(PluginInstanceTest, ExceptionsFromAnSdkPluginBecomeInternalWithTheirText) {
  const CreateResult refused = create("throwing", R"({"throw": "create"})");
  EXPECT_EQ(refused.result.status, StatusCode::internal);
  EXPECT_EQ(refused.instance, nullptr);
  EXPECT_NE(refused.result.message.find("thrown from the constructor"), std::string::npos)
      << refused.result.message;

  auto instance = created("throwing", "{}");
  ASSERT_NE(instance, nullptr);
  const std::vector<std::pair<CallResult, std::string>> calls = {
      {instance->download_orders_page("{}"), "thrown from download_orders_page"},
      {instance->acknowledge_orders("{}"), "thrown from acknowledge_orders"},
      {instance->upload_shipment("{}"), "unknown exception"},
      {instance->cancel_order("{}"), "thrown from cancel_order"},
      {instance->refund_order("{}"), "thrown from refund_order"},
  };
  for (const auto& [result, text] : calls) {
    EXPECT_EQ(result.status, StatusCode::internal) << result.message;
    EXPECT_NE(result.message.find(text), std::string::npos) << result.message;
    EXPECT_TRUE(result.output.empty());
  }

  // The host keeps running: another plugin still answers normally afterwards.
  auto good = created("good", "{}");
  ASSERT_NE(good, nullptr);
  EXPECT_TRUE(good->download_orders_page(R"({"schema":"orderhub.download_request/1"})").ok());
}

TEST_F(PluginInstanceTest, PluginBuiltForANewerMinorIsCalledNormally) {
  auto instance = created("newer-minor", "{}");
  ASSERT_NE(instance, nullptr);
  const CallResult result = instance->download_orders_page("{}");
  ASSERT_TRUE(result.ok()) << result.message;
  EXPECT_EQ(nlohmann::json::parse(result.output)["built_for"], "1.1");
}

TEST_F(PluginInstanceTest, UnknownStatusFromCreateIsAViolation) {
  const CreateResult result = create("misbehaving", "{}");
  EXPECT_EQ(result.result.status, StatusCode::internal);
  EXPECT_EQ(result.result.message,
            "plugin org.orderhub.tests.misbehaving returned unknown status 42 from create");
  EXPECT_TRUE(result.result.contract_violation);
  EXPECT_EQ(result.instance, nullptr);
}

TEST_F(PluginInstanceTest, OkWithoutAnInstanceFromCreateIsAViolation) {
  const CreateResult result = create("misbehaving", R"({"mode":"ok_without_instance"})");
  EXPECT_EQ(result.result.status, StatusCode::internal);
  EXPECT_EQ(result.result.message,
            "plugin org.orderhub.tests.misbehaving returned OK from create without an instance");
  EXPECT_TRUE(result.result.contract_violation);
  EXPECT_EQ(result.instance, nullptr);
}

TEST_F(PluginInstanceTest, FailureWithoutAMessageKeepsTheStatusAndIsAViolation) {
  const CreateResult result = create("misbehaving", R"({"mode":"empty_message"})");
  EXPECT_EQ(result.result.status, StatusCode::invalid_argument);
  EXPECT_EQ(result.result.message,
            "plugin org.orderhub.tests.misbehaving returned "
            "INVALID_ARGUMENT from create without a message");
  EXPECT_TRUE(result.result.contract_violation);
}

TEST_F(PluginInstanceTest, UnknownStatusFromACallIsInternal) {
  auto instance = created("misbehaving", R"({"mode":"ok"})");
  const CallResult result = instance->download_orders_page("{}");
  EXPECT_EQ(result.status, StatusCode::internal);
  EXPECT_EQ(result.message,
            "plugin org.orderhub.tests.misbehaving returned unknown status 99 "
            "from download_orders_page");
  EXPECT_TRUE(result.contract_violation);
}

TEST_F(PluginInstanceTest, OutputPastTheLimitIsResourceExhausted) {
  auto instance = created("misbehaving", R"({"mode":"ok"})", CallLimits{1000});
  const CallResult stopped = instance->upload_shipment("{}");
  EXPECT_EQ(stopped.status, StatusCode::resource_exhausted);
  EXPECT_EQ(stopped.message,
            "output of plugin org.orderhub.tests.misbehaving from "
            "upload_shipment exceeds the limit of 1000 bytes");
  EXPECT_FALSE(stopped.contract_violation);

  const CallResult ignored_the_refusal = instance->acknowledge_orders("{}");
  EXPECT_EQ(ignored_the_refusal.status, StatusCode::resource_exhausted);
  EXPECT_TRUE(ignored_the_refusal.contract_violation);
  EXPECT_TRUE(ignored_the_refusal.output.empty());
}

TEST_F(PluginInstanceTest, InvoicePluginRendersPdfBytes) {
  auto instance = created("good-invoice", "{}");
  const std::string request = R"({"schema":"orderhub.render_request/1"})";
  const CallResult result = instance->render_pdf(request);
  ASSERT_TRUE(result.ok()) << result.message;
  EXPECT_EQ(result.output, "%PDF-1.4\n" + request + "\n%%EOF\n");
  EXPECT_EQ(instance->check_template("{}").status, StatusCode::unimplemented);
  EXPECT_EQ(instance->download_orders_page("{}").status, StatusCode::unimplemented);
}

TEST_F(PluginInstanceTest, InstanceIsNeverCalledFromTwoThreadsAtOnce) {
  auto instance = created("good", "{}");
  std::vector<std::thread> callers;
  std::atomic<int> failures{0};
  for (int caller = 0; caller < 4; ++caller) {
    callers.emplace_back([&] {
      for (int call = 0; call < 50; ++call) {
        if (!instance->download_orders_page("{}").ok()) {
          ++failures;
        }
      }
    });
  }
  for (std::thread& caller : callers) {
    caller.join();
  }
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(nlohmann::json::parse(instance->download_orders_page("{}").output)["page"], 201);
}

}  // namespace
}  // namespace orderhub::loader
