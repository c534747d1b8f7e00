// hello-invoice: a minimal orderhub invoice plugin. It draws a one-page PDF naming the invoice,
// the order and the buyer, with no dependency but the orderhub plugin SDK.
//
// An invoice plugin is a class derived from orderhub::sdk::InvoicePlugin. The host creates one
// instance and calls render_pdf with an orderhub.render_request/1 document (JSON; see
// docs/documents.md and share/orderhub/schema/render_request.schema.json); the answer is the PDF
// bytes. It declares only "invoice.render": it has no templates to check.
#include <orderhub/sdk.h>

#include <string>
#include <string_view>
#include <vector>

#include "tiny_pdf.h"

namespace {

using orderhub::sdk::Error;
using orderhub::sdk::Host;
using orderhub::sdk::Status;

// The string value of the first "key" in a JSON text, or "" when there is none. A real plugin
// would parse the request with a JSON library; this keeps the example free of dependencies.
// Escapes are kept simple: \" and \\ are unescaped, \uXXXX becomes '?'.
std::string string_after(std::string_view json, std::string_view key) {
  const std::string quoted_key = "\"" + std::string(key) + "\"";
  std::size_t position = json.find(quoted_key);
  if (position == std::string_view::npos) {
    return "";
  }
  position += quoted_key.size();
  while (position < json.size() && (json[position] == ' ' || json[position] == ':')) {
    ++position;
  }
  if (position >= json.size() || json[position] != '"') {
    return "";
  }
  std::string value;
  for (++position; position < json.size() && json[position] != '"'; ++position) {
    if (json[position] == '\\' && position + 1 < json.size()) {
      ++position;
      if (json[position] == 'u') {
        value += '?';
        position += 4;
        continue;
      }
    }
    value += json[position];
  }
  return value;
}

// The text from the first "key" on, so that string_after finds that object's own members.
std::string_view section(std::string_view json, std::string_view key) {
  const std::size_t position = json.find("\"" + std::string(key) + "\"");
  return position == std::string_view::npos ? std::string_view() : json.substr(position);
}

class HelloInvoice final : public orderhub::sdk::InvoicePlugin {
 public:
  HelloInvoice(Host host, std::string_view config_json) : host_(host) {
    (void)config_json;  // no settings of its own
  }

  std::string render_pdf(std::string_view request) override {
    const std::string number = string_after(request, "number");
    const std::string order = string_after(request, "channel_order_id");
    if (number.empty() || order.empty()) {
      throw Error(Status::INVALID_ARGUMENT, "the request has no invoice number or order id");
    }
    host_.log().info("hello-invoice renders " + number);
    return tiny_pdf::one_page({"Hello Invoice " + number, "Order " + order,
                               "Date " + string_after(request, "date"),
                               "Bill to " + string_after(section(request, "buyer"), "name"),
                               "Thank you for your order."});
  }

 private:
  Host host_;
};

}  // namespace

ORDERHUB_INVOICE_PLUGIN(HelloInvoice, "org.example.hello-invoice", "Hello Invoice",
                        "Example Vendor", "0.1.0", "A one-page invoice drawn with no dependencies.",
                        "invoice.render");
