// The Channel Specific invoice plugin: the shared drawing code driven by each channel's own
// declarative layout (invoice-templates/channel-specific/<channel>.json), with template.check
// listing every problem of a layout file before an admin uses it.
#include <orderhub/sdk.h>

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "font_set.h"
#include "invoice_drawing.h"
#include "invoice_request.h"
#include "layout_choice.h"
#include "layout_reading.h"
#include "plugin_config.h"

namespace orderhub::invoices {
namespace {

using nlohmann::json;

class ChannelSpecificInvoice : public sdk::InvoicePlugin {
 public:
  ChannelSpecificInvoice(sdk::Host host, std::string_view config_json)
      : log_(host.log()),
        config_(read_plugin_config(config_json, LayoutsSetting::accepted)),
        fonts_(FontManifest::read(config_.fonts_directory)),
        renderer_(fonts_) {}

  std::string render_pdf(std::string_view request) override {
    const InvoiceRequest invoice = read_invoice_request(request);
    const Layout layout = choose_layout(invoice, config_.layouts_directory);
    DrawnInvoice drawn = renderer_.draw(invoice, layout);
    for (const std::string& warning : drawn.warnings) {
      log_.warn("invoice " + invoice.invoice_number + ": " + warning);
    }
    return std::move(drawn.pdf);
  }

  std::string check_template(std::string_view request) override {
    json document;
    try {
      document = json::parse(request.begin(), request.end());
    } catch (const json::parse_error& error) {
      throw sdk::Error(sdk::Status::INVALID_ARGUMENT,
                       std::string("template check: not JSON: ") + error.what());
    }
    if (!document.is_object() || document.value("schema", json()) != "orderhub.template_check/1") {
      throw sdk::Error(sdk::Status::INVALID_ARGUMENT,
                       "template check: schema: expected \"orderhub.template_check/1\"");
    }
    const auto template_path = document.find("template");
    if (template_path == document.end() || !template_path->is_string() ||
        template_path->get<std::string>().empty()) {
      throw sdk::Error(sdk::Status::INVALID_ARGUMENT,
                       "template check: template: expected the layout file's path");
    }
    const LayoutReading reading = read_layout_file(template_path->get<std::string>());
    json problems = json::array();
    for (const LayoutProblem& problem : reading.problems) {
      problems.push_back({{"where", problem.where.empty() ? "(file)" : problem.where},
                          {"message", problem.message}});
    }
    return json{{"schema", "orderhub.template_report/1"},
                {"ok", reading.problems.empty()},
                {"problems", problems}}
        .dump();
  }

 private:
  sdk::Logger log_;
  InvoicePluginConfig config_;
  FontManifest fonts_;
  InvoiceRenderer renderer_;  // loads the fonts once; each invoice reuses them
};

}  // namespace
}  // namespace orderhub::invoices

ORDERHUB_INVOICE_PLUGIN(orderhub::invoices::ChannelSpecificInvoice,
                        "org.orderhub.invoice.channel-specific", "Channel specific invoice",
                        "orderhub", "1.0.0",
                        "Draws each order's invoice in its sales channel's own layout, labels "
                        "and locale.",
                        "invoice.render", "template.check");
