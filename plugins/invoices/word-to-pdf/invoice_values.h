// The values an invoice prints, read from an orderhub.render_request/1: one text per documented
// field name (field_names.h) and one set of item.* texts per order line. Every text is valid
// UTF-8 that XML can carry; money is formatted from integer minor units.
#ifndef ORDERHUB_WORD_TO_PDF_INVOICE_VALUES_H
#define ORDERHUB_WORD_TO_PDF_INVOICE_VALUES_H

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace orderhub::word_to_pdf {

using FieldValues = std::map<std::string, std::string>;

struct InvoiceValues {
  FieldValues fields;
  std::vector<FieldValues> items;
  // The request's "template": an absolute path, or empty for the plugin's default template.
  std::string template_path;
};

// Throws sdk::Error(INVALID_ARGUMENT) naming the first missing or mistyped member. Invalid
// UTF-8 in the request is replaced (U+FFFD), never refused.
InvoiceValues read_render_request(std::string_view request);

}  // namespace orderhub::word_to_pdf

#endif  // ORDERHUB_WORD_TO_PDF_INVOICE_VALUES_H
