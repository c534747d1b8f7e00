// The Channel Specific plugin: the channel's layout chosen from the request, its labels, locale,
// columns and blocks printed, every shipped layout passing template.check, and broken layout
// files refused naming the key (and all their problems listed by template.check).
#include <gtest/gtest.h>

#include "invoice_test_support.h"

namespace orderhub::invoices::testing {
namespace {

class ChannelLayouts : public ::testing::Test {
 protected:
  void SetUp() override {
    instance_ = plugin_instance(kChannelSpecificPlugin);
    ASSERT_NE(instance_, nullptr);
  }

  std::string rendered_text(const json& request, const std::string& name) {
    return pdf_text(render_to_file(*instance_, request, folder_.path(), name));
  }

  static json for_channel(const std::string& plugin_id) {
    json request = example_request();
    request["channel"] = {{"plugin_id", plugin_id}, {"name", plugin_id}};
    return request;
  }

  std::filesystem::path layout_file(const std::string& name, const std::string& text) {
    const auto file = folder_.path() / name;
    write_file(file, text);
    return file;
  }

  json check(const std::filesystem::path& file) {
    const CallResult result = instance_->check_template(
        json{{"schema", "orderhub.template_check/1"}, {"template", file.string()}}.dump());
    EXPECT_TRUE(result.ok()) << result.message;
    return result.ok() ? json::parse(result.output) : json();
  }

  ScratchFolder folder_;
  std::unique_ptr<PluginInstance> instance_;
};

TEST_F(ChannelLayouts, CdiscountPrintsFrenchLabelsMoneyAndDates) {
  const std::string text = rendered_text(for_channel("org.orderhub.channel.cdiscount"), "cd");
  for (const char* expected :
       {"Facture", "Facture n°: INV-1001", "Date de facture: 23/11/2026",
        "Commande Cdiscount n°: 1001", "Désignation", "Prix unitaire", "1 234,56 €", "1 483,35 €",
        "Total TTC", "N° TVA intracommunautaire: FR12345678901", "Statut Cdiscount: Shipped",
        "Page 1 sur 1"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " in:\n" << text;
  }
}

TEST_F(ChannelLayouts, EachChannelGetsItsOwnLayoutFromThePluginId) {
  EXPECT_NE(rendered_text(for_channel("org.orderhub.channel.overstock"), "os")
                .find("Packing Slip / Invoice"),
            std::string::npos);
  EXPECT_NE(rendered_text(for_channel("org.orderhub.channel.smartbargains"), "sb")
                .find("SmartBargains Invoice"),
            std::string::npos);
  EXPECT_NE(rendered_text(for_channel("org.orderhub.channel.cscart"), "cs").find("Product code"),
            std::string::npos);
  EXPECT_NE(rendered_text(for_channel("org.orderhub.channel.channeladvisor"), "ca")
                .find("ChannelAdvisor order: 1001"),
            std::string::npos);
}

TEST_F(ChannelLayouts, AnUnknownChannelGetsTheGenericDefault) {
  const std::string text = rendered_text(for_channel("org.example.channel.nowhere"), "default");
  EXPECT_NE(text.find("Invoice number: INV-1001"), std::string::npos) << text;
  EXPECT_NE(text.find("Unit price"), std::string::npos) << text;
}

TEST_F(ChannelLayouts, TheRequestTemplateOverridesTheChannelLayout) {
  json request = for_channel("org.orderhub.channel.cdiscount");
  request["template"] =
      layout_file("custom.json", R"({"locale": "de-DE", "labels": {"title": "Rechnung"},
        "columns": [{"field": "title", "label": "Artikel"},
                    {"field": "line_total", "label": "Betrag", "align": "right"}],
        "blocks": [{"label": "Konto", "field": "order.account"}]})")
          .string();
  const std::string text = rendered_text(request, "custom");
  for (const char* expected :
       {"Rechnung", "Artikel", "1.200,00 €", "Konto: shop-eu", "23.11.2026"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " in:\n" << text;
  }
  EXPECT_EQ(text.find("Facture"), std::string::npos);
}

TEST_F(ChannelLayouts, EveryShippedLayoutPassesTemplateCheck) {
  for (const char* channel :
       {"cscart", "overstock", "cdiscount", "smartbargains", "channeladvisor"}) {
    const auto file = std::filesystem::path(kChannelSpecificPlugin) / "layouts" /
                      (std::string(channel) + ".json");
    const json report = check(file);
    EXPECT_EQ(report["schema"], "orderhub.template_report/1");
    EXPECT_EQ(report["ok"], true) << channel << ": " << report.dump();
  }
}

TEST_F(ChannelLayouts, AnUnknownColumnFieldIsRefusedNamingTheKey) {
  json request = example_request();
  request["template"] = layout_file("cdiscount.json", R"({"columns": [
      {"field": "sku", "label": "SKU"}, {"field": "title", "label": "Item"},
      {"field": "colour", "label": "Colour"}]})")
                            .string();
  const CallResult result = instance_->render_pdf(request.dump());
  EXPECT_EQ(result.status, services::StatusCode::invalid_argument);
  EXPECT_EQ(
      result.message.rfind("layout cdiscount.json: columns[2].field: unknown field \"colour\"", 0),
      0u)
      << result.message;
}

TEST_F(ChannelLayouts, WrongTypesAndUnknownKeysAreRefusedNamingTheKey) {
  json request = example_request();
  request["template"] = layout_file("types.json", R"({"columns": "sku"})").string();
  CallResult result = instance_->render_pdf(request.dump());
  EXPECT_EQ(result.status, services::StatusCode::invalid_argument);
  EXPECT_EQ(result.message, "layout types.json: columns: expected an array, found string");

  request["template"] = layout_file("keys.json", R"({"colour": "red"})").string();
  result = instance_->render_pdf(request.dump());
  EXPECT_EQ(result.status, services::StatusCode::invalid_argument);
  EXPECT_EQ(result.message.rfind("layout keys.json: colour: unknown key", 0), 0u) << result.message;
}

TEST_F(ChannelLayouts, TemplateCheckReportsEveryProblem) {
  const json report = check(layout_file("broken.json", R"({
      "locale": "xx-XX", "labels": {"title": 7, "subtitle": "x"},
      "columns": [{"field": "sku", "label": "SKU", "width": "wide"},
                  {"field": "colour", "label": "Colour", "align": "centre"}],
      "blocks": [{"label": "VAT", "field": "seller.password"}], "footer": true})"));
  EXPECT_EQ(report["ok"], false);
  std::vector<std::string> wheres;
  for (const json& problem : report["problems"]) {
    wheres.push_back(problem["where"].get<std::string>());
    EXPECT_FALSE(problem["message"].get<std::string>().empty());
  }
  EXPECT_EQ(wheres, (std::vector<std::string>{"footer", "locale", "labels.subtitle", "labels.title",
                                              "columns[0].width", "columns[1].field",
                                              "columns[1].align", "blocks[0].field"}));
}

TEST_F(ChannelLayouts, TemplateCheckReportsAFileThatIsNotJson) {
  const json report = check(layout_file("not-json.json", "{ columns: "));
  EXPECT_EQ(report["ok"], false);
  ASSERT_EQ(report["problems"].size(), 1u);
  EXPECT_EQ(report["problems"][0]["where"], "(file)");
}

TEST_F(ChannelLayouts, ARelativeTemplatePathIsRefused) {
  json request = example_request();
  request["template"] = "layouts/cdiscount.json";
  const CallResult result = instance_->render_pdf(request.dump());
  EXPECT_EQ(result.status, services::StatusCode::invalid_argument);
  EXPECT_NE(result.message.find("is not an absolute path"), std::string::npos);
}

}  // namespace
}  // namespace orderhub::invoices::testing
