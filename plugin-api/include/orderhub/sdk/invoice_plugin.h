// orderhub/sdk/invoice_plugin.h: the base class of an invoice plugin. Derive from it, give the
// derived class a constructor (orderhub::sdk::Host host, std::string_view config_json), implement
// render_pdf (and check_template if you declare "template.check"), and export it with
// ORDERHUB_INVOICE_PLUGIN. To fail, throw orderhub::sdk::Error.
#ifndef ORDERHUB_SDK_INVOICE_PLUGIN_H
#define ORDERHUB_SDK_INVOICE_PLUGIN_H

#include <string>
#include <string_view>

#include "error.h"

namespace orderhub::sdk {

class InvoicePlugin {
 public:
  virtual ~InvoicePlugin() = default;

  // "invoice.render": orderhub.render_request/1 -> the bytes of one complete PDF document. Must
  // not crash or hang on hostile text (invalid UTF-8, huge strings).
  virtual std::string render_pdf(std::string_view request) = 0;

  // "template.check": orderhub.template_check/1 -> orderhub.template_report/1.
  virtual std::string check_template(std::string_view) {
    throw Error(Status::UNIMPLEMENTED, "this invoice plugin does not implement check_template");
  }
};

}  // namespace orderhub::sdk

#endif  // ORDERHUB_SDK_INVOICE_PLUGIN_H
