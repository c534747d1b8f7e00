// The Standard invoice plugin: every order drawn the same way, in English by default, with
// money and dates in the request's locale.
#include <orderhub/sdk.h>

#include <string>
#include <string_view>

#include "font_set.h"
#include "invoice_drawing.h"
#include "invoice_request.h"
#include "layout.h"
#include "plugin_config.h"

namespace orderhub::invoices {
namespace {

class StandardInvoice : public sdk::InvoicePlugin {
 public:
  // Reads the font manifest and loads the fonts now, so a plugin folder without its fonts, or
  // with a font libharu cannot load, fails at create().
  StandardInvoice(sdk::Host host, std::string_view config_json)
      : log_(host.log()),
        fonts_(FontManifest::read(
            read_plugin_config(config_json, LayoutsSetting::refused).fonts_directory)),
        renderer_(fonts_) {}

  std::string render_pdf(std::string_view request) override {
    const InvoiceRequest invoice = read_invoice_request(request);
    DrawnInvoice drawn = renderer_.draw(invoice, standard_layout());
    for (const std::string& warning : drawn.warnings) {
      log_.warn("invoice " + invoice.invoice_number + ": " + warning);
    }
    return std::move(drawn.pdf);
  }

 private:
  sdk::Logger log_;
  FontManifest fonts_;
  InvoiceRenderer renderer_;  // loads the fonts once; each invoice reuses them
};

}  // namespace
}  // namespace orderhub::invoices

ORDERHUB_INVOICE_PLUGIN(orderhub::invoices::StandardInvoice, "org.orderhub.invoice.standard",
                        "Standard invoice", "orderhub", "1.0.0",
                        "Draws each order's invoice as a PDF with libharu: seller, addresses, "
                        "lines, totals and notes, in any script.",
                        "invoice.render");
