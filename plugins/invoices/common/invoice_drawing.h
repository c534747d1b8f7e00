// One invoice drawn as one PDF document: seller and logo, invoice and order numbers with the
// layout's extra blocks, bill-to and ship-to, the lines table (its header repeated on every
// page), the totals, the notes and a "Page i of N" footer on every page.
#ifndef ORDERHUB_INVOICES_INVOICE_DRAWING_H
#define ORDERHUB_INVOICES_INVOICE_DRAWING_H

#include <string>
#include <vector>

#include "font_set.h"
#include "invoice_request.h"
#include "layout.h"
#include "pdf_document.h"

namespace orderhub::invoices {

struct DrawnInvoice {
  std::string pdf;
  std::size_t pages = 0;
  // What was left out and why, for the plugin's log ("logo /x/logo.png skipped: bad CRC ...").
  std::vector<std::string> warnings;
};

// What a plugin instance draws with: one libharu handle with every font loaded (see
// pdf_document.h and font_set.h). Each draw() is a new document in it; after a failed draw the
// next one starts clean. Not for two threads at once (the ABI never calls one instance so).
class InvoiceRenderer {
 public:
  // Loads every font of the manifest; throws sdk::Error naming a font libharu cannot load.
  explicit InvoiceRenderer(const FontManifest& fonts);

  DrawnInvoice draw(const InvoiceRequest& request, const Layout& layout);

 private:
  PdfDocument document_;
  FontLibrary fonts_;
};

}  // namespace orderhub::invoices

#endif  // ORDERHUB_INVOICES_INVOICE_DRAWING_H
